from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChangePinRequest")


@_attrs_define
class ChangePinRequest:
    """Change the transaction PIN.

    Attributes:
        old_pin (str): A 6-digit PIN.
        new_pin (str): A 6-digit PIN.
    """

    old_pin: str
    new_pin: str

    def to_dict(self) -> dict[str, Any]:
        old_pin = self.old_pin

        new_pin = self.new_pin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "old_pin": old_pin,
                "new_pin": new_pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        old_pin = d.pop("old_pin")

        new_pin = d.pop("new_pin")

        change_pin_request = cls(
            old_pin=old_pin,
            new_pin=new_pin,
        )

        return change_pin_request
