from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

if TYPE_CHECKING:
    from ..models.pay_out_destination import PayOutDestination


T = TypeVar("T", bound="PayOutCreateRequest")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "PayOutCreateRequest.amount")


@_attrs_define
class PayOutCreateRequest:
    """
    Attributes:
        order_id (str): The merchant's own unique order reference.
        amount (Decimal):
        currency (str):
        destination (PayOutDestination):
        payment_method (str | Unset):
        callback_url (str | Unset):
    """

    order_id: str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    destination: PayOutDestination
    payment_method: str | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        amount = self.amount

        currency = self.currency

        destination = self.destination.to_dict()

        payment_method = self.payment_method

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "amount": amount,
                "currency": currency,
                "destination": destination,
            }
        )
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pay_out_destination import PayOutDestination  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "order_id"
            order_id = d.pop("order_id")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "destination"
            destination = PayOutDestination.from_dict(d.pop("destination"))

            _at = "payment_method"
            payment_method = d.pop("payment_method", UNSET)

            _at = "callback_url"
            callback_url = d.pop("callback_url", UNSET)

            _at = ""
            pay_out_create_request = cls(
                order_id=order_id,
                amount=amount,
                currency=currency,
                destination=destination,
                payment_method=payment_method,
                callback_url=callback_url,
            )
        except BodyValidationError as exc:
            raise exc.within("PayOutCreateRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="PayOutCreateRequest", path=[_at] if _at else [], reason=reason) from exc

        pay_out_create_request.additional_properties = d
        return pay_out_create_request

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
