from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetPinRequest")


@_attrs_define
class SetPinRequest:
    """Set the transaction PIN for the first time.

    Attributes:
        pin (str): A 6-digit PIN.
        password (str): The account password, to authorise setting the PIN.
    """

    pin: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        pin = self.pin

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pin": pin,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pin = d.pop("pin")

        password = d.pop("password")

        set_pin_request = cls(
            pin=pin,
            password=password,
        )

        return set_pin_request
