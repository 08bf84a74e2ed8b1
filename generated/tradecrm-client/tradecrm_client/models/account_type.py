from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform, check_platform
from ..models.server_type import ServerType, check_server_type

T = TypeVar("T", bound="AccountType")


@_attrs_define
class AccountType:
    """
    Attributes:
        id (str):
        name (str):
        platform (Platform): Trading platform.
        connection_id (str):
        server_type (ServerType):
        group (str):
        leverages (list[int]):
        default_leverage (int):
        currencies (list[str]):
        min_deposit (float):
        enabled (bool):
    """

    id: str
    name: str
    platform: Platform
    connection_id: str
    server_type: ServerType
    group: str
    leverages: list[int]
    default_leverage: int
    currencies: list[str]
    min_deposit: float
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform: str = self.platform

        connection_id = self.connection_id

        server_type: str = self.server_type

        group = self.group

        leverages = self.leverages

        default_leverage = self.default_leverage

        currencies = self.currencies

        min_deposit = self.min_deposit

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
                "connection_id": connection_id,
                "server_type": server_type,
                "group": group,
                "leverages": leverages,
                "default_leverage": default_leverage,
                "currencies": currencies,
                "min_deposit": min_deposit,
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

        connection_id = d.pop("connection_id")

        server_type = check_server_type(d.pop("server_type"))

        group = d.pop("group")

        leverages = cast(list[int], d.pop("leverages"))

        default_leverage = d.pop("default_leverage")

        currencies = cast(list[str], d.pop("currencies"))

        min_deposit = d.pop("min_deposit")

        enabled = d.pop("enabled")

        account_type = cls(
            id=id,
            name=name,
            platform=platform,
            connection_id=connection_id,
            server_type=server_type,
            group=group,
            leverages=leverages,
            default_leverage=default_leverage,
            currencies=currencies,
            min_deposit=min_deposit,
            enabled=enabled,
        )

        account_type.additional_properties = d
        return account_type

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
