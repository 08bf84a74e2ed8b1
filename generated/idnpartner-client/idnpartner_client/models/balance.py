from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import Money, to_money

T = TypeVar("T", bound="Balance")


def _money_available(value: Money) -> Decimal:
    return to_money(value, "Balance.available")


def _money_pending(value: Money) -> Decimal:
    return to_money(value, "Balance.pending")


@_attrs_define
class Balance:
    """
    Attributes:
        user_id (str):
        currency (str): ISO 4217 code (IDR).
        available (Decimal): Spendable amount.
        pending (Decimal): Amount held by transfers in progress.
        updated_at (datetime.datetime):
    """

    user_id: str
    currency: str
    available: Decimal = _attrs_field(converter=_money_available)
    pending: Decimal = _attrs_field(converter=_money_pending)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "user_id"
            user_id = d.pop("user_id")

            _at = "currency"
            currency = d.pop("currency")

            _at = "available"
            available = _money_available(d.pop("available"))

            _at = "pending"
            pending = _money_pending(d.pop("pending"))

            _at = "updated_at"
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            _at = ""
            balance = cls(
                user_id=user_id,
                currency=currency,
                available=available,
                pending=pending,
                updated_at=updated_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Balance", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Balance", path=[_at] if _at else [], reason=reason) from exc

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
