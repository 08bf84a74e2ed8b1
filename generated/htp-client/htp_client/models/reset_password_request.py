from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        email = d.pop("email")

        otp = d.pop("otp")

        new_password = d.pop("new_password")

        reset_password_request = cls(
            email=email,
            otp=otp,
            new_password=new_password,
        )

        return reset_password_request
