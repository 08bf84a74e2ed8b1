from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApproveWithdrawalRequests")


@_attrs_define
class ApproveWithdrawalRequests:
    """
    Attributes:
        request_ids (list[str]):
        comment (str | Unset):
    """

    request_ids: list[str]
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_ids = self.request_ids

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_ids": request_ids,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "request_ids[*]"
            request_ids = cast(list[str], d.pop("request_ids"))

            _at = "comment"
            comment = d.pop("comment", UNSET)

            _at = ""
            approve_withdrawal_requests = cls(
                request_ids=request_ids,
                comment=comment,
            )
        except BodyValidationError as exc:
            raise exc.within("ApproveWithdrawalRequests", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="ApproveWithdrawalRequests", path=[_at] if _at else [], reason=reason
            ) from exc

        approve_withdrawal_requests.additional_properties = d
        return approve_withdrawal_requests

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
