from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.language_code import LanguageCode, check_language_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registration_step import RegistrationStep


T = TypeVar("T", bound="MultiStepRegistrationRequest")


@_attrs_define
class MultiStepRegistrationRequest:
    """
    Attributes:
        otp_request_id (str):
        otp (str):
        email (str):
        steps (list[RegistrationStep]):
        password (str | Unset):
        language (LanguageCode | Unset): Annex "Language Codes".
        referral_code (str | Unset):
    """

    otp_request_id: str
    otp: str
    email: str
    steps: list[RegistrationStep]
    password: str | Unset = UNSET
    language: LanguageCode | str | Unset = UNSET
    referral_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        otp_request_id = self.otp_request_id

        otp = self.otp

        email = self.email

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        password = self.password

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        referral_code = self.referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "otp_request_id": otp_request_id,
                "otp": otp,
                "email": email,
                "steps": steps,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if language is not UNSET:
            field_dict["language"] = language
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registration_step import RegistrationStep  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "otp_request_id"
            otp_request_id = d.pop("otp_request_id")

            _at = "otp"
            otp = d.pop("otp")

            _at = "email"
            email = d.pop("email")

            _at = "steps[*]"
            steps = []
            _steps = d.pop("steps")
            for steps_item_data in _steps:
                steps_item = RegistrationStep.from_dict(steps_item_data)

                steps.append(steps_item)

            _at = "password"
            password = d.pop("password", UNSET)

            _at = "language"
            _language = d.pop("language", UNSET)
            language: LanguageCode | str | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = check_language_code(_language)

            _at = "referral_code"
            referral_code = d.pop("referral_code", UNSET)

            _at = ""
            multi_step_registration_request = cls(
                otp_request_id=otp_request_id,
                otp=otp,
                email=email,
                steps=steps,
                password=password,
                language=language,
                referral_code=referral_code,
            )
        except BodyValidationError as exc:
            raise exc.within("MultiStepRegistrationRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="MultiStepRegistrationRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        multi_step_registration_request.additional_properties = d
        return multi_step_registration_request

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
