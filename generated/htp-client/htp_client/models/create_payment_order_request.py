from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePaymentOrderRequest")


@_attrs_define
class CreatePaymentOrderRequest:
    """A new payment order.

    Attributes:
        amount (float):
        pay_currency (str):
        network (str):
        currency (str | Unset):
    """

    amount: float
    pay_currency: str
    network: str
    currency: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        pay_currency = self.pay_currency

        network = self.network

        currency = self.currency

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "pay_currency": pay_currency,
                "network": network,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        pay_currency = d.pop("pay_currency")

        network = d.pop("network")

        currency = d.pop("currency", UNSET)

        create_payment_order_request = cls(
            amount=amount,
            pay_currency=pay_currency,
            network=network,
            currency=currency,
        )

        return create_payment_order_request
