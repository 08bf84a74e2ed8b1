from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.dispute_status import DisputeStatus, check_dispute_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisputeListRequest")


@_attrs_define
class DisputeListRequest:
    """
    Attributes:
        status (DisputeStatus | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
    """

    status: DisputeStatus | str | Unset = UNSET
    page: int | Unset = 1
    page_size: int | Unset = 20
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "status"
            _status = d.pop("status", UNSET)
            status: DisputeStatus | str | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_dispute_status(_status)

            _at = "page"
            page = d.pop("page", UNSET)

            _at = "page_size"
            page_size = d.pop("page_size", UNSET)

            _at = ""
            dispute_list_request = cls(
                status=status,
                page=page,
                page_size=page_size,
            )
        except BodyValidationError as exc:
            raise exc.within("DisputeListRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="DisputeListRequest", path=[_at] if _at else [], reason=reason) from exc

        dispute_list_request.additional_properties = d
        return dispute_list_request

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
