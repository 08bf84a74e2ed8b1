from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.card_brand import CardBrand, check_card_brand
from ..models.card_type import CardType, check_card_type
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="CardProduct")


def _money_issuance_fee(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardProduct.issuance_fee")


def _money_monthly_fee(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardProduct.monthly_fee")


def _money_top_up_fee_rate(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardProduct.top_up_fee_rate")


def _money_min_top_up(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardProduct.min_top_up")


def _money_max_balance(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "CardProduct.max_balance")


@_attrs_define
class CardProduct:
    """A card programme that can be requested.

    Attributes:
        id (str):
        name (str):
        brand (CardBrand):
        card_type (CardType):
        currency (str):
        issuance_fee (Decimal | Unset):
        monthly_fee (Decimal | Unset):
        top_up_fee_rate (Decimal | Unset): Fraction of each top-up charged as fee, e.g. 0.015 = 1.5 %.
        min_top_up (Decimal | Unset):
        max_balance (Decimal | Unset):
    """

    id: str
    name: str
    brand: CardBrand | str
    card_type: CardType | str
    currency: str
    issuance_fee: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_issuance_fee)
    monthly_fee: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_monthly_fee)
    top_up_fee_rate: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_top_up_fee_rate)
    min_top_up: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_min_top_up)
    max_balance: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_max_balance)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        brand: str = self.brand

        card_type: str = self.card_type

        currency = self.currency

        issuance_fee = self.issuance_fee

        monthly_fee = self.monthly_fee

        top_up_fee_rate = self.top_up_fee_rate

        min_top_up = self.min_top_up

        max_balance = self.max_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "brand": brand,
                "card_type": card_type,
                "currency": currency,
            }
        )
        if issuance_fee is not UNSET:
            field_dict["issuance_fee"] = issuance_fee
        if monthly_fee is not UNSET:
            field_dict["monthly_fee"] = monthly_fee
        if top_up_fee_rate is not UNSET:
            field_dict["top_up_fee_rate"] = top_up_fee_rate
        if min_top_up is not UNSET:
            field_dict["min_top_up"] = min_top_up
        if max_balance is not UNSET:
            field_dict["max_balance"] = max_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "name"
            name = d.pop("name")

            _at = "brand"
            brand = check_card_brand(d.pop("brand"))

            _at = "card_type"
            card_type = check_card_type(d.pop("card_type"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "issuance_fee"
            issuance_fee = _money_issuance_fee(d.pop("issuance_fee", UNSET))

            _at = "monthly_fee"
            monthly_fee = _money_monthly_fee(d.pop("monthly_fee", UNSET))

            _at = "top_up_fee_rate"
            top_up_fee_rate = _money_top_up_fee_rate(d.pop("top_up_fee_rate", UNSET))

            _at = "min_top_up"
            min_top_up = _money_min_top_up(d.pop("min_top_up", UNSET))

            _at = "max_balance"
            max_balance = _money_max_balance(d.pop("max_balance", UNSET))

            _at = ""
            card_product = cls(
                id=id,
                name=name,
                brand=brand,
                card_type=card_type,
                currency=currency,
                issuance_fee=issuance_fee,
                monthly_fee=monthly_fee,
                top_up_fee_rate=top_up_fee_rate,
                min_top_up=min_top_up,
                max_balance=max_balance,
            )
        except BodyValidationError as exc:
            raise exc.within("CardProduct", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CardProduct", path=[_at] if _at else [], reason=reason) from exc

        card_product.additional_properties = d
        return card_product

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
