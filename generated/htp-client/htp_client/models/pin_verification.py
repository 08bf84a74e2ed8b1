from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="PinVerification")


@_attrs_define
class PinVerification:
    """Result of a PIN check.

    Attributes:
        verified (bool):
        remaining_attempts (int):
    """

    verified: bool
    remaining_attempts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verified = self.verified

        remaining_attempts = self.remaining_attempts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verified": verified,
                "remaining_attempts": remaining_attempts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "verified"
            verified = d.pop("verified")

            _at = "remaining_attempts"
            remaining_attempts = d.pop("remaining_attempts")

            _at = ""
            pin_verification = cls(
                verified=verified,
                remaining_attempts=remaining_attempts,
            )
        except BodyValidationError as exc:
            raise exc.within("PinVerification", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="PinVerification", path=[_at] if _at else [], reason=reason) from exc

        pin_verification.additional_properties = d
        return pin_verification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
