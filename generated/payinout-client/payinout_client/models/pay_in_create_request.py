from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="PayInCreateRequest")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "PayInCreateRequest.amount")


@_attrs_define
class PayInCreateRequest:
    """
    Attributes:
        order_id (str): The merchant's own unique order reference.
        amount (Decimal):
        currency (str):
        payment_method (str | Unset):
        callback_url (str | Unset):
        customer (Customer | Unset):
    """

    order_id: str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    payment_method: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        amount = self.amount

        currency = self.currency

        payment_method = self.payment_method

        callback_url = self.callback_url

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "amount": amount,
                "currency": currency,
            }
        )
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer import Customer  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "order_id"
            order_id = d.pop("order_id")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "payment_method"
            payment_method = d.pop("payment_method", UNSET)

            _at = "callback_url"
            callback_url = d.pop("callback_url", UNSET)

            _at = "customer"
            _customer = d.pop("customer", UNSET)
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer.from_dict(_customer)

            _at = ""
            pay_in_create_request = cls(
                order_id=order_id,
                amount=amount,
                currency=currency,
                payment_method=payment_method,
                callback_url=callback_url,
                customer=customer,
            )
        except BodyValidationError as exc:
            raise exc.within("PayInCreateRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="PayInCreateRequest", path=[_at] if _at else [], reason=reason) from exc

        pay_in_create_request.additional_properties = d
        return pay_in_create_request

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
