from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="CardBalance")


def _money_available_balance(value: Money) -> Decimal:
    return to_money(value, "CardBalance.available_balance")


def _money_pending_balance(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardBalance.pending_balance")


@_attrs_define
class CardBalance:
    """A card's balance.

    Attributes:
        card_id (str):
        currency (str):
        available_balance (Decimal):
        pending_balance (Decimal | Unset):
    """

    card_id: str
    currency: str
    available_balance: Decimal = _attrs_field(converter=_money_available_balance)
    pending_balance: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_pending_balance)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "card_id"
            card_id = d.pop("card_id")

            _at = "currency"
            currency = d.pop("currency")

            _at = "available_balance"
            available_balance = _money_available_balance(d.pop("available_balance"))

            _at = "pending_balance"
            pending_balance = _money_pending_balance(d.pop("pending_balance", UNSET))

            _at = ""
            card_balance = cls(
                card_id=card_id,
                currency=currency,
                available_balance=available_balance,
                pending_balance=pending_balance,
            )
        except BodyValidationError as exc:
            raise exc.within("CardBalance", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CardBalance", path=[_at] if _at else [], reason=reason) from exc

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
