from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import Money, to_float, to_money

T = TypeVar("T", bound="LeaderBoardEntry")


def _money_equity(value: Money) -> Decimal:
    return to_money(value, "LeaderBoardEntry.equity")


def _money_profit(value: Money) -> Decimal:
    return to_money(value, "LeaderBoardEntry.profit")


@_attrs_define
class LeaderBoardEntry:
    """
    Attributes:
        rank (int):
        client_id (str):
        nickname (str):
        login (int):
        equity (Decimal):
        profit (Decimal):
        gain (float): Gain in percent.
    """

    rank: int
    client_id: str
    nickname: str
    login: int
    equity: Decimal = _attrs_field(converter=_money_equity)
    profit: Decimal = _attrs_field(converter=_money_profit)
    gain: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        client_id = self.client_id

        nickname = self.nickname

        login = self.login

        equity = self.equity

        profit = self.profit

        gain = self.gain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "client_id": client_id,
                "nickname": nickname,
                "login": login,
                "equity": equity,
                "profit": profit,
                "gain": gain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "rank"
            rank = d.pop("rank")

            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "nickname"
            nickname = d.pop("nickname")

            _at = "login"
            login = d.pop("login")

            _at = "equity"
            equity = _money_equity(d.pop("equity"))

            _at = "profit"
            profit = _money_profit(d.pop("profit"))

            _at = "gain"
            gain = to_float(d.pop("gain"))

            _at = ""
            leader_board_entry = cls(
                rank=rank,
                client_id=client_id,
                nickname=nickname,
                login=login,
                equity=equity,
                profit=profit,
                gain=gain,
            )
        except BodyValidationError as exc:
            raise exc.within("LeaderBoardEntry", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="LeaderBoardEntry", path=[_at] if _at else [], reason=reason) from exc

        leader_board_entry.additional_properties = d
        return leader_board_entry

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
