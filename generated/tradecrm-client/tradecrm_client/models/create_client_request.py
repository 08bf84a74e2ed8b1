from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.client_type import ClientType, check_client_type
from ..models.language_code import LanguageCode, check_language_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateClientRequest")


@_attrs_define
class CreateClientRequest:
    """
    Attributes:
        email (str):
        first_name (str):
        last_name (str):
        country (str): ISO 3166-1 alpha-2 country code.
        password (str | Unset): Client portal password; when omitted the CRM sends the client a set-password email.
        phone (str | Unset): E.164 phone number.
        language (LanguageCode | Unset): Annex "Language Codes".
        client_type (ClientType | Unset): A trader, or an introducing broker (IB) who has downlines.
        upline_id (str | Unset): Direct upline (IB) client id.
        referral_code (str | Unset): An IB's referral code, instead of upline_id.
    """

    email: str
    first_name: str
    last_name: str
    country: str
    password: str | Unset = UNSET
    phone: str | Unset = UNSET
    language: LanguageCode | str | Unset = UNSET
    client_type: ClientType | str | Unset = UNSET
    upline_id: str | Unset = UNSET
    referral_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        country = self.country

        password = self.password

        phone = self.phone

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        client_type: str | Unset = UNSET
        if not isinstance(self.client_type, Unset):
            client_type = self.client_type

        upline_id = self.upline_id

        referral_code = self.referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "country": country,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if phone is not UNSET:
            field_dict["phone"] = phone
        if language is not UNSET:
            field_dict["language"] = language
        if client_type is not UNSET:
            field_dict["client_type"] = client_type
        if upline_id is not UNSET:
            field_dict["upline_id"] = upline_id
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "email"
            email = d.pop("email")

            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "country"
            country = d.pop("country")

            _at = "password"
            password = d.pop("password", UNSET)

            _at = "phone"
            phone = d.pop("phone", UNSET)

            _at = "language"
            _language = d.pop("language", UNSET)
            language: LanguageCode | str | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = check_language_code(_language)

            _at = "client_type"
            _client_type = d.pop("client_type", UNSET)
            client_type: ClientType | str | Unset
            if isinstance(_client_type, Unset):
                client_type = UNSET
            else:
                client_type = check_client_type(_client_type)

            _at = "upline_id"
            upline_id = d.pop("upline_id", UNSET)

            _at = "referral_code"
            referral_code = d.pop("referral_code", UNSET)

            _at = ""
            create_client_request = cls(
                email=email,
                first_name=first_name,
                last_name=last_name,
                country=country,
                password=password,
                phone=phone,
                language=language,
                client_type=client_type,
                upline_id=upline_id,
                referral_code=referral_code,
            )
        except BodyValidationError as exc:
            raise exc.within("CreateClientRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CreateClientRequest", path=[_at] if _at else [], reason=reason) from exc

        create_client_request.additional_properties = d
        return create_client_request

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
