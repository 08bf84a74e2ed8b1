from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.card_request_status import CardRequestStatus, check_card_request_status
from ..models.card_type import CardType, check_card_type
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="CardRequest")


def _money_fee(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardRequest.fee")


@_attrs_define
class CardRequest:
    """A request to issue a card.

    Attributes:
        id (str):
        cardholder_id (str):
        card_product_id (str):
        card_type (CardType):
        status (CardRequestStatus):
        currency (str | Unset):
        fee (Decimal | Unset):
        card_id (None | str | Unset): Set once the card is issued.
        rejection_reason (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    cardholder_id: str
    card_product_id: str
    card_type: CardType | str
    status: CardRequestStatus | str
    currency: str | Unset = UNSET
    fee: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_fee)
    card_id: None | str | Unset = UNSET
    rejection_reason: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cardholder_id = self.cardholder_id

        card_product_id = self.card_product_id

        card_type: str = self.card_type

        status: str = self.status

        currency = self.currency

        fee = self.fee

        card_id: None | str | Unset
        if isinstance(self.card_id, Unset):
            card_id = UNSET
        else:
            card_id = self.card_id

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cardholder_id": cardholder_id,
                "card_product_id": card_product_id,
                "card_type": card_type,
                "status": status,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if fee is not UNSET:
            field_dict["fee"] = fee
        if card_id is not UNSET:
            field_dict["card_id"] = card_id
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "cardholder_id"
            cardholder_id = d.pop("cardholder_id")

            _at = "card_product_id"
            card_product_id = d.pop("card_product_id")

            _at = "card_type"
            card_type = check_card_type(d.pop("card_type"))

            _at = "status"
            status = check_card_request_status(d.pop("status"))

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = "fee"
            fee = _money_fee(d.pop("fee", UNSET))

            _at = "card_id"

            def _parse_card_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            card_id = _parse_card_id(d.pop("card_id", UNSET))

            _at = "rejection_reason"

            def _parse_rejection_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

            _at = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _at = "updated_at"
            _updated_at = d.pop("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

            _at = ""
            card_request = cls(
                id=id,
                cardholder_id=cardholder_id,
                card_product_id=card_product_id,
                card_type=card_type,
                status=status,
                currency=currency,
                fee=fee,
                card_id=card_id,
                rejection_reason=rejection_reason,
                created_at=created_at,
                updated_at=updated_at,
            )
        except BodyValidationError as exc:
            raise exc.within("CardRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CardRequest", path=[_at] if _at else [], reason=reason) from exc

        card_request.additional_properties = d
        return card_request

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
