from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.language_code import LanguageCode, check_language_code

if TYPE_CHECKING:
    from ..models.form_answer import FormAnswer


T = TypeVar("T", bound="ClientRegistrationDetails")


@_attrs_define
class ClientRegistrationDetails:
    """
    Attributes:
        client_id (str):
        registered_at (datetime.datetime):
        registration_ip (None | str):
        registration_url (None | str): Page the registration was submitted from.
        referral_code (None | str):
        language (LanguageCode): Annex "Language Codes".
        answers (list[FormAnswer]):
    """

    client_id: str
    registered_at: datetime.datetime
    registration_ip: None | str
    registration_url: None | str
    referral_code: None | str
    language: LanguageCode | str
    answers: list[FormAnswer]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        registered_at = self.registered_at.isoformat()

        registration_ip: None | str
        registration_ip = self.registration_ip

        registration_url: None | str
        registration_url = self.registration_url

        referral_code: None | str
        referral_code = self.referral_code

        language: str = self.language

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "registered_at": registered_at,
                "registration_ip": registration_ip,
                "registration_url": registration_url,
                "referral_code": referral_code,
                "language": language,
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_answer import FormAnswer  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "registered_at"
            registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))

            _at = "registration_ip"

            def _parse_registration_ip(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            registration_ip = _parse_registration_ip(d.pop("registration_ip"))

            _at = "registration_url"

            def _parse_registration_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            registration_url = _parse_registration_url(d.pop("registration_url"))

            _at = "referral_code"

            def _parse_referral_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            referral_code = _parse_referral_code(d.pop("referral_code"))

            _at = "language"
            language = check_language_code(d.pop("language"))

            _at = "answers[*]"
            answers = []
            _answers = d.pop("answers")
            for answers_item_data in _answers:
                answers_item = FormAnswer.from_dict(answers_item_data)

                answers.append(answers_item)

            _at = ""
            client_registration_details = cls(
                client_id=client_id,
                registered_at=registered_at,
                registration_ip=registration_ip,
                registration_url=registration_url,
                referral_code=referral_code,
                language=language,
                answers=answers,
            )
        except BodyValidationError as exc:
            raise exc.within("ClientRegistrationDetails", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="ClientRegistrationDetails", path=[_at] if _at else [], reason=reason
            ) from exc

        client_registration_details.additional_properties = d
        return client_registration_details

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
