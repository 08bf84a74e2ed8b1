from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_out_destination import PayOutDestination


T = TypeVar("T", bound="PayOutCreateRequest")


@_attrs_define
class PayOutCreateRequest:
    """
    Attributes:
        order_id (str): The merchant's own unique order reference.
        amount (float):
        currency (str):
        destination (PayOutDestination):
        payment_method (str | Unset):
        callback_url (str | Unset):
    """

    order_id: str
    amount: float
    currency: str
    destination: PayOutDestination
    payment_method: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        amount = self.amount

        currency = self.currency

        destination = self.destination.to_dict()

        payment_method = self.payment_method

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "amount": amount,
                "currency": currency,
                "destination": destination,
            }
        )
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pay_out_destination import PayOutDestination  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        destination = PayOutDestination.from_dict(d.pop("destination"))

        payment_method = d.pop("payment_method", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        pay_out_create_request = cls(
            order_id=order_id,
            amount=amount,
            currency=currency,
            destination=destination,
            payment_method=payment_method,
            callback_url=callback_url,
        )

        pay_out_create_request.additional_properties = d
        return pay_out_create_request

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
