from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.state import State


T = TypeVar("T", bound="StateList")


@_attrs_define
class StateList:
    """States of a country.

    Attributes:
        total (int): Number of items matching the query (all pages).
        data (list[State]):
        page (int | Unset):
        page_size (int | Unset):
    """

    total: int
    data: list[State]
    page: int | Unset = UNSET
    page_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "data": data,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.state import State  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "total"
            total = d.pop("total")

            _at = "data[*]"
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = State.from_dict(data_item_data)

                data.append(data_item)

            _at = "page"
            page = d.pop("page", UNSET)

            _at = "page_size"
            page_size = d.pop("page_size", UNSET)

            _at = ""
            state_list = cls(
                total=total,
                data=data,
                page=page,
                page_size=page_size,
            )
        except BodyValidationError as exc:
            raise exc.within("StateList", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="StateList", path=[_at] if _at else [], reason=reason) from exc

        state_list.additional_properties = d
        return state_list

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
