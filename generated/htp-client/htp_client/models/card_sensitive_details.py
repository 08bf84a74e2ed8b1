from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardSensitiveDetails")


@_attrs_define
class CardSensitiveDetails:
    """Full card number and CVV, for display only. Never log.

    Attributes:
        card_id (str):
        pan (str):
        cvv (str):
        expiry_month (int):
        expiry_year (int):
        cardholder_name (str | Unset):
    """

    card_id: str
    pan: str
    cvv: str
    expiry_month: int
    expiry_year: int
    cardholder_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        pan = self.pan

        cvv = self.cvv

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        cardholder_name = self.cardholder_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "pan": pan,
                "cvv": cvv,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
            }
        )
        if cardholder_name is not UNSET:
            field_dict["cardholder_name"] = cardholder_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_id = d.pop("card_id")

        pan = d.pop("pan")

        cvv = d.pop("cvv")

        expiry_month = d.pop("expiry_month")

        expiry_year = d.pop("expiry_year")

        cardholder_name = d.pop("cardholder_name", UNSET)

        card_sensitive_details = cls(
            card_id=card_id,
            pan=pan,
            cvv=cvv,
            expiry_month=expiry_month,
            expiry_year=expiry_year,
            cardholder_name=cardholder_name,
        )

        card_sensitive_details.additional_properties = d
        return card_sensitive_details

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
