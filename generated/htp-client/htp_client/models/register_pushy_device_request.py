from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.push_platform import PushPlatform, check_push_platform

T = TypeVar("T", bound="RegisterPushyDeviceRequest")


@_attrs_define
class RegisterPushyDeviceRequest:
    """Register this device for Pushy notifications.

    Attributes:
        token (str): The Pushy device token from the Pushy SDK.
        platform (PushPlatform):
    """

    token: str
    platform: PushPlatform | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        platform: str = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "platform": platform,
            }
        )

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

            _at = ""
            register_pushy_device_request = cls(
                token=token,
                platform=platform,
            )
        except BodyValidationError as exc:
            raise exc.within("RegisterPushyDeviceRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="RegisterPushyDeviceRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        register_pushy_device_request.additional_properties = d
        return register_pushy_device_request

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
