from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_status import PaymentStatus, check_payment_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayInResponse")


@_attrs_define
class PayInResponse:
    """
    Attributes:
        id (str):
        order_id (str):
        status (PaymentStatus):
        amount (float):
        currency (str):
        created_at (int): Unix timestamp (seconds).
        payment_url (str | Unset):
    """

    id: str
    order_id: str
    status: PaymentStatus
    amount: float
    currency: str
    created_at: int
    payment_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        status: str = self.status

        amount = self.amount

        currency = self.currency

        created_at = self.created_at

        payment_url = self.payment_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_id": order_id,
                "status": status,
                "amount": amount,
                "currency": currency,
                "created_at": created_at,
            }
        )
        if payment_url is not UNSET:
            field_dict["payment_url"] = payment_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        order_id = d.pop("order_id")

        status = check_payment_status(d.pop("status"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        created_at = d.pop("created_at")

        payment_url = d.pop("payment_url", UNSET)

        pay_in_response = cls(
            id=id,
            order_id=order_id,
            status=status,
            amount=amount,
            currency=currency,
            created_at=created_at,
            payment_url=payment_url,
        )

        pay_in_response.additional_properties = d
        return pay_in_response

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
