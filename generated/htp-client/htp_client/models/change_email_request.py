from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

T = TypeVar("T", bound="ChangeEmailRequest")


@_attrs_define
class ChangeEmailRequest:
    """Set the email, proven by the code.

    Attributes:
        email (str):
        otp (str):
    """

    email: str
    otp: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        otp = self.otp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "otp": otp,
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

            _at = ""
            change_email_request = cls(
                email=email,
                otp=otp,
            )
        except BodyValidationError as exc:
            raise exc.within("ChangeEmailRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ChangeEmailRequest", path=[_at] if _at else [], reason=reason) from exc

        return change_email_request
