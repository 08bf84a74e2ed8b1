from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform, check_platform
from ..models.server_type import ServerType, check_server_type

T = TypeVar("T", bound="TradingAccount")


@_attrs_define
class TradingAccount:
    """An MT4, MT5 or cTrader account.

    Attributes:
        login (int):
        platform (Platform): Trading platform.
        connection_id (str):
        client_id (str):
        group (str):
        leverage (int):
        currency (str):
        balance (float):
        credit (float):
        equity (float):
        server_type (ServerType):
        account_type_id (None | str):
        created_at (datetime.datetime):
    """

    login: int
    platform: Platform
    connection_id: str
    client_id: str
    group: str
    leverage: int
    currency: str
    balance: float
    credit: float
    equity: float
    server_type: ServerType
    account_type_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        platform: str = self.platform

        connection_id = self.connection_id

        client_id = self.client_id

        group = self.group

        leverage = self.leverage

        currency = self.currency

        balance = self.balance

        credit = self.credit

        equity = self.equity

        server_type: str = self.server_type

        account_type_id: None | str
        account_type_id = self.account_type_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
                "platform": platform,
                "connection_id": connection_id,
                "client_id": client_id,
                "group": group,
                "leverage": leverage,
                "currency": currency,
                "balance": balance,
                "credit": credit,
                "equity": equity,
                "server_type": server_type,
                "account_type_id": account_type_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login = d.pop("login")

        platform = check_platform(d.pop("platform"))

        connection_id = d.pop("connection_id")

        client_id = d.pop("client_id")

        group = d.pop("group")

        leverage = d.pop("leverage")

        currency = d.pop("currency")

        balance = d.pop("balance")

        credit = d.pop("credit")

        equity = d.pop("equity")

        server_type = check_server_type(d.pop("server_type"))

        def _parse_account_type_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_type_id = _parse_account_type_id(d.pop("account_type_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        trading_account = cls(
            login=login,
            platform=platform,
            connection_id=connection_id,
            client_id=client_id,
            group=group,
            leverage=leverage,
            currency=currency,
            balance=balance,
            credit=credit,
            equity=equity,
            server_type=server_type,
            account_type_id=account_type_id,
            created_at=created_at,
        )

        trading_account.additional_properties = d
        return trading_account

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
