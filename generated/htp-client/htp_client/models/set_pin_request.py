from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..errors import BodyValidationError

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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "pin"
            pin = d.pop("pin")

            _at = "password"
            password = d.pop("password")

            _at = ""
            set_pin_request = cls(
                pin=pin,
                password=password,
            )
        except BodyValidationError as exc:
            raise exc.within("SetPinRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="SetPinRequest", path=[_at] if _at else [], reason=reason) from exc

        return set_pin_request
