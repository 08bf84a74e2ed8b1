from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeaderBoardEntry")


@_attrs_define
class LeaderBoardEntry:
    """
    Attributes:
        rank (int):
        client_id (str):
        nickname (str):
        login (int):
        equity (float):
        profit (float):
        gain (float): Gain in percent.
    """

    rank: int
    client_id: str
    nickname: str
    login: int
    equity: float
    profit: float
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
        d = dict(src_dict)
        rank = d.pop("rank")

        client_id = d.pop("client_id")

        nickname = d.pop("nickname")

        login = d.pop("login")

        equity = d.pop("equity")

        profit = d.pop("profit")

        gain = d.pop("gain")

        leader_board_entry = cls(
            rank=rank,
            client_id=client_id,
            nickname=nickname,
            login=login,
            equity=equity,
            profit=profit,
            gain=gain,
        )

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
