from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_transaction_status import CardTransactionStatus, check_card_transaction_status
from ..models.card_transaction_type import CardTransactionType, check_card_transaction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardTransaction")


@_attrs_define
class CardTransaction:
    """One entry of a card's history.

    Attributes:
        id (str):
        card_id (str):
        type_ (CardTransactionType):
        status (CardTransactionStatus):
        amount (float):
        currency (str):
        created_at (datetime.datetime):
        merchant_name (None | str | Unset):
        merchant_category (None | str | Unset):
        merchant_country (None | str | Unset):
        description (str | Unset):
    """

    id: str
    card_id: str
    type_: CardTransactionType
    status: CardTransactionStatus
    amount: float
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
        d = dict(src_dict)
        id = d.pop("id")

        card_id = d.pop("card_id")

        type_ = check_card_transaction_type(d.pop("type"))

        status = check_card_transaction_status(d.pop("status"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_merchant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_name = _parse_merchant_name(d.pop("merchant_name", UNSET))

        def _parse_merchant_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_category = _parse_merchant_category(d.pop("merchant_category", UNSET))

        def _parse_merchant_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_country = _parse_merchant_country(d.pop("merchant_country", UNSET))

        description = d.pop("description", UNSET)

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
