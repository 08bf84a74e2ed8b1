from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Country")


@_attrs_define
class Country:
    """A country the service supports.

    Attributes:
        id (int):
        name (str):
        iso2 (str): ISO 3166-1 alpha-2.
        dial_code (str): International dialling prefix.
        iso3 (str | Unset): ISO 3166-1 alpha-3.
        currency (str | Unset): ISO 4217 code.
    """

    id: int
    name: str
    iso2: str
    dial_code: str
    iso3: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        iso2 = self.iso2

        dial_code = self.dial_code

        iso3 = self.iso3

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "iso2": iso2,
                "dial_code": dial_code,
            }
        )
        if iso3 is not UNSET:
            field_dict["iso3"] = iso3
        if currency is not UNSET:
            field_dict["currency"] = currency

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

            _at = "iso2"
            iso2 = d.pop("iso2")

            _at = "dial_code"
            dial_code = d.pop("dial_code")

            _at = "iso3"
            iso3 = d.pop("iso3", UNSET)

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = ""
            country = cls(
                id=id,
                name=name,
                iso2=iso2,
                dial_code=dial_code,
                iso3=iso3,
                currency=currency,
            )
        except BodyValidationError as exc:
            raise exc.within("Country", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Country", path=[_at] if _at else [], reason=reason) from exc

        country.additional_properties = d
        return country

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
