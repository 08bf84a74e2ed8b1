from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VerifyPinRequest")


@_attrs_define
class VerifyPinRequest:
    """Check a PIN before a sensitive action.

    Attributes:
        pin (str): A 6-digit PIN.
    """

    pin: str

    def to_dict(self) -> dict[str, Any]:
        pin = self.pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pin": pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pin = d.pop("pin")

        verify_pin_request = cls(
            pin=pin,
        )

        return verify_pin_request
