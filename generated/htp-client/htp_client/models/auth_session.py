from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.auth_session_token_type import AuthSessionTokenType, check_auth_session_token_type

if TYPE_CHECKING:
    from ..models.user_profile import UserProfile


T = TypeVar("T", bound="AuthSession")


@_attrs_define
class AuthSession:
    """A signed-in session: user tokens plus the profile.

    Attributes:
        access_token (str):
        refresh_token (str):
        token_type (AuthSessionTokenType):
        expires_in (int): Access-token lifetime in seconds.
        user (UserProfile): The signed-in user.
    """

    access_token: str
    refresh_token: str
    token_type: AuthSessionTokenType | str
    expires_in: int
    user: UserProfile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        token_type: str = self.token_type

        expires_in = self.expires_in

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "token_type": token_type,
                "expires_in": expires_in,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_profile import UserProfile  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "access_token"
            access_token = d.pop("access_token")

            _at = "refresh_token"
            refresh_token = d.pop("refresh_token")

            _at = "token_type"
            token_type = check_auth_session_token_type(d.pop("token_type"))

            _at = "expires_in"
            expires_in = d.pop("expires_in")

            _at = "user"
            user = UserProfile.from_dict(d.pop("user"))

            _at = ""
            auth_session = cls(
                access_token=access_token,
                refresh_token=refresh_token,
                token_type=token_type,
                expires_in=expires_in,
                user=user,
            )
        except BodyValidationError as exc:
            raise exc.within("AuthSession", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="AuthSession", path=[_at] if _at else [], reason=reason) from exc

        auth_session.additional_properties = d
        return auth_session

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
