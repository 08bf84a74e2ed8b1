from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.platform import Platform, check_platform
from ..models.server_type import ServerType, check_server_type

T = TypeVar("T", bound="ConnectionInformation")


@_attrs_define
class ConnectionInformation:
    """One MT4, MT5 or cTrader connection in detail.

    Attributes:
        id (str):
        name (str):
        platform (Platform): Trading platform.
        server_type (ServerType):
        server_address (str): host:port of the trading server.
        timezone (str): IANA time zone of the trading server.
        groups (list[str]):
        leverages (list[int]):
        currencies (list[str]):
        enabled (bool):
    """

    id: str
    name: str
    platform: Platform | str
    server_type: ServerType | str
    server_address: str
    timezone: str
    groups: list[str]
    leverages: list[int]
    currencies: list[str]
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        platform: str = self.platform

        server_type: str = self.server_type

        server_address = self.server_address

        timezone = self.timezone

        groups = self.groups

        leverages = self.leverages

        currencies = self.currencies

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "platform": platform,
                "server_type": server_type,
                "server_address": server_address,
                "timezone": timezone,
                "groups": groups,
                "leverages": leverages,
                "currencies": currencies,
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

            _at = "server_address"
            server_address = d.pop("server_address")

            _at = "timezone"
            timezone = d.pop("timezone")

            _at = "groups[*]"
            groups = cast(list[str], d.pop("groups"))

            _at = "leverages[*]"
            leverages = cast(list[int], d.pop("leverages"))

            _at = "currencies[*]"
            currencies = cast(list[str], d.pop("currencies"))

            _at = "enabled"
            enabled = d.pop("enabled")

            _at = ""
            connection_information = cls(
                id=id,
                name=name,
                platform=platform,
                server_type=server_type,
                server_address=server_address,
                timezone=timezone,
                groups=groups,
                leverages=leverages,
                currencies=currencies,
                enabled=enabled,
            )
        except BodyValidationError as exc:
            raise exc.within("ConnectionInformation", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ConnectionInformation", path=[_at] if _at else [], reason=reason) from exc

        connection_information.additional_properties = d
        return connection_information

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
