from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_callback_type import PaymentCallbackType, check_payment_callback_type
from ..models.payment_status import PaymentStatus, check_payment_status

T = TypeVar("T", bound="PaymentCallback")


@_attrs_define
class PaymentCallback:
    """
    Attributes:
        id (str):
        order_id (str):
        type_ (PaymentCallbackType):
        status (PaymentStatus):
        amount (float):
        currency (str):
        updated_at (int):
    """

    id: str
    order_id: str
    type_: PaymentCallbackType
    status: PaymentStatus
    amount: float
    currency: str
    updated_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        type_: str = self.type_

        status: str = self.status

        amount = self.amount

        currency = self.currency

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_id": order_id,
                "type": type_,
                "status": status,
                "amount": amount,
                "currency": currency,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id")

        type_ = check_payment_callback_type(d.pop("type"))

        status = check_payment_status(d.pop("status"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        updated_at = d.pop("updated_at")

        payment_callback = cls(
            id=id,
            order_id=order_id,
            type_=type_,
            status=status,
            amount=amount,
            currency=currency,
            updated_at=updated_at,
        )

        payment_callback.additional_properties = d
        return payment_callback

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
