from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mt_4_trade_cmd import Mt4TradeCmd, check_mt_4_trade_cmd

T = TypeVar("T", bound="Mt4Trade")


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
        open_price (float):
        close_time (datetime.datetime | None):
        close_price (float | None):
        sl (float):
        tp (float):
        commission (float):
        swap (float):
        profit (float):
        comment (None | str):
    """

    ticket: int
    login: int
    symbol: str
    cmd: Mt4TradeCmd
    volume: float
    open_time: datetime.datetime
    open_price: float
    close_time: datetime.datetime | None
    close_price: float | None
    sl: float
    tp: float
    commission: float
    swap: float
    profit: float
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

        close_price: float | None
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
        d = dict(src_dict)
        ticket = d.pop("ticket")

        login = d.pop("login")

        symbol = d.pop("symbol")

        cmd = check_mt_4_trade_cmd(d.pop("cmd"))

        volume = d.pop("volume")

        open_time = datetime.datetime.fromisoformat(d.pop("open_time"))

        open_price = d.pop("open_price")

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

        def _parse_close_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        close_price = _parse_close_price(d.pop("close_price"))

        sl = d.pop("sl")

        tp = d.pop("tp")

        commission = d.pop("commission")

        swap = d.pop("swap")

        profit = d.pop("profit")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

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
