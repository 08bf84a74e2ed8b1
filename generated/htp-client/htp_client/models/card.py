from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.card_brand import CardBrand, check_card_brand
from ..models.card_status import CardStatus, check_card_status
from ..models.card_type import CardType, check_card_type
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="Card")


def _money_balance(value: Money) -> Decimal:
    return to_money(value, "Card.balance")


@_attrs_define
class Card:
    """An issued card (PAN masked).

    Attributes:
        id (str):
        card_type (CardType):
        last4 (str):
        currency (str):
        balance (Decimal):
        status (CardStatus):
        cardholder_id (str | Unset):
        card_product_id (str | Unset):
        brand (CardBrand | Unset):
        masked_pan (str | Unset):
        expiry_month (int | Unset):
        expiry_year (int | Unset):
        nickname (None | str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    card_type: CardType | str
    last4: str
    currency: str
    balance: Decimal = _attrs_field(converter=_money_balance)
    status: CardStatus | str
    cardholder_id: str | Unset = UNSET
    card_product_id: str | Unset = UNSET
    brand: CardBrand | str | Unset = UNSET
    masked_pan: str | Unset = UNSET
    expiry_month: int | Unset = UNSET
    expiry_year: int | Unset = UNSET
    nickname: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        card_type: str = self.card_type

        last4 = self.last4

        currency = self.currency

        balance = self.balance

        status: str = self.status

        cardholder_id = self.cardholder_id

        card_product_id = self.card_product_id

        brand: str | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand

        masked_pan = self.masked_pan

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "card_type": card_type,
                "last4": last4,
                "currency": currency,
                "balance": balance,
                "status": status,
            }
        )
        if cardholder_id is not UNSET:
            field_dict["cardholder_id"] = cardholder_id
        if card_product_id is not UNSET:
            field_dict["card_product_id"] = card_product_id
        if brand is not UNSET:
            field_dict["brand"] = brand
        if masked_pan is not UNSET:
            field_dict["masked_pan"] = masked_pan
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
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

            _at = "card_type"
            card_type = check_card_type(d.pop("card_type"))

            _at = "last4"
            last4 = d.pop("last4")

            _at = "currency"
            currency = d.pop("currency")

            _at = "balance"
            balance = _money_balance(d.pop("balance"))

            _at = "status"
            status = check_card_status(d.pop("status"))

            _at = "cardholder_id"
            cardholder_id = d.pop("cardholder_id", UNSET)

            _at = "card_product_id"
            card_product_id = d.pop("card_product_id", UNSET)

            _at = "brand"
            _brand = d.pop("brand", UNSET)
            brand: CardBrand | str | Unset
            if isinstance(_brand, Unset):
                brand = UNSET
            else:
                brand = check_card_brand(_brand)

            _at = "masked_pan"
            masked_pan = d.pop("masked_pan", UNSET)

            _at = "expiry_month"
            expiry_month = d.pop("expiry_month", UNSET)

            _at = "expiry_year"
            expiry_year = d.pop("expiry_year", UNSET)

            _at = "nickname"

            def _parse_nickname(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            nickname = _parse_nickname(d.pop("nickname", UNSET))

            _at = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _at = ""
            card = cls(
                id=id,
                card_type=card_type,
                last4=last4,
                currency=currency,
                balance=balance,
                status=status,
                cardholder_id=cardholder_id,
                card_product_id=card_product_id,
                brand=brand,
                masked_pan=masked_pan,
                expiry_month=expiry_month,
                expiry_year=expiry_year,
                nickname=nickname,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Card", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Card", path=[_at] if _at else [], reason=reason) from exc

        card.additional_properties = d
        return card

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
