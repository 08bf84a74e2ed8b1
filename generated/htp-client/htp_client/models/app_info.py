from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppInfo")


@_attrs_define
class AppInfo:
    """Public service information.

    Attributes:
        app_name (str):
        api_version (str):
        maintenance (bool): True while the service is in maintenance.
        latest_app_version (str | Unset):
        min_app_version (str | Unset): Older app builds must update.
        support_email (str | Unset):
        terms_url (str | Unset):
        privacy_url (str | Unset):
    """

    app_name: str
    api_version: str
    maintenance: bool
    latest_app_version: str | Unset = UNSET
    min_app_version: str | Unset = UNSET
    support_email: str | Unset = UNSET
    terms_url: str | Unset = UNSET
    privacy_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_name = self.app_name

        api_version = self.api_version

        maintenance = self.maintenance

        latest_app_version = self.latest_app_version

        min_app_version = self.min_app_version

        support_email = self.support_email

        terms_url = self.terms_url

        privacy_url = self.privacy_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_name": app_name,
                "api_version": api_version,
                "maintenance": maintenance,
            }
        )
        if latest_app_version is not UNSET:
            field_dict["latest_app_version"] = latest_app_version
        if min_app_version is not UNSET:
            field_dict["min_app_version"] = min_app_version
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if terms_url is not UNSET:
            field_dict["terms_url"] = terms_url
        if privacy_url is not UNSET:
            field_dict["privacy_url"] = privacy_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "app_name"
            app_name = d.pop("app_name")

            _at = "api_version"
            api_version = d.pop("api_version")

            _at = "maintenance"
            maintenance = d.pop("maintenance")

            _at = "latest_app_version"
            latest_app_version = d.pop("latest_app_version", UNSET)

            _at = "min_app_version"
            min_app_version = d.pop("min_app_version", UNSET)

            _at = "support_email"
            support_email = d.pop("support_email", UNSET)

            _at = "terms_url"
            terms_url = d.pop("terms_url", UNSET)

            _at = "privacy_url"
            privacy_url = d.pop("privacy_url", UNSET)

            _at = ""
            app_info = cls(
                app_name=app_name,
                api_version=api_version,
                maintenance=maintenance,
                latest_app_version=latest_app_version,
                min_app_version=min_app_version,
                support_email=support_email,
                terms_url=terms_url,
                privacy_url=privacy_url,
            )
        except BodyValidationError as exc:
            raise exc.within("AppInfo", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="AppInfo", path=[_at] if _at else [], reason=reason) from exc

        app_info.additional_properties = d
        return app_info

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
