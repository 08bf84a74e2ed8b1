from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.push_platform import PushPlatform, check_push_platform
from ..types import UNSET, Unset

T = TypeVar("T", bound="PushyDevice")


@_attrs_define
class PushyDevice:
    """A registered Pushy device.

    Attributes:
        token (str):
        platform (PushPlatform):
        registered_at (datetime.datetime):
        device_id (None | str | Unset): The `Device-ID` header of the registering call.
    """

    token: str
    platform: PushPlatform | str
    registered_at: datetime.datetime
    device_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        platform: str = self.platform

        registered_at = self.registered_at.isoformat()

        device_id: None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "platform": platform,
                "registered_at": registered_at,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "token"
            token = d.pop("token")

            _at = "platform"
            platform = check_push_platform(d.pop("platform"))

            _at = "registered_at"
            registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))

            _at = "device_id"

            def _parse_device_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            device_id = _parse_device_id(d.pop("device_id", UNSET))

            _at = ""
            pushy_device = cls(
                token=token,
                platform=platform,
                registered_at=registered_at,
                device_id=device_id,
            )
        except BodyValidationError as exc:
            raise exc.within("PushyDevice", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="PushyDevice", path=[_at] if _at else [], reason=reason) from exc

        pushy_device.additional_properties = d
        return pushy_device

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
