from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterRequest")


@_attrs_define
class RegisterRequest:
    """Create a user account.

    Attributes:
        email (str):
        password (str):
        first_name (str):
        last_name (str):
        country_code (str): ISO 3166-1 alpha-2, from GET /api/v1/countries.
        dial_code (None | str | Unset):
        phone (None | str | Unset):
    """

    email: str
    password: str
    first_name: str
    last_name: str
    country_code: str
    dial_code: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        first_name = self.first_name

        last_name = self.last_name

        country_code = self.country_code

        dial_code: None | str | Unset
        if isinstance(self.dial_code, Unset):
            dial_code = UNSET
        else:
            dial_code = self.dial_code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
                "first_name": first_name,
                "last_name": last_name,
                "country_code": country_code,
            }
        )
        if dial_code is not UNSET:
            field_dict["dial_code"] = dial_code
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "email"
            email = d.pop("email")

            _at = "password"
            password = d.pop("password")

            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "country_code"
            country_code = d.pop("country_code")

            _at = "dial_code"

            def _parse_dial_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            dial_code = _parse_dial_code(d.pop("dial_code", UNSET))

            _at = "phone"

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            phone = _parse_phone(d.pop("phone", UNSET))

            _at = ""
            register_request = cls(
                email=email,
                password=password,
                first_name=first_name,
                last_name=last_name,
                country_code=country_code,
                dial_code=dial_code,
                phone=phone,
            )
        except BodyValidationError as exc:
            raise exc.within("RegisterRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="RegisterRequest", path=[_at] if _at else [], reason=reason) from exc

        return register_request
