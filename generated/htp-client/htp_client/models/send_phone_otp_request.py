from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="SendPhoneOtpRequest")


@_attrs_define
class SendPhoneOtpRequest:
    """Send a code to a (new) phone number.

    Attributes:
        dial_code (str):
        phone (str):
    """

    dial_code: str
    phone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dial_code = self.dial_code

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dial_code": dial_code,
                "phone": phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "dial_code"
            dial_code = d.pop("dial_code")

            _at = "phone"
            phone = d.pop("phone")

            _at = ""
            send_phone_otp_request = cls(
                dial_code=dial_code,
                phone=phone,
            )
        except BodyValidationError as exc:
            raise exc.within("SendPhoneOtpRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="SendPhoneOtpRequest", path=[_at] if _at else [], reason=reason) from exc

        send_phone_otp_request.additional_properties = d
        return send_phone_otp_request

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
