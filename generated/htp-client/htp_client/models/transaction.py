from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.transaction_direction import TransactionDirection, check_transaction_direction
from ..models.transaction_type import TransactionType, check_transaction_type
from ..models.transfer_status import TransferStatus, check_transfer_status
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="Transaction")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "Transaction.amount")


def _money_balance_after(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "Transaction.balance_after")


@_attrs_define
class Transaction:
    """One wallet ledger entry.

    Attributes:
        id (str):
        type_ (TransactionType):
        direction (TransactionDirection):
        amount (Decimal):
        currency (str):
        status (TransferStatus):
        created_at (datetime.datetime):
        balance_after (Decimal | Unset):
        reference (None | str | Unset): Id of the payment order, top-up or withdrawal behind this entry.
    """

    id: str
    type_: TransactionType | str
    direction: TransactionDirection | str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    status: TransferStatus | str
    created_at: datetime.datetime
    balance_after: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_balance_after)
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        direction: str = self.direction

        amount = self.amount

        currency = self.currency

        status: str = self.status

        created_at = self.created_at.isoformat()

        balance_after = self.balance_after

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "direction": direction,
                "amount": amount,
                "currency": currency,
                "status": status,
                "created_at": created_at,
            }
        )
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "type"
            type_ = check_transaction_type(d.pop("type"))

            _at = "direction"
            direction = check_transaction_direction(d.pop("direction"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "status"
            status = check_transfer_status(d.pop("status"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = "balance_after"
            balance_after = _money_balance_after(d.pop("balance_after", UNSET))

            _at = "reference"

            def _parse_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reference = _parse_reference(d.pop("reference", UNSET))

            _at = ""
            transaction = cls(
                id=id,
                type_=type_,
                direction=direction,
                amount=amount,
                currency=currency,
                status=status,
                created_at=created_at,
                balance_after=balance_after,
                reference=reference,
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
