from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_status import TransferStatus, check_transfer_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardTopUp")


@_attrs_define
class CardTopUp:
    """A card top-up.

    Attributes:
        id (str):
        card_id (str):
        amount (float):
        currency (str):
        status (TransferStatus):
        fee (float | Unset):
        total (float | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    card_id: str
    amount: float
    currency: str
    status: TransferStatus
    fee: float | Unset = UNSET
    total: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        card_id = self.card_id

        amount = self.amount

        currency = self.currency

        status: str = self.status

        fee = self.fee

        total = self.total

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "card_id": card_id,
                "amount": amount,
                "currency": currency,
                "status": status,
            }
        )
        if fee is not UNSET:
            field_dict["fee"] = fee
        if total is not UNSET:
            field_dict["total"] = total
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        card_id = d.pop("card_id")

        amount = d.pop("amount")

        currency = d.pop("currency")

        status = check_transfer_status(d.pop("status"))

        fee = d.pop("fee", UNSET)

        total = d.pop("total", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        card_top_up = cls(
            id=id,
            card_id=card_id,
            amount=amount,
            currency=currency,
            status=status,
            fee=fee,
            total=total,
            created_at=created_at,
        )

        card_top_up.additional_properties = d
        return card_top_up

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
