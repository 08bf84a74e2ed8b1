from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardSensitiveDetails")


@_attrs_define
class CardSensitiveDetails:
    """Full card number and CVV, for display only. Never log.

    Attributes:
        card_id (str):
        pan (str):
        cvv (str):
        expiry_month (int):
        expiry_year (int):
        cardholder_name (str | Unset):
    """

    card_id: str
    pan: str
    cvv: str
    expiry_month: int
    expiry_year: int
    cardholder_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_id = self.card_id

        pan = self.pan

        cvv = self.cvv

        expiry_month = self.expiry_month

        expiry_year = self.expiry_year

        cardholder_name = self.cardholder_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_id": card_id,
                "pan": pan,
                "cvv": cvv,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
            }
        )
        if cardholder_name is not UNSET:
            field_dict["cardholder_name"] = cardholder_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "card_id"
            card_id = d.pop("card_id")

            _at = "pan"
            pan = d.pop("pan")

            _at = "cvv"
            cvv = d.pop("cvv")

            _at = "expiry_month"
            expiry_month = d.pop("expiry_month")

            _at = "expiry_year"
            expiry_year = d.pop("expiry_year")

            _at = "cardholder_name"
            cardholder_name = d.pop("cardholder_name", UNSET)

            _at = ""
            card_sensitive_details = cls(
                card_id=card_id,
                pan=pan,
                cvv=cvv,
                expiry_month=expiry_month,
                expiry_year=expiry_year,
                cardholder_name=cardholder_name,
            )
        except BodyValidationError as exc:
            raise exc.within("CardSensitiveDetails", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CardSensitiveDetails", path=[_at] if _at else [], reason=reason) from exc

        card_sensitive_details.additional_properties = d
        return card_sensitive_details

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
