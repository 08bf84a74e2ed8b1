from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    platform: Platform
    server_type: ServerType
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
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        platform = check_platform(d.pop("platform"))

        server_type = check_server_type(d.pop("server_type"))

        enabled = d.pop("enabled")

        trading_platform_connection = cls(
            id=id,
            name=name,
            platform=platform,
            server_type=server_type,
            enabled=enabled,
        )

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
