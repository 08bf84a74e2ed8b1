from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.kyc_status import KycStatus, check_kyc_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Kyc")


@_attrs_define
class Kyc:
    """The user's KYC state.

    Attributes:
        status (KycStatus): KYC review state.
        level (int): Verification tier reached.
        rejection_reason (None | str | Unset):
        submitted_at (datetime.datetime | None | Unset):
        reviewed_at (datetime.datetime | None | Unset):
    """

    status: KycStatus | str
    level: int
    rejection_reason: None | str | Unset = UNSET
    submitted_at: datetime.datetime | None | Unset = UNSET
    reviewed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        level = self.level

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        reviewed_at: None | str | Unset
        if isinstance(self.reviewed_at, Unset):
            reviewed_at = UNSET
        elif isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "level": level,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if reviewed_at is not UNSET:
            field_dict["reviewed_at"] = reviewed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "status"
            status = check_kyc_status(d.pop("status"))

            _at = "level"
            level = d.pop("level")

            _at = "rejection_reason"

            def _parse_rejection_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

            _at = "submitted_at"

            def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                    return submitted_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))

            _at = "reviewed_at"

            def _parse_reviewed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return reviewed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            reviewed_at = _parse_reviewed_at(d.pop("reviewed_at", UNSET))

            _at = ""
            kyc = cls(
                status=status,
                level=level,
                rejection_reason=rejection_reason,
                submitted_at=submitted_at,
                reviewed_at=reviewed_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Kyc", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Kyc", path=[_at] if _at else [], reason=reason) from exc

        kyc.additional_properties = d
        return kyc

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
