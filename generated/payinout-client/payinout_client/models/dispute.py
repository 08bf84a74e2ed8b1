from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.dispute_status import DisputeStatus, check_dispute_status
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="Dispute")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "Dispute.amount")


@_attrs_define
class Dispute:
    """
    Attributes:
        id (str):
        payment_id (str):
        status (DisputeStatus):
        amount (Decimal):
        currency (str):
        created_at (int):
        reason (str | Unset):
    """

    id: str
    payment_id: str
    status: DisputeStatus | str
    amount: Decimal = _attrs_field(converter=_money_amount)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "payment_id"
            payment_id = d.pop("payment_id")

            _at = "status"
            status = check_dispute_status(d.pop("status"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "created_at"
            created_at = d.pop("created_at")

            _at = "reason"
            reason = d.pop("reason", UNSET)

            _at = ""
            dispute = cls(
                id=id,
                payment_id=payment_id,
                status=status,
                amount=amount,
                currency=currency,
                created_at=created_at,
                reason=reason,
            )
        except BodyValidationError as exc:
            raise exc.within("Dispute", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Dispute", path=[_at] if _at else [], reason=reason) from exc

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
