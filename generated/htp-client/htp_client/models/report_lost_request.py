from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.report_lost_request_reason import ReportLostRequestReason, check_report_lost_request_reason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportLostRequest")


@_attrs_define
class ReportLostRequest:
    """Report a physical card lost, stolen or damaged.

    Attributes:
        reason (ReportLostRequestReason):
        reissue (bool | Unset): Ship a replacement card.
    """

    reason: ReportLostRequestReason | str
    reissue: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: str = self.reason

        reissue = self.reissue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )
        if reissue is not UNSET:
            field_dict["reissue"] = reissue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "reason"
            reason = check_report_lost_request_reason(d.pop("reason"))

            _at = "reissue"
            reissue = d.pop("reissue", UNSET)

            _at = ""
            report_lost_request = cls(
                reason=reason,
                reissue=reissue,
            )
        except BodyValidationError as exc:
            raise exc.within("ReportLostRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ReportLostRequest", path=[_at] if _at else [], reason=reason) from exc

        report_lost_request.additional_properties = d
        return report_lost_request

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
