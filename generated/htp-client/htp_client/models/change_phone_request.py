from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        dial_code = d.pop("dial_code")

        phone = d.pop("phone")

        otp = d.pop("otp")

        change_phone_request = cls(
            dial_code=dial_code,
            phone=phone,
            otp=otp,
        )

        return change_phone_request
