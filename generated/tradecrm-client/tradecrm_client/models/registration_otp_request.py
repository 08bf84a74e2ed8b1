from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.language_code import LanguageCode, check_language_code
from ..models.registration_otp_request_channel import (
    RegistrationOtpRequestChannel,
    check_registration_otp_request_channel,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationOtpRequest")


@_attrs_define
class RegistrationOtpRequest:
    """
    Attributes:
        email (str):
        phone (str | Unset): E.164 phone number; required when channel is sms.
        channel (RegistrationOtpRequestChannel | Unset):  Default: 'email'.
        language (LanguageCode | Unset): Annex "Language Codes".
    """

    email: str
    phone: str | Unset = UNSET
    channel: RegistrationOtpRequestChannel | str | Unset = "email"
    language: LanguageCode | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        phone = self.phone

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if channel is not UNSET:
            field_dict["channel"] = channel
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "email"
            email = d.pop("email")

            _at = "phone"
            phone = d.pop("phone", UNSET)

            _at = "channel"
            _channel = d.pop("channel", UNSET)
            channel: RegistrationOtpRequestChannel | str | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = check_registration_otp_request_channel(_channel)

            _at = "language"
            _language = d.pop("language", UNSET)
            language: LanguageCode | str | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = check_language_code(_language)

            _at = ""
            registration_otp_request = cls(
                email=email,
                phone=phone,
                channel=channel,
                language=language,
            )
        except BodyValidationError as exc:
            raise exc.within("RegistrationOtpRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="RegistrationOtpRequest", path=[_at] if _at else [], reason=reason) from exc

        registration_otp_request.additional_properties = d
        return registration_otp_request

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
