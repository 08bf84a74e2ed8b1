from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.connect_token_data_token_type import ConnectTokenDataTokenType, check_connect_token_data_token_type

T = TypeVar("T", bound="ConnectTokenData")


@_attrs_define
class ConnectTokenData:
    """A client (agent) access token.

    Attributes:
        access_token (str): Bearer token for protected routes.
        token_type (ConnectTokenDataTokenType):
        expires_in (int): Lifetime in seconds.
    """

    access_token: str
    token_type: ConnectTokenDataTokenType | str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type: str = self.token_type

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "access_token"
            access_token = d.pop("access_token")

            _at = "token_type"
            token_type = check_connect_token_data_token_type(d.pop("token_type"))

            _at = "expires_in"
            expires_in = d.pop("expires_in")

            _at = ""
            connect_token_data = cls(
                access_token=access_token,
                token_type=token_type,
                expires_in=expires_in,
            )
        except BodyValidationError as exc:
            raise exc.within("ConnectTokenData", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ConnectTokenData", path=[_at] if _at else [], reason=reason) from exc

        connect_token_data.additional_properties = d
        return connect_token_data

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
