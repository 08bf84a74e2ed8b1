from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.kyc_status import KycStatus, check_kyc_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """The signed-in user.

    Attributes:
        id (str):
        email (str):
        first_name (str):
        last_name (str):
        kyc_status (KycStatus): KYC review state.
        email_verified (bool | Unset):
        dial_code (None | str | Unset):
        phone (None | str | Unset):
        phone_verified (bool | Unset):
        country_code (str | Unset):
        has_pin (bool | Unset):
        avatar_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    email: str
    first_name: str
    last_name: str
    kyc_status: KycStatus | str
    email_verified: bool | Unset = UNSET
    dial_code: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    phone_verified: bool | Unset = UNSET
    country_code: str | Unset = UNSET
    has_pin: bool | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        kyc_status: str = self.kyc_status

        email_verified = self.email_verified

        dial_code: None | str | Unset
        if isinstance(self.dial_code, Unset):
            dial_code = UNSET
        else:
            dial_code = self.dial_code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        phone_verified = self.phone_verified

        country_code = self.country_code

        has_pin = self.has_pin

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "kyc_status": kyc_status,
            }
        )
        if email_verified is not UNSET:
            field_dict["email_verified"] = email_verified
        if dial_code is not UNSET:
            field_dict["dial_code"] = dial_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_verified is not UNSET:
            field_dict["phone_verified"] = phone_verified
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if has_pin is not UNSET:
            field_dict["has_pin"] = has_pin
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "email"
            email = d.pop("email")

            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "kyc_status"
            kyc_status = check_kyc_status(d.pop("kyc_status"))

            _at = "email_verified"
            email_verified = d.pop("email_verified", UNSET)

            _at = "dial_code"

            def _parse_dial_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            dial_code = _parse_dial_code(d.pop("dial_code", UNSET))

            _at = "phone"

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            phone = _parse_phone(d.pop("phone", UNSET))

            _at = "phone_verified"
            phone_verified = d.pop("phone_verified", UNSET)

            _at = "country_code"
            country_code = d.pop("country_code", UNSET)

            _at = "has_pin"
            has_pin = d.pop("has_pin", UNSET)

            _at = "avatar_url"

            def _parse_avatar_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

            _at = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _at = ""
            user_profile = cls(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                kyc_status=kyc_status,
                email_verified=email_verified,
                dial_code=dial_code,
                phone=phone,
                phone_verified=phone_verified,
                country_code=country_code,
                has_pin=has_pin,
                avatar_url=avatar_url,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("UserProfile", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="UserProfile", path=[_at] if _at else [], reason=reason) from exc

        user_profile.additional_properties = d
        return user_profile

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
