from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.platform import Platform, check_platform
from ..models.server_type import ServerType, check_server_type
from ..types import Money, to_money

T = TypeVar("T", bound="TradingAccount")


def _money_balance(value: Money) -> Decimal:
    return to_money(value, "TradingAccount.balance")


def _money_credit(value: Money) -> Decimal:
    return to_money(value, "TradingAccount.credit")


def _money_equity(value: Money) -> Decimal:
    return to_money(value, "TradingAccount.equity")


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
        balance (Decimal):
        credit (Decimal):
        equity (Decimal):
        server_type (ServerType):
        account_type_id (None | str):
        created_at (datetime.datetime):
    """

    login: int
    platform: Platform | str
    connection_id: str
    client_id: str
    group: str
    leverage: int
    currency: str
    balance: Decimal = _attrs_field(converter=_money_balance)
    credit: Decimal = _attrs_field(converter=_money_credit)
    equity: Decimal = _attrs_field(converter=_money_equity)
    server_type: ServerType | str
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "login"
            login = d.pop("login")

            _at = "platform"
            platform = check_platform(d.pop("platform"))

            _at = "connection_id"
            connection_id = d.pop("connection_id")

            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "group"
            group = d.pop("group")

            _at = "leverage"
            leverage = d.pop("leverage")

            _at = "currency"
            currency = d.pop("currency")

            _at = "balance"
            balance = _money_balance(d.pop("balance"))

            _at = "credit"
            credit = _money_credit(d.pop("credit"))

            _at = "equity"
            equity = _money_equity(d.pop("equity"))

            _at = "server_type"
            server_type = check_server_type(d.pop("server_type"))

            _at = "account_type_id"

            def _parse_account_type_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            account_type_id = _parse_account_type_id(d.pop("account_type_id"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = ""
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
        except BodyValidationError as exc:
            raise exc.within("TradingAccount", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="TradingAccount", path=[_at] if _at else [], reason=reason) from exc

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
