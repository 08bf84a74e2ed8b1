from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import Money, to_money

T = TypeVar("T", bound="CreateCardWithdrawalRequest")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "CreateCardWithdrawalRequest.amount")


@_attrs_define
class CreateCardWithdrawalRequest:
    """Move money from the card back to the wallet balance.

    Attributes:
        amount (Decimal):
        pin (str): A 6-digit PIN.
    """

    amount: Decimal = _attrs_field(converter=_money_amount)
    pin: str

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        pin = self.pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "pin": pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "pin"
            pin = d.pop("pin")

            _at = ""
            create_card_withdrawal_request = cls(
                amount=amount,
                pin=pin,
            )
        except BodyValidationError as exc:
            raise exc.within("CreateCardWithdrawalRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="CreateCardWithdrawalRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        return create_card_withdrawal_request
