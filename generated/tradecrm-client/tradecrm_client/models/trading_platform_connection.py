from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.platform import Platform, check_platform
from ..models.server_type import ServerType, check_server_type

T = TypeVar("T", bound="TradingPlatformConnection")


@_attrs_define
class TradingPlatformConnection:
    """
    Attributes:
        id (str):
        name (str):
        platform (Platform): Trading platform.
        server_type (ServerType):
        enabled (bool):
    """

    id: str
    name: str
    platform: Platform | str
    server_type: ServerType | str
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform: str = self.platform

        server_type: str = self.server_type

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
                "server_type": server_type,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "name"
            name = d.pop("name")

            _at = "platform"
            platform = check_platform(d.pop("platform"))

            _at = "server_type"
            server_type = check_server_type(d.pop("server_type"))

            _at = "enabled"
            enabled = d.pop("enabled")

            _at = ""
            trading_platform_connection = cls(
                id=id,
                name=name,
                platform=platform,
                server_type=server_type,
                enabled=enabled,
            )
        except BodyValidationError as exc:
            raise exc.within("TradingPlatformConnection", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="TradingPlatformConnection", path=[_at] if _at else [], reason=reason
            ) from exc

        trading_platform_connection.additional_properties = d
        return trading_platform_connection

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
