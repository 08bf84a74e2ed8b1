from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

T = TypeVar("T", bound="ResetPasswordRequest")


@_attrs_define
class ResetPasswordRequest:
    """Reset the password with the emailed code.

    Attributes:
        email (str):
        otp (str): The code sent by forgot-password.
        new_password (str):
    """

    email: str
    otp: str
    new_password: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        otp = self.otp

        new_password = self.new_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "otp": otp,
                "new_password": new_password,
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

            _at = "otp"
            otp = d.pop("otp")

            _at = "new_password"
            new_password = d.pop("new_password")

            _at = ""
            reset_password_request = cls(
                email=email,
                otp=otp,
                new_password=new_password,
            )
        except BodyValidationError as exc:
            raise exc.within("ResetPasswordRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ResetPasswordRequest", path=[_at] if _at else [], reason=reason) from exc

        return reset_password_request
