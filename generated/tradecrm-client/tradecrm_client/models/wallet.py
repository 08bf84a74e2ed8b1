from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Wallet")


@_attrs_define
class Wallet:
    """
    Attributes:
        id (str):
        client_id (str):
        currency (str):
        balance (float):
        available (float): Balance minus frozen amounts (e.g. pending withdrawals).
        frozen (float):
        updated_at (datetime.datetime):
    """

    id: str
    client_id: str
    currency: str
    balance: float
    available: float
    frozen: float
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        currency = self.currency

        balance = self.balance

        available = self.available

        frozen = self.frozen

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "currency": currency,
                "balance": balance,
                "available": available,
                "frozen": frozen,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("client_id")

        currency = d.pop("currency")

        balance = d.pop("balance")

        available = d.pop("available")

        frozen = d.pop("frozen")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        wallet = cls(
            id=id,
            client_id=client_id,
            currency=currency,
            balance=balance,
            available=available,
            frozen=frozen,
            updated_at=updated_at,
        )

        wallet.additional_properties = d
        return wallet

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
