from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "pin"
            pin = d.pop("pin")

            _at = ""
            verify_pin_request = cls(
                pin=pin,
            )
        except BodyValidationError as exc:
            raise exc.within("VerifyPinRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="VerifyPinRequest", path=[_at] if _at else [], reason=reason) from exc

        return verify_pin_request
