from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.notification_type import NotificationType, check_notification_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_data import NotificationData


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """An inbox entry.

    Attributes:
        id (str):
        type_ (NotificationType):
        title (str):
        body (str):
        read (bool):
        created_at (datetime.datetime):
        data (NotificationData | Unset): Type-specific fields.
        read_at (datetime.datetime | None | Unset):
    """

    id: str
    type_: NotificationType | str
    title: str
    body: str
    read: bool
    created_at: datetime.datetime
    data: NotificationData | Unset = UNSET
    read_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        title = self.title

        body = self.body

        read = self.read

        created_at = self.created_at.isoformat()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        read_at: None | str | Unset
        if isinstance(self.read_at, Unset):
            read_at = UNSET
        elif isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "title": title,
                "body": body,
                "read": read,
                "created_at": created_at,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if read_at is not UNSET:
            field_dict["read_at"] = read_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_data import NotificationData  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "type"
            type_ = check_notification_type(d.pop("type"))

            _at = "title"
            title = d.pop("title")

            _at = "body"
            body = d.pop("body")

            _at = "read"
            read = d.pop("read")

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = "data"
            _data = d.pop("data", UNSET)
            data: NotificationData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = NotificationData.from_dict(_data)

            _at = "read_at"

            def _parse_read_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    read_at_type_0 = datetime.datetime.fromisoformat(data)

                    return read_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            read_at = _parse_read_at(d.pop("read_at", UNSET))

            _at = ""
            notification = cls(
                id=id,
                type_=type_,
                title=title,
                body=body,
                read=read,
                created_at=created_at,
                data=data,
                read_at=read_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Notification", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Notification", path=[_at] if _at else [], reason=reason) from exc

        notification.additional_properties = d
        return notification

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
