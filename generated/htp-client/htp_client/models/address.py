from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address.

    Attributes:
        line1 (str):
        city (str):
        postal_code (str):
        country_code (str): ISO 3166-1 alpha-2.
        line2 (None | str | Unset):
        state (None | str | Unset):
    """

    line1: str
    city: str
    postal_code: str
    country_code: str
    line2: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        city = self.city

        postal_code = self.postal_code

        country_code = self.country_code

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line1": line1,
                "city": city,
                "postal_code": postal_code,
                "country_code": country_code,
            }
        )
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "line1"
            line1 = d.pop("line1")

            _at = "city"
            city = d.pop("city")

            _at = "postal_code"
            postal_code = d.pop("postal_code")

            _at = "country_code"
            country_code = d.pop("country_code")

            _at = "line2"

            def _parse_line2(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            line2 = _parse_line2(d.pop("line2", UNSET))

            _at = "state"

            def _parse_state(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            state = _parse_state(d.pop("state", UNSET))

            _at = ""
            address = cls(
                line1=line1,
                city=city,
                postal_code=postal_code,
                country_code=country_code,
                line2=line2,
                state=state,
            )
        except BodyValidationError as exc:
            raise exc.within("Address", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Address", path=[_at] if _at else [], reason=reason) from exc

        address.additional_properties = d
        return address

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
