from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.balance_operation_type import BalanceOperationType, check_balance_operation_type
from ..types import Money, to_money

T = TypeVar("T", bound="BalanceOperation")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "BalanceOperation.amount")


def _money_balance(value: Money) -> Decimal:
    return to_money(value, "BalanceOperation.balance")


@_attrs_define
class BalanceOperation:
    """
    Attributes:
        ticket (int):
        login (int):
        connection_id (str):
        type_ (BalanceOperationType):
        amount (Decimal):
        balance (Decimal): Account balance after the operation.
        comment (None | str):
        created_at (datetime.datetime):
    """

    ticket: int
    login: int
    connection_id: str
    type_: BalanceOperationType | str
    amount: Decimal = _attrs_field(converter=_money_amount)
    balance: Decimal = _attrs_field(converter=_money_balance)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "ticket"
            ticket = d.pop("ticket")

            _at = "login"
            login = d.pop("login")

            _at = "connection_id"
            connection_id = d.pop("connection_id")

            _at = "type"
            type_ = check_balance_operation_type(d.pop("type"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "balance"
            balance = _money_balance(d.pop("balance"))

            _at = "comment"

            def _parse_comment(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            comment = _parse_comment(d.pop("comment"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = ""
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
        except BodyValidationError as exc:
            raise exc.within("BalanceOperation", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="BalanceOperation", path=[_at] if _at else [], reason=reason) from exc

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
