from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "old_pin"
            old_pin = d.pop("old_pin")

            _at = "new_pin"
            new_pin = d.pop("new_pin")

            _at = ""
            change_pin_request = cls(
                old_pin=old_pin,
                new_pin=new_pin,
            )
        except BodyValidationError as exc:
            raise exc.within("ChangePinRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ChangePinRequest", path=[_at] if _at else [], reason=reason) from exc

        return change_pin_request
