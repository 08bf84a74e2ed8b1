from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="CardTopUpQuote")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "CardTopUpQuote.amount")


def _money_fee(value: Money) -> Decimal:
    return to_money(value, "CardTopUpQuote.fee")


def _money_total(value: Money) -> Decimal:
    return to_money(value, "CardTopUpQuote.total")


@_attrs_define
class CardTopUpQuote:
    """The cost of a top-up before committing.

    Attributes:
        amount (Decimal):
        fee (Decimal):
        total (Decimal): Debited from the wallet.
        currency (str):
        expires_at (datetime.datetime | Unset):
    """

    amount: Decimal = _attrs_field(converter=_money_amount)
    fee: Decimal = _attrs_field(converter=_money_fee)
    total: Decimal = _attrs_field(converter=_money_total)
    currency: str
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        fee = self.fee

        total = self.total

        currency = self.currency

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "fee": fee,
                "total": total,
                "currency": currency,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "fee"
            fee = _money_fee(d.pop("fee"))

            _at = "total"
            total = _money_total(d.pop("total"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "expires_at"
            _expires_at = d.pop("expires_at", UNSET)
            expires_at: datetime.datetime | Unset
            if isinstance(_expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = datetime.datetime.fromisoformat(_expires_at)

            _at = ""
            card_top_up_quote = cls(
                amount=amount,
                fee=fee,
                total=total,
                currency=currency,
                expires_at=expires_at,
            )
        except BodyValidationError as exc:
            raise exc.within("CardTopUpQuote", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CardTopUpQuote", path=[_at] if _at else [], reason=reason) from exc

        card_top_up_quote.additional_properties = d
        return card_top_up_quote

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
