from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="AgentTopUpRate")


def _money_rate(value: Money) -> Decimal:
    return to_money(value, "AgentTopUpRate.rate")


def _money_fee_rate(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "AgentTopUpRate.fee_rate")


def _money_fixed_fee(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "AgentTopUpRate.fixed_fee")


def _money_min_amount(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "AgentTopUpRate.min_amount")


def _money_max_amount(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "AgentTopUpRate.max_amount")


@_attrs_define
class AgentTopUpRate:
    """The agent's current top-up pricing.

    Attributes:
        currency (str):
        pay_currency (str):
        rate (Decimal): Units of `pay_currency` per unit of `currency`.
        fee_rate (Decimal | Unset):
        fixed_fee (Decimal | Unset):
        min_amount (Decimal | Unset):
        max_amount (Decimal | Unset):
        updated_at (datetime.datetime | Unset):
    """

    currency: str
    pay_currency: str
    rate: Decimal = _attrs_field(converter=_money_rate)
    fee_rate: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_fee_rate)
    fixed_fee: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_fixed_fee)
    min_amount: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_min_amount)
    max_amount: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_max_amount)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "currency"
            currency = d.pop("currency")

            _at = "pay_currency"
            pay_currency = d.pop("pay_currency")

            _at = "rate"
            rate = _money_rate(d.pop("rate"))

            _at = "fee_rate"
            fee_rate = _money_fee_rate(d.pop("fee_rate", UNSET))

            _at = "fixed_fee"
            fixed_fee = _money_fixed_fee(d.pop("fixed_fee", UNSET))

            _at = "min_amount"
            min_amount = _money_min_amount(d.pop("min_amount", UNSET))

            _at = "max_amount"
            max_amount = _money_max_amount(d.pop("max_amount", UNSET))

            _at = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

            _at = ""
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
        except BodyValidationError as exc:
            raise exc.within("AgentTopUpRate", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="AgentTopUpRate", path=[_at] if _at else [], reason=reason) from exc

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
