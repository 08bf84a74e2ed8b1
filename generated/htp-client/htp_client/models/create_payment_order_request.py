from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="CreatePaymentOrderRequest")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "CreatePaymentOrderRequest.amount")


@_attrs_define
class CreatePaymentOrderRequest:
    """A new payment order.

    Attributes:
        amount (Decimal):
        pay_currency (str):
        network (str):
        currency (str | Unset):
    """

    amount: Decimal = _attrs_field(converter=_money_amount)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "pay_currency"
            pay_currency = d.pop("pay_currency")

            _at = "network"
            network = d.pop("network")

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = ""
            create_payment_order_request = cls(
                amount=amount,
                pay_currency=pay_currency,
                network=network,
                currency=currency,
            )
        except BodyValidationError as exc:
            raise exc.within("CreatePaymentOrderRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="CreatePaymentOrderRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        return create_payment_order_request
