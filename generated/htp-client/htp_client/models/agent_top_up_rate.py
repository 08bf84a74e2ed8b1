from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTopUpRate")


@_attrs_define
class AgentTopUpRate:
    """The agent's current top-up pricing.

    Attributes:
        currency (str):
        pay_currency (str):
        rate (float): Units of `pay_currency` per unit of `currency`.
        fee_rate (float | Unset):
        fixed_fee (float | Unset):
        min_amount (float | Unset):
        max_amount (float | Unset):
        updated_at (datetime.datetime | Unset):
    """

    currency: str
    pay_currency: str
    rate: float
    fee_rate: float | Unset = UNSET
    fixed_fee: float | Unset = UNSET
    min_amount: float | Unset = UNSET
    max_amount: float | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        pay_currency = self.pay_currency

        rate = self.rate

        fee_rate = self.fee_rate

        fixed_fee = self.fixed_fee

        min_amount = self.min_amount

        max_amount = self.max_amount

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "pay_currency": pay_currency,
                "rate": rate,
            }
        )
        if fee_rate is not UNSET:
            field_dict["fee_rate"] = fee_rate
        if fixed_fee is not UNSET:
            field_dict["fixed_fee"] = fixed_fee
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("currency")

        pay_currency = d.pop("pay_currency")

        rate = d.pop("rate")

        fee_rate = d.pop("fee_rate", UNSET)

        fixed_fee = d.pop("fixed_fee", UNSET)

        min_amount = d.pop("min_amount", UNSET)

        max_amount = d.pop("max_amount", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        agent_top_up_rate = cls(
            currency=currency,
            pay_currency=pay_currency,
            rate=rate,
            fee_rate=fee_rate,
            fixed_fee=fixed_fee,
            min_amount=min_amount,
            max_amount=max_amount,
            updated_at=updated_at,
        )

        agent_top_up_rate.additional_properties = d
        return agent_top_up_rate

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
