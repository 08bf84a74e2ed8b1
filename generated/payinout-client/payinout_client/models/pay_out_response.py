from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.payment_status import PaymentStatus, check_payment_status
from ..types import Money, to_money

T = TypeVar("T", bound="PayOutResponse")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "PayOutResponse.amount")


@_attrs_define
class PayOutResponse:
    """
    Attributes:
        id (str):
        order_id (str):
        status (PaymentStatus):
        amount (Decimal):
        currency (str):
        created_at (int): Unix timestamp (seconds).
    """

    id: str
    order_id: str
    status: PaymentStatus | str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    created_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        status: str = self.status

        amount = self.amount

        currency = self.currency

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_id": order_id,
                "status": status,
                "amount": amount,
                "currency": currency,
                "created_at": created_at,
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

            _at = "order_id"
            order_id = d.pop("order_id")

            _at = "status"
            status = check_payment_status(d.pop("status"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "created_at"
            created_at = d.pop("created_at")

            _at = ""
            pay_out_response = cls(
                id=id,
                order_id=order_id,
                status=status,
                amount=amount,
                currency=currency,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("PayOutResponse", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="PayOutResponse", path=[_at] if _at else [], reason=reason) from exc

        pay_out_response.additional_properties = d
        return pay_out_response

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
