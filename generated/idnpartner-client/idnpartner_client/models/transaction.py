from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_status import TransactionStatus, check_transaction_status
from ..models.transaction_type import TransactionType, check_transaction_type

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """
    Attributes:
        transaction_id (str):
        type_ (TransactionType):
        amount (float):
        currency (str): ISO 4217 code (IDR).
        description (str):
        reference_id (None | str): The client system's reference, when the transaction came from one.
        status (TransactionStatus):
        balance_after (float):
        created_at (datetime.datetime):
    """

    transaction_id: str
    type_: TransactionType
    amount: float
    currency: str
    description: str
    reference_id: None | str
    status: TransactionStatus
    balance_after: float
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
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        type_ = check_transaction_type(d.pop("type"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        description = d.pop("description")

        def _parse_reference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference_id = _parse_reference_id(d.pop("reference_id"))

        status = check_transaction_status(d.pop("status"))

        balance_after = d.pop("balance_after")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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
