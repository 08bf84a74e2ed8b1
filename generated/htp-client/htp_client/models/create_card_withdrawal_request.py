from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateCardWithdrawalRequest")


@_attrs_define
class CreateCardWithdrawalRequest:
    """Move money from the card back to the wallet balance.

    Attributes:
        amount (float):
        pin (str): A 6-digit PIN.
    """

    amount: float
    pin: str

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        pin = self.pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "pin": pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        pin = d.pop("pin")

        create_card_withdrawal_request = cls(
            amount=amount,
            pin=pin,
        )

        return create_card_withdrawal_request
