from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.transfer_status import TransferStatus, check_transfer_status
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="CardTopUp")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "CardTopUp.amount")


def _money_fee(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardTopUp.fee")


def _money_total(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardTopUp.total")


@_attrs_define
class CardTopUp:
    """A card top-up.

    Attributes:
        id (str):
        card_id (str):
        amount (Decimal):
        currency (str):
        status (TransferStatus):
        fee (Decimal | Unset):
        total (Decimal | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    card_id: str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    status: TransferStatus | str
    fee: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_fee)
    total: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_total)
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        card_id = self.card_id

        amount = self.amount

        currency = self.currency

        status: str = self.status

        fee = self.fee

        total = self.total

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "card_id": card_id,
                "amount": amount,
                "currency": currency,
                "status": status,
            }
        )
        if fee is not UNSET:
            field_dict["fee"] = fee
        if total is not UNSET:
            field_dict["total"] = total
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "card_id"
            card_id = d.pop("card_id")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "status"
            status = check_transfer_status(d.pop("status"))

            _at = "fee"
            fee = _money_fee(d.pop("fee", UNSET))

            _at = "total"
            total = _money_total(d.pop("total", UNSET))

            _at = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _at = ""
            card_top_up = cls(
                id=id,
                card_id=card_id,
                amount=amount,
                currency=currency,
                status=status,
                fee=fee,
                total=total,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("CardTopUp", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CardTopUp", path=[_at] if _at else [], reason=reason) from exc

        card_top_up.additional_properties = d
        return card_top_up

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
