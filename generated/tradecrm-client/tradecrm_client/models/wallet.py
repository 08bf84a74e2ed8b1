from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import Money, to_money

T = TypeVar("T", bound="Wallet")


def _money_balance(value: Money) -> Decimal:
    return to_money(value, "Wallet.balance")


def _money_available(value: Money) -> Decimal:
    return to_money(value, "Wallet.available")


def _money_frozen(value: Money) -> Decimal:
    return to_money(value, "Wallet.frozen")


@_attrs_define
class Wallet:
    """
    Attributes:
        id (str):
        client_id (str):
        currency (str):
        balance (Decimal):
        available (Decimal): Balance minus frozen amounts (e.g. pending withdrawals).
        frozen (Decimal):
        updated_at (datetime.datetime):
    """

    id: str
    client_id: str
    currency: str
    balance: Decimal = _attrs_field(converter=_money_balance)
    available: Decimal = _attrs_field(converter=_money_available)
    frozen: Decimal = _attrs_field(converter=_money_frozen)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "currency"
            currency = d.pop("currency")

            _at = "balance"
            balance = _money_balance(d.pop("balance"))

            _at = "available"
            available = _money_available(d.pop("available"))

            _at = "frozen"
            frozen = _money_frozen(d.pop("frozen"))

            _at = "updated_at"
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            _at = ""
            wallet = cls(
                id=id,
                client_id=client_id,
                currency=currency,
                balance=balance,
                available=available,
                frozen=frozen,
                updated_at=updated_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Wallet", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Wallet", path=[_at] if _at else [], reason=reason) from exc

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
