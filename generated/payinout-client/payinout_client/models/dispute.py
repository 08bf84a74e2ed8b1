from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dispute_status import DisputeStatus, check_dispute_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dispute")


@_attrs_define
class Dispute:
    """
    Attributes:
        id (str):
        payment_id (str):
        status (DisputeStatus):
        amount (float):
        currency (str):
        created_at (int):
        reason (str | Unset):
    """

    id: str
    payment_id: str
    status: DisputeStatus
    amount: float
    currency: str
    created_at: int
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        payment_id = self.payment_id

        status: str = self.status

        amount = self.amount

        currency = self.currency

        created_at = self.created_at

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "payment_id": payment_id,
                "status": status,
                "amount": amount,
                "currency": currency,
                "created_at": created_at,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        payment_id = d.pop("payment_id")

        status = check_dispute_status(d.pop("status"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        created_at = d.pop("created_at")

        reason = d.pop("reason", UNSET)

        dispute = cls(
            id=id,
            payment_id=payment_id,
            status=status,
            amount=amount,
            currency=currency,
            created_at=created_at,
            reason=reason,
        )

        dispute.additional_properties = d
        return dispute

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
