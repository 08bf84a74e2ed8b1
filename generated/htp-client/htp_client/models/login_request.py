from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """Sign in with email and password.

    Attributes:
        email (str):
        password (str):
    """

    email: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )

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

            _at = ""
            login_request = cls(
                email=email,
                password=password,
            )
        except BodyValidationError as exc:
            raise exc.within("LoginRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="LoginRequest", path=[_at] if _at else [], reason=reason) from exc

        return login_request
