from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """
    Attributes:
        user_id (str):
        currency (str): ISO 4217 code (IDR).
        available (float): Spendable amount.
        pending (float): Amount held by transfers in progress.
        updated_at (datetime.datetime):
    """

    user_id: str
    currency: str
    available: float
    pending: float
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        currency = self.currency

        available = self.available

        pending = self.pending

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "currency": currency,
                "available": available,
                "pending": pending,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        currency = d.pop("currency")

        available = d.pop("available")

        pending = d.pop("pending")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        balance = cls(
            user_id=user_id,
            currency=currency,
            available=available,
            pending=pending,
            updated_at=updated_at,
        )

        balance.additional_properties = d
        return balance

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
