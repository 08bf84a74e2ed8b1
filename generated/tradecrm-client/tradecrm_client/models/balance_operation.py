from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_operation_type import BalanceOperationType, check_balance_operation_type

T = TypeVar("T", bound="BalanceOperation")


@_attrs_define
class BalanceOperation:
    """
    Attributes:
        ticket (int):
        login (int):
        connection_id (str):
        type_ (BalanceOperationType):
        amount (float):
        balance (float): Account balance after the operation.
        comment (None | str):
        created_at (datetime.datetime):
    """

    ticket: int
    login: int
    connection_id: str
    type_: BalanceOperationType
    amount: float
    balance: float
    comment: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = self.ticket

        login = self.login

        connection_id = self.connection_id

        type_: str = self.type_

        amount = self.amount

        balance = self.balance

        comment: None | str
        comment = self.comment

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket": ticket,
                "login": login,
                "connection_id": connection_id,
                "type": type_,
                "amount": amount,
                "balance": balance,
                "comment": comment,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket = d.pop("ticket")

        login = d.pop("login")

        connection_id = d.pop("connection_id")

        type_ = check_balance_operation_type(d.pop("type"))

        amount = d.pop("amount")

        balance = d.pop("balance")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        balance_operation = cls(
            ticket=ticket,
            login=login,
            connection_id=connection_id,
            type_=type_,
            amount=amount,
            balance=balance,
            comment=comment,
            created_at=created_at,
        )

        balance_operation.additional_properties = d
        return balance_operation

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
