from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardBalance")


@_attrs_define
class CardBalance:
    """A card's balance.

    Attributes:
        card_id (str):
        currency (str):
        available_balance (float):
        pending_balance (float | Unset):
    """

    card_id: str
    currency: str
    available_balance: float
    pending_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        currency = self.currency

        available_balance = self.available_balance

        pending_balance = self.pending_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "currency": currency,
                "available_balance": available_balance,
            }
        )
        if pending_balance is not UNSET:
            field_dict["pending_balance"] = pending_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_id = d.pop("card_id")

        currency = d.pop("currency")

        available_balance = d.pop("available_balance")

        pending_balance = d.pop("pending_balance", UNSET)

        card_balance = cls(
            card_id=card_id,
            currency=currency,
            available_balance=available_balance,
            pending_balance=pending_balance,
        )

        card_balance.additional_properties = d
        return card_balance

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
