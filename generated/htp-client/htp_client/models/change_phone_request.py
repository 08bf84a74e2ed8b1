from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

T = TypeVar("T", bound="ChangePhoneRequest")


@_attrs_define
class ChangePhoneRequest:
    """Set the phone number, proven by the code.

    Attributes:
        dial_code (str):
        phone (str):
        otp (str):
    """

    dial_code: str
    phone: str
    otp: str

    def to_dict(self) -> dict[str, Any]:
        dial_code = self.dial_code

        phone = self.phone

        otp = self.otp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dial_code": dial_code,
                "phone": phone,
                "otp": otp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "dial_code"
            dial_code = d.pop("dial_code")

            _at = "phone"
            phone = d.pop("phone")

            _at = "otp"
            otp = d.pop("otp")

            _at = ""
            change_phone_request = cls(
                dial_code=dial_code,
                phone=phone,
                otp=otp,
            )
        except BodyValidationError as exc:
            raise exc.within("ChangePhoneRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ChangePhoneRequest", path=[_at] if _at else [], reason=reason) from exc

        return change_phone_request
