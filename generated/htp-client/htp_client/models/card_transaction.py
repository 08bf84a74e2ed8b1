from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.card_transaction_status import CardTransactionStatus, check_card_transaction_status
from ..models.card_transaction_type import CardTransactionType, check_card_transaction_type
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="CardTransaction")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "CardTransaction.amount")


@_attrs_define
class CardTransaction:
    """One entry of a card's history.

    Attributes:
        id (str):
        card_id (str):
        type_ (CardTransactionType):
        status (CardTransactionStatus):
        amount (Decimal):
        currency (str):
        created_at (datetime.datetime):
        merchant_name (None | str | Unset):
        merchant_category (None | str | Unset):
        merchant_country (None | str | Unset):
        description (str | Unset):
    """

    id: str
    card_id: str
    type_: CardTransactionType | str
    status: CardTransactionStatus | str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    created_at: datetime.datetime
    merchant_name: None | str | Unset = UNSET
    merchant_category: None | str | Unset = UNSET
    merchant_country: None | str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        card_id = self.card_id

        type_: str = self.type_

        status: str = self.status

        amount = self.amount

        currency = self.currency

        created_at = self.created_at.isoformat()

        merchant_name: None | str | Unset
        if isinstance(self.merchant_name, Unset):
            merchant_name = UNSET
        else:
            merchant_name = self.merchant_name

        merchant_category: None | str | Unset
        if isinstance(self.merchant_category, Unset):
            merchant_category = UNSET
        else:
            merchant_category = self.merchant_category

        merchant_country: None | str | Unset
        if isinstance(self.merchant_country, Unset):
            merchant_country = UNSET
        else:
            merchant_country = self.merchant_country

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "card_id": card_id,
                "type": type_,
                "status": status,
                "amount": amount,
                "currency": currency,
                "created_at": created_at,
            }
        )
        if merchant_name is not UNSET:
            field_dict["merchant_name"] = merchant_name
        if merchant_category is not UNSET:
            field_dict["merchant_category"] = merchant_category
        if merchant_country is not UNSET:
            field_dict["merchant_country"] = merchant_country
        if description is not UNSET:
            field_dict["description"] = description

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

            _at = "type"
            type_ = check_card_transaction_type(d.pop("type"))

            _at = "status"
            status = check_card_transaction_status(d.pop("status"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = "merchant_name"

            def _parse_merchant_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            merchant_name = _parse_merchant_name(d.pop("merchant_name", UNSET))

            _at = "merchant_category"

            def _parse_merchant_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            merchant_category = _parse_merchant_category(d.pop("merchant_category", UNSET))

            _at = "merchant_country"

            def _parse_merchant_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            merchant_country = _parse_merchant_country(d.pop("merchant_country", UNSET))

            _at = "description"
            description = d.pop("description", UNSET)

            _at = ""
            card_transaction = cls(
                id=id,
                card_id=card_id,
                type_=type_,
                status=status,
                amount=amount,
                currency=currency,
                created_at=created_at,
                merchant_name=merchant_name,
                merchant_category=merchant_category,
                merchant_country=merchant_country,
                description=description,
            )
        except BodyValidationError as exc:
            raise exc.within("CardTransaction", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CardTransaction", path=[_at] if _at else [], reason=reason) from exc

        card_transaction.additional_properties = d
        return card_transaction

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
