from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.announcement import Announcement
    from ..models.pagination import Pagination


T = TypeVar("T", bound="AnnouncementPage")


@_attrs_define
class AnnouncementPage:
    """One page of Announcement objects.

    Attributes:
        items (list[Announcement]):
        pagination (Pagination): Page metadata carried inside `data` of every paginated list.
    """

    items: list[Announcement]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.announcement import Announcement  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "items[*]"
            items = []
            _items = d.pop("items")
            for items_item_data in _items:
                items_item = Announcement.from_dict(items_item_data)

                items.append(items_item)

            _at = "pagination"
            pagination = Pagination.from_dict(d.pop("pagination"))

            _at = ""
            announcement_page = cls(
                items=items,
                pagination=pagination,
            )
        except BodyValidationError as exc:
            raise exc.within("AnnouncementPage", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="AnnouncementPage", path=[_at] if _at else [], reason=reason) from exc

        announcement_page.additional_properties = d
        return announcement_page

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
