from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer


T = TypeVar("T", bound="PayInCreateRequest")


@_attrs_define
class PayInCreateRequest:
    """
    Attributes:
        order_id (str): The merchant's own unique order reference.
        amount (float):
        currency (str):
        payment_method (str | Unset):
        callback_url (str | Unset):
        customer (Customer | Unset):
    """

    order_id: str
    amount: float
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

        d = dict(src_dict)
        order_id = d.pop("order_id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        payment_method = d.pop("payment_method", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        pay_in_create_request = cls(
            order_id=order_id,
            amount=amount,
            currency=currency,
            payment_method=payment_method,
            callback_url=callback_url,
            customer=customer,
        )

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
