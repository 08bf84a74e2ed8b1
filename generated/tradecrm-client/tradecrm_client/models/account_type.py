from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.platform import Platform, check_platform
from ..models.server_type import ServerType, check_server_type
from ..types import Money, to_money

T = TypeVar("T", bound="AccountType")


def _money_min_deposit(value: Money) -> Decimal:
    return to_money(value, "AccountType.min_deposit")


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
        min_deposit (Decimal):
        enabled (bool):
    """

    id: str
    name: str
    platform: Platform | str
    connection_id: str
    server_type: ServerType | str
    group: str
    leverages: list[int]
    default_leverage: int
    currencies: list[str]
    min_deposit: Decimal = _attrs_field(converter=_money_min_deposit)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "name"
            name = d.pop("name")

            _at = "platform"
            platform = check_platform(d.pop("platform"))

            _at = "connection_id"
            connection_id = d.pop("connection_id")

            _at = "server_type"
            server_type = check_server_type(d.pop("server_type"))

            _at = "group"
            group = d.pop("group")

            _at = "leverages[*]"
            leverages = cast(list[int], d.pop("leverages"))

            _at = "default_leverage"
            default_leverage = d.pop("default_leverage")

            _at = "currencies[*]"
            currencies = cast(list[str], d.pop("currencies"))

            _at = "min_deposit"
            min_deposit = _money_min_deposit(d.pop("min_deposit"))

            _at = "enabled"
            enabled = d.pop("enabled")

            _at = ""
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
        except BodyValidationError as exc:
            raise exc.within("AccountType", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="AccountType", path=[_at] if _at else [], reason=reason) from exc

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
