from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.language_code import LanguageCode, check_language_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLeadRequest")


@_attrs_define
class CreateLeadRequest:
    """
    Attributes:
        first_name (str):
        last_name (str):
        email (str):
        phone (str | Unset):
        country (str | Unset):
        language (LanguageCode | Unset): Annex "Language Codes".
        source (str | Unset): Where the lead came from, e.g. landing_page, referral, event.
        landing_page (str | Unset):
        remark (str | Unset):
    """

    first_name: str
    last_name: str
    email: str
    phone: str | Unset = UNSET
    country: str | Unset = UNSET
    language: LanguageCode | str | Unset = UNSET
    source: str | Unset = UNSET
    landing_page: str | Unset = UNSET
    remark: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone = self.phone

        country = self.country

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        source = self.source

        landing_page = self.landing_page

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if country is not UNSET:
            field_dict["country"] = country
        if language is not UNSET:
            field_dict["language"] = language
        if source is not UNSET:
            field_dict["source"] = source
        if landing_page is not UNSET:
            field_dict["landing_page"] = landing_page
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "email"
            email = d.pop("email")

            _at = "phone"
            phone = d.pop("phone", UNSET)

            _at = "country"
            country = d.pop("country", UNSET)

            _at = "language"
            _language = d.pop("language", UNSET)
            language: LanguageCode | str | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = check_language_code(_language)

            _at = "source"
            source = d.pop("source", UNSET)

            _at = "landing_page"
            landing_page = d.pop("landing_page", UNSET)

            _at = "remark"
            remark = d.pop("remark", UNSET)

            _at = ""
            create_lead_request = cls(
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                country=country,
                language=language,
                source=source,
                landing_page=landing_page,
                remark=remark,
            )
        except BodyValidationError as exc:
            raise exc.within("CreateLeadRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CreateLeadRequest", path=[_at] if _at else [], reason=reason) from exc

        create_lead_request.additional_properties = d
        return create_lead_request

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
