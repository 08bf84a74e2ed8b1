from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

T = TypeVar("T", bound="ForgotPasswordRequest")


@_attrs_define
class ForgotPasswordRequest:
    """Ask for a password-reset code.

    Attributes:
        email (str): The account's email.
    """

    email: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
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

            _at = ""
            forgot_password_request = cls(
                email=email,
            )
        except BodyValidationError as exc:
            raise exc.within("ForgotPasswordRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ForgotPasswordRequest", path=[_at] if _at else [], reason=reason) from exc

        return forgot_password_request
