from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.card_status import CardStatus, check_card_status
from ..models.shipping_status import ShippingStatus, check_shipping_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="PhysicalCard")


@_attrs_define
class PhysicalCard:
    """A physical card and its delivery.

    Attributes:
        card_id (str):
        status (CardStatus):
        shipping_status (ShippingStatus):
        shipping_address (Address): A postal address.
        last4 (str | Unset):
        carrier (None | str | Unset):
        tracking_number (None | str | Unset):
        shipped_at (datetime.datetime | None | Unset):
        delivered_at (datetime.datetime | None | Unset):
    """

    card_id: str
    status: CardStatus | str
    shipping_status: ShippingStatus | str
    shipping_address: Address
    last4: str | Unset = UNSET
    carrier: None | str | Unset = UNSET
    tracking_number: None | str | Unset = UNSET
    shipped_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        status: str = self.status

        shipping_status: str = self.shipping_status

        shipping_address = self.shipping_address.to_dict()

        last4 = self.last4

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        tracking_number: None | str | Unset
        if isinstance(self.tracking_number, Unset):
            tracking_number = UNSET
        else:
            tracking_number = self.tracking_number

        shipped_at: None | str | Unset
        if isinstance(self.shipped_at, Unset):
            shipped_at = UNSET
        elif isinstance(self.shipped_at, datetime.datetime):
            shipped_at = self.shipped_at.isoformat()
        else:
            shipped_at = self.shipped_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "status": status,
                "shipping_status": shipping_status,
                "shipping_address": shipping_address,
            }
        )
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if tracking_number is not UNSET:
            field_dict["tracking_number"] = tracking_number
        if shipped_at is not UNSET:
            field_dict["shipped_at"] = shipped_at
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "card_id"
            card_id = d.pop("card_id")

            _at = "status"
            status = check_card_status(d.pop("status"))

            _at = "shipping_status"
            shipping_status = check_shipping_status(d.pop("shipping_status"))

            _at = "shipping_address"
            shipping_address = Address.from_dict(d.pop("shipping_address"))

            _at = "last4"
            last4 = d.pop("last4", UNSET)

            _at = "carrier"

            def _parse_carrier(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            carrier = _parse_carrier(d.pop("carrier", UNSET))

            _at = "tracking_number"

            def _parse_tracking_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tracking_number = _parse_tracking_number(d.pop("tracking_number", UNSET))

            _at = "shipped_at"

            def _parse_shipped_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    shipped_at_type_0 = datetime.datetime.fromisoformat(data)

                    return shipped_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            shipped_at = _parse_shipped_at(d.pop("shipped_at", UNSET))

            _at = "delivered_at"

            def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                    return delivered_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            delivered_at = _parse_delivered_at(d.pop("delivered_at", UNSET))

            _at = ""
            physical_card = cls(
                card_id=card_id,
                status=status,
                shipping_status=shipping_status,
                shipping_address=shipping_address,
                last4=last4,
                carrier=carrier,
                tracking_number=tracking_number,
                shipped_at=shipped_at,
                delivered_at=delivered_at,
            )
        except BodyValidationError as exc:
            raise exc.within("PhysicalCard", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="PhysicalCard", path=[_at] if _at else [], reason=reason) from exc

        physical_card.additional_properties = d
        return physical_card

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
