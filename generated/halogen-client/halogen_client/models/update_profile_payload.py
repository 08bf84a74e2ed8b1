from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProfilePayload")


@_attrs_define
class UpdateProfilePayload:
    """The profile fields to change; omitted fields are left as they are.

    Attributes:
        name (str | Unset):
        email (str | Unset):
        phone_number (None | str | Unset): E.164 phone number; null removes it.
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "name"
            name = d.pop("name", UNSET)

            _at = "email"
            email = d.pop("email", UNSET)

            _at = "phoneNumber"

            def _parse_phone_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            phone_number = _parse_phone_number(d.pop("phoneNumber", UNSET))

            _at = ""
            update_profile_payload = cls(
                name=name,
                email=email,
                phone_number=phone_number,
            )
        except BodyValidationError as exc:
            raise exc.within("UpdateProfilePayload", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="UpdateProfilePayload", path=[_at] if _at else [], reason=reason) from exc

        update_profile_payload.additional_properties = d
        return update_profile_payload

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
