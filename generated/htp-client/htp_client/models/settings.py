from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.language import Language, check_language
from ..types import UNSET, Unset

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """The user's app settings.

    Attributes:
        language (Language): Response language. Current handlers document `en` and `zh`; English when omitted.
        push_enabled (bool):
        email_notifications (bool):
        transaction_alerts (bool):
        biometric_enabled (bool | Unset):
    """

    language: Language | str
    push_enabled: bool
    email_notifications: bool
    transaction_alerts: bool
    biometric_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: str = self.language

        push_enabled = self.push_enabled

        email_notifications = self.email_notifications

        transaction_alerts = self.transaction_alerts

        biometric_enabled = self.biometric_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "push_enabled": push_enabled,
                "email_notifications": email_notifications,
                "transaction_alerts": transaction_alerts,
            }
        )
        if biometric_enabled is not UNSET:
            field_dict["biometric_enabled"] = biometric_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "language"
            language = check_language(d.pop("language"))

            _at = "push_enabled"
            push_enabled = d.pop("push_enabled")

            _at = "email_notifications"
            email_notifications = d.pop("email_notifications")

            _at = "transaction_alerts"
            transaction_alerts = d.pop("transaction_alerts")

            _at = "biometric_enabled"
            biometric_enabled = d.pop("biometric_enabled", UNSET)

            _at = ""
            settings = cls(
                language=language,
                push_enabled=push_enabled,
                email_notifications=email_notifications,
                transaction_alerts=transaction_alerts,
                biometric_enabled=biometric_enabled,
            )
        except BodyValidationError as exc:
            raise exc.within("Settings", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Settings", path=[_at] if _at else [], reason=reason) from exc

        settings.additional_properties = d
        return settings

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
