from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="RejectWithdrawalRequests")


@_attrs_define
class RejectWithdrawalRequests:
    """
    Attributes:
        request_ids (list[str]):
        reason (str):
    """

    request_ids: list[str]
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_ids = self.request_ids

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_ids": request_ids,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "request_ids[*]"
            request_ids = cast(list[str], d.pop("request_ids"))

            _at = "reason"
            reason = d.pop("reason")

            _at = ""
            reject_withdrawal_requests = cls(
                request_ids=request_ids,
                reason=reason,
            )
        except BodyValidationError as exc:
            raise exc.within("RejectWithdrawalRequests", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="RejectWithdrawalRequests", path=[_at] if _at else [], reason=reason
            ) from exc

        reject_withdrawal_requests.additional_properties = d
        return reject_withdrawal_requests

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
