from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.mt_4_trade_cmd import Mt4TradeCmd, check_mt_4_trade_cmd
from ..types import Money, to_float, to_money

T = TypeVar("T", bound="Mt4Trade")


def _money_open_price(value: Money) -> Decimal:
    return to_money(value, "Mt4Trade.open_price")


def _money_close_price(value: Money | None) -> Decimal | None:
    if value is None:
        return value
    return to_money(value, "Mt4Trade.close_price")


def _money_sl(value: Money) -> Decimal:
    return to_money(value, "Mt4Trade.sl")


def _money_tp(value: Money) -> Decimal:
    return to_money(value, "Mt4Trade.tp")


def _money_commission(value: Money) -> Decimal:
    return to_money(value, "Mt4Trade.commission")


def _money_swap(value: Money) -> Decimal:
    return to_money(value, "Mt4Trade.swap")


def _money_profit(value: Money) -> Decimal:
    return to_money(value, "Mt4Trade.profit")


@_attrs_define
class Mt4Trade:
    """
    Attributes:
        ticket (int):
        login (int):
        symbol (str):
        cmd (Mt4TradeCmd):
        volume (float): Lots.
        open_time (datetime.datetime):
        open_price (Decimal):
        close_time (datetime.datetime | None):
        close_price (Decimal | None):
        sl (Decimal):
        tp (Decimal):
        commission (Decimal):
        swap (Decimal):
        profit (Decimal):
        comment (None | str):
    """

    ticket: int
    login: int
    symbol: str
    cmd: Mt4TradeCmd | str
    volume: float
    open_time: datetime.datetime
    open_price: Decimal = _attrs_field(converter=_money_open_price)
    close_time: datetime.datetime | None
    close_price: Decimal | None = _attrs_field(converter=_money_close_price)
    sl: Decimal = _attrs_field(converter=_money_sl)
    tp: Decimal = _attrs_field(converter=_money_tp)
    commission: Decimal = _attrs_field(converter=_money_commission)
    swap: Decimal = _attrs_field(converter=_money_swap)
    profit: Decimal = _attrs_field(converter=_money_profit)
    comment: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = self.ticket

        login = self.login

        symbol = self.symbol

        cmd: str = self.cmd

        volume = self.volume

        open_time = self.open_time.isoformat()

        open_price = self.open_price

        close_time: None | str
        if isinstance(self.close_time, datetime.datetime):
            close_time = self.close_time.isoformat()
        else:
            close_time = self.close_time

        close_price = self.close_price

        sl = self.sl

        tp = self.tp

        commission = self.commission

        swap = self.swap

        profit = self.profit

        comment: None | str
        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket": ticket,
                "login": login,
                "symbol": symbol,
                "cmd": cmd,
                "volume": volume,
                "open_time": open_time,
                "open_price": open_price,
                "close_time": close_time,
                "close_price": close_price,
                "sl": sl,
                "tp": tp,
                "commission": commission,
                "swap": swap,
                "profit": profit,
                "comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "ticket"
            ticket = d.pop("ticket")

            _at = "login"
            login = d.pop("login")

            _at = "symbol"
            symbol = d.pop("symbol")

            _at = "cmd"
            cmd = check_mt_4_trade_cmd(d.pop("cmd"))

            _at = "volume"
            volume = to_float(d.pop("volume"))

            _at = "open_time"
            open_time = datetime.datetime.fromisoformat(d.pop("open_time"))

            _at = "open_price"
            open_price = _money_open_price(d.pop("open_price"))

            _at = "close_time"

            def _parse_close_time(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    close_time_type_0 = datetime.datetime.fromisoformat(data)

                    return close_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            close_time = _parse_close_time(d.pop("close_time"))

            _at = "close_price"
            close_price = _money_close_price(d.pop("close_price"))

            _at = "sl"
            sl = _money_sl(d.pop("sl"))

            _at = "tp"
            tp = _money_tp(d.pop("tp"))

            _at = "commission"
            commission = _money_commission(d.pop("commission"))

            _at = "swap"
            swap = _money_swap(d.pop("swap"))

            _at = "profit"
            profit = _money_profit(d.pop("profit"))

            _at = "comment"

            def _parse_comment(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            comment = _parse_comment(d.pop("comment"))

            _at = ""
            mt_4_trade = cls(
                ticket=ticket,
                login=login,
                symbol=symbol,
                cmd=cmd,
                volume=volume,
                open_time=open_time,
                open_price=open_price,
                close_time=close_time,
                close_price=close_price,
                sl=sl,
                tp=tp,
                commission=commission,
                swap=swap,
                profit=profit,
                comment=comment,
            )
        except BodyValidationError as exc:
            raise exc.within("Mt4Trade", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Mt4Trade", path=[_at] if _at else [], reason=reason) from exc

        mt_4_trade.additional_properties = d
        return mt_4_trade

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
