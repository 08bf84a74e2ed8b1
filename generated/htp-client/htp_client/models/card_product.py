from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_brand import CardBrand, check_card_brand
from ..models.card_type import CardType, check_card_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardProduct")


@_attrs_define
class CardProduct:
    """A card programme that can be requested.

    Attributes:
        id (str):
        name (str):
        brand (CardBrand):
        card_type (CardType):
        currency (str):
        issuance_fee (float | Unset):
        monthly_fee (float | Unset):
        top_up_fee_rate (float | Unset): Fraction of each top-up charged as fee, e.g. 0.015 = 1.5 %.
        min_top_up (float | Unset):
        max_balance (float | Unset):
    """

    id: str
    name: str
    brand: CardBrand
    card_type: CardType
    currency: str
    issuance_fee: float | Unset = UNSET
    monthly_fee: float | Unset = UNSET
    top_up_fee_rate: float | Unset = UNSET
    min_top_up: float | Unset = UNSET
    max_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        brand: str = self.brand

        card_type: str = self.card_type

        currency = self.currency

        issuance_fee = self.issuance_fee

        monthly_fee = self.monthly_fee

        top_up_fee_rate = self.top_up_fee_rate

        min_top_up = self.min_top_up

        max_balance = self.max_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "brand": brand,
                "card_type": card_type,
                "currency": currency,
            }
        )
        if issuance_fee is not UNSET:
            field_dict["issuance_fee"] = issuance_fee
        if monthly_fee is not UNSET:
            field_dict["monthly_fee"] = monthly_fee
        if top_up_fee_rate is not UNSET:
            field_dict["top_up_fee_rate"] = top_up_fee_rate
        if min_top_up is not UNSET:
            field_dict["min_top_up"] = min_top_up
        if max_balance is not UNSET:
            field_dict["max_balance"] = max_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        brand = check_card_brand(d.pop("brand"))

        card_type = check_card_type(d.pop("card_type"))

        currency = d.pop("currency")

        issuance_fee = d.pop("issuance_fee", UNSET)

        monthly_fee = d.pop("monthly_fee", UNSET)

        top_up_fee_rate = d.pop("top_up_fee_rate", UNSET)

        min_top_up = d.pop("min_top_up", UNSET)

        max_balance = d.pop("max_balance", UNSET)

        card_product = cls(
            id=id,
            name=name,
            brand=brand,
            card_type=card_type,
            currency=currency,
            issuance_fee=issuance_fee,
            monthly_fee=monthly_fee,
            top_up_fee_rate=top_up_fee_rate,
            min_top_up=min_top_up,
            max_balance=max_balance,
        )

        card_product.additional_properties = d
        return card_product

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
