from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="Network")


def _money_min_amount(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "Network.min_amount")


def _money_fee(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "Network.fee")


@_attrs_define
class Network:
    """A settlement (blockchain) network for top-ups.

    Attributes:
        code (str): Network code used by payment orders.
        name (str):
        currency (str): Asset settled on this network.
        enabled (bool):
        min_amount (Decimal | Unset):
        fee (Decimal | Unset):
        confirmations (int | Unset): Block confirmations before a deposit is credited.
    """

    code: str
    name: str
    currency: str
    enabled: bool
    min_amount: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_min_amount)
    fee: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_fee)
    confirmations: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        currency = self.currency

        enabled = self.enabled

        min_amount = self.min_amount

        fee = self.fee

        confirmations = self.confirmations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "currency": currency,
                "enabled": enabled,
            }
        )
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount
        if fee is not UNSET:
            field_dict["fee"] = fee
        if confirmations is not UNSET:
            field_dict["confirmations"] = confirmations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "code"
            code = d.pop("code")

            _at = "name"
            name = d.pop("name")

            _at = "currency"
            currency = d.pop("currency")

            _at = "enabled"
            enabled = d.pop("enabled")

            _at = "min_amount"
            min_amount = _money_min_amount(d.pop("min_amount", UNSET))

            _at = "fee"
            fee = _money_fee(d.pop("fee", UNSET))

            _at = "confirmations"
            confirmations = d.pop("confirmations", UNSET)

            _at = ""
            network = cls(
                code=code,
                name=name,
                currency=currency,
                enabled=enabled,
                min_amount=min_amount,
                fee=fee,
                confirmations=confirmations,
            )
        except BodyValidationError as exc:
            raise exc.within("Network", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Network", path=[_at] if _at else [], reason=reason) from exc

        network.additional_properties = d
        return network

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
