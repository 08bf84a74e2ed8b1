from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.card_type import CardType, check_card_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="CreateCardRequestRequest")


@_attrs_define
class CreateCardRequestRequest:
    """Ask for a new card.

    Attributes:
        cardholder_id (str):
        card_product_id (str):
        card_type (CardType):
        currency (str | Unset):
        shipping_address (Address | Unset): A postal address.
    """

    cardholder_id: str
    card_product_id: str
    card_type: CardType | str
    currency: str | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cardholder_id = self.cardholder_id

        card_product_id = self.card_product_id

        card_type: str = self.card_type

        currency = self.currency

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cardholder_id": cardholder_id,
                "card_product_id": card_product_id,
                "card_type": card_type,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "cardholder_id"
            cardholder_id = d.pop("cardholder_id")

            _at = "card_product_id"
            card_product_id = d.pop("card_product_id")

            _at = "card_type"
            card_type = check_card_type(d.pop("card_type"))

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = "shipping_address"
            _shipping_address = d.pop("shipping_address", UNSET)
            shipping_address: Address | Unset
            if isinstance(_shipping_address, Unset):
                shipping_address = UNSET
            else:
                shipping_address = Address.from_dict(_shipping_address)

            _at = ""
            create_card_request_request = cls(
                cardholder_id=cardholder_id,
                card_product_id=card_product_id,
                card_type=card_type,
                currency=currency,
                shipping_address=shipping_address,
            )
        except BodyValidationError as exc:
            raise exc.within("CreateCardRequestRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="CreateCardRequestRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        create_card_request_request.additional_properties = d
        return create_card_request_request

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
