from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.dispute import Dispute


T = TypeVar("T", bound="DisputeListResponse")


@_attrs_define
class DisputeListResponse:
    """
    Attributes:
        items (list[Dispute]):
        page (int):
        page_size (int):
        total (int):
    """

    items: list[Dispute]
    page: int
    page_size: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page = self.page

        page_size = self.page_size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "page": page,
                "page_size": page_size,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispute import Dispute  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "items[*]"
            items = []
            _items = d.pop("items")
            for items_item_data in _items:
                items_item = Dispute.from_dict(items_item_data)

                items.append(items_item)

            _at = "page"
            page = d.pop("page")

            _at = "page_size"
            page_size = d.pop("page_size")

            _at = "total"
            total = d.pop("total")

            _at = ""
            dispute_list_response = cls(
                items=items,
                page=page,
                page_size=page_size,
                total=total,
            )
        except BodyValidationError as exc:
            raise exc.within("DisputeListResponse", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="DisputeListResponse", path=[_at] if _at else [], reason=reason) from exc

        dispute_list_response.additional_properties = d
        return dispute_list_response

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
