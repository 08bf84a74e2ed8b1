from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.language_code import LanguageCode, check_language_code
from ..models.lead_status import LeadStatus, check_lead_status

T = TypeVar("T", bound="Lead")


@_attrs_define
class Lead:
    """
    Attributes:
        id (str):
        first_name (str):
        last_name (str):
        email (str):
        phone (None | str):
        country (None | str):
        language (LanguageCode): Annex "Language Codes".
        source (None | str):
        landing_page (None | str):
        remark (None | str):
        status (LeadStatus):
        created_at (datetime.datetime):
    """

    id: str
    first_name: str
    last_name: str
    email: str
    phone: None | str
    country: None | str
    language: LanguageCode | str
    source: None | str
    landing_page: None | str
    remark: None | str
    status: LeadStatus | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone: None | str
        phone = self.phone

        country: None | str
        country = self.country

        language: str = self.language

        source: None | str
        source = self.source

        landing_page: None | str
        landing_page = self.landing_page

        remark: None | str
        remark = self.remark

        status: str = self.status

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "phone": phone,
                "country": country,
                "language": language,
                "source": source,
                "landing_page": landing_page,
                "remark": remark,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "email"
            email = d.pop("email")

            _at = "phone"

            def _parse_phone(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            phone = _parse_phone(d.pop("phone"))

            _at = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            country = _parse_country(d.pop("country"))

            _at = "language"
            language = check_language_code(d.pop("language"))

            _at = "source"

            def _parse_source(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            source = _parse_source(d.pop("source"))

            _at = "landing_page"

            def _parse_landing_page(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            landing_page = _parse_landing_page(d.pop("landing_page"))

            _at = "remark"

            def _parse_remark(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            remark = _parse_remark(d.pop("remark"))

            _at = "status"
            status = check_lead_status(d.pop("status"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = ""
            lead = cls(
                id=id,
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                country=country,
                language=language,
                source=source,
                landing_page=landing_page,
                remark=remark,
                status=status,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Lead", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Lead", path=[_at] if _at else [], reason=reason) from exc

        lead.additional_properties = d
        return lead

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
