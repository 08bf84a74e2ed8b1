from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="PhoneInfo")


@_attrs_define
class PhoneInfo:
    """The user's phone number.

    Attributes:
        dial_code (None | str):
        phone (None | str):
        verified (bool):
    """

    dial_code: None | str
    phone: None | str
    verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dial_code: None | str
        dial_code = self.dial_code

        phone: None | str
        phone = self.phone

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dial_code": dial_code,
                "phone": phone,
                "verified": verified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "dial_code"

            def _parse_dial_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            dial_code = _parse_dial_code(d.pop("dial_code"))

            _at = "phone"

            def _parse_phone(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            phone = _parse_phone(d.pop("phone"))

            _at = "verified"
            verified = d.pop("verified")

            _at = ""
            phone_info = cls(
                dial_code=dial_code,
                phone=phone,
                verified=verified,
            )
        except BodyValidationError as exc:
            raise exc.within("PhoneInfo", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="PhoneInfo", path=[_at] if _at else [], reason=reason) from exc

        phone_info.additional_properties = d
        return phone_info

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
