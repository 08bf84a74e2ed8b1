from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.transaction_status import TransactionStatus, check_transaction_status
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import Money, to_money

T = TypeVar("T", bound="Transaction")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "Transaction.amount")


def _money_balance_after(value: Money) -> Decimal:
    return to_money(value, "Transaction.balance_after")


@_attrs_define
class Transaction:
    """
    Attributes:
        transaction_id (str):
        type_ (TransactionType):
        amount (Decimal):
        currency (str): ISO 4217 code (IDR).
        description (str):
        reference_id (None | str): The client system's reference, when the transaction came from one.
        status (TransactionStatus):
        balance_after (Decimal):
        created_at (datetime.datetime):
    """

    transaction_id: str
    type_: TransactionType | str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    description: str
    reference_id: None | str
    status: TransactionStatus | str
    balance_after: Decimal = _attrs_field(converter=_money_balance_after)
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        type_: str = self.type_

        amount = self.amount

        currency = self.currency

        description = self.description

        reference_id: None | str
        reference_id = self.reference_id

        status: str = self.status

        balance_after = self.balance_after

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_id": transaction_id,
                "type": type_,
                "amount": amount,
                "currency": currency,
                "description": description,
                "reference_id": reference_id,
                "status": status,
                "balance_after": balance_after,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "transaction_id"
            transaction_id = d.pop("transaction_id")

            _at = "type"
            type_ = check_transaction_type(d.pop("type"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "description"
            description = d.pop("description")

            _at = "reference_id"

            def _parse_reference_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reference_id = _parse_reference_id(d.pop("reference_id"))

            _at = "status"
            status = check_transaction_status(d.pop("status"))

            _at = "balance_after"
            balance_after = _money_balance_after(d.pop("balance_after"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = ""
            transaction = cls(
                transaction_id=transaction_id,
                type_=type_,
                amount=amount,
                currency=currency,
                description=description,
                reference_id=reference_id,
                status=status,
                balance_after=balance_after,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Transaction", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Transaction", path=[_at] if _at else [], reason=reason) from exc

        transaction.additional_properties = d
        return transaction

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
