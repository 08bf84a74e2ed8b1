from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Announcement")


@_attrs_define
class Announcement:
    """A service announcement.

    Attributes:
        id (str):
        title (str):
        content (str): Body (may contain simple HTML).
        published_at (datetime.datetime):
        summary (str | Unset):
        image_url (None | str | Unset):
        pinned (bool | Unset):
    """

    id: str
    title: str
    content: str
    published_at: datetime.datetime
    summary: str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    pinned: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        content = self.content

        published_at = self.published_at.isoformat()

        summary = self.summary

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        pinned = self.pinned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "content": content,
                "published_at": published_at,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if pinned is not UNSET:
            field_dict["pinned"] = pinned

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "title"
            title = d.pop("title")

            _at = "content"
            content = d.pop("content")

            _at = "published_at"
            published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

            _at = "summary"
            summary = d.pop("summary", UNSET)

            _at = "image_url"

            def _parse_image_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            image_url = _parse_image_url(d.pop("image_url", UNSET))

            _at = "pinned"
            pinned = d.pop("pinned", UNSET)

            _at = ""
            announcement = cls(
                id=id,
                title=title,
                content=content,
                published_at=published_at,
                summary=summary,
                image_url=image_url,
                pinned=pinned,
            )
        except BodyValidationError as exc:
            raise exc.within("Announcement", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Announcement", path=[_at] if _at else [], reason=reason) from exc

        announcement.additional_properties = d
        return announcement

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
