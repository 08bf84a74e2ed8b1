from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="UserAuthResponse")


@_attrs_define
class UserAuthResponse:
    """
    Attributes:
        user_id (str):
        user_token (str): The x-user-token: send it in the x-user-token header, and as the Bearer token of create_token
            and renew_refresh_token.
        expires_in (int): Lifetime of the x-user-token in seconds.
    """

    user_id: str
    user_token: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_token = self.user_token

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "user_token": user_token,
                "expires_in": expires_in,
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

            _at = "user_token"
            user_token = d.pop("user_token")

            _at = "expires_in"
            expires_in = d.pop("expires_in")

            _at = ""
            user_auth_response = cls(
                user_id=user_id,
                user_token=user_token,
                expires_in=expires_in,
            )
        except BodyValidationError as exc:
            raise exc.within("UserAuthResponse", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="UserAuthResponse", path=[_at] if _at else [], reason=reason) from exc

        user_auth_response.additional_properties = d
        return user_auth_response

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
