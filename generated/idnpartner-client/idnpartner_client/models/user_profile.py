from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.user_status import UserStatus, check_user_status

T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """
    Attributes:
        user_id (str):
        username (str):
        full_name (str):
        email (None | str):
        phone_number (None | str): E.164.
        status (UserStatus):
        created_at (datetime.datetime):
    """

    user_id: str
    username: str
    full_name: str
    email: None | str
    phone_number: None | str
    status: UserStatus | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        username = self.username

        full_name = self.full_name

        email: None | str
        email = self.email

        phone_number: None | str
        phone_number = self.phone_number

        status: str = self.status

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "full_name": full_name,
                "email": email,
                "phone_number": phone_number,
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
            _at = "user_id"
            user_id = d.pop("user_id")

            _at = "username"
            username = d.pop("username")

            _at = "full_name"
            full_name = d.pop("full_name")

            _at = "email"

            def _parse_email(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            email = _parse_email(d.pop("email"))

            _at = "phone_number"

            def _parse_phone_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            phone_number = _parse_phone_number(d.pop("phone_number"))

            _at = "status"
            status = check_user_status(d.pop("status"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = ""
            user_profile = cls(
                user_id=user_id,
                username=username,
                full_name=full_name,
                email=email,
                phone_number=phone_number,
                status=status,
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
