from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.connect_token_request_grant_type import (
    ConnectTokenRequestGrantType,
    check_connect_token_request_grant_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectTokenRequest")


@_attrs_define
class ConnectTokenRequest:
    """Client-credentials token request; the agent is identified by `X-Agent-ID` and authenticated by `X-Signature`.

    Attributes:
        grant_type (ConnectTokenRequestGrantType | Unset): OAuth-style grant; only client credentials exist. Default:
            'client_credentials'.
    """

    grant_type: ConnectTokenRequestGrantType | str | Unset = "client_credentials"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "grant_type"
            _grant_type = d.pop("grant_type", UNSET)
            grant_type: ConnectTokenRequestGrantType | str | Unset
            if isinstance(_grant_type, Unset):
                grant_type = UNSET
            else:
                grant_type = check_connect_token_request_grant_type(_grant_type)

            _at = ""
            connect_token_request = cls(
                grant_type=grant_type,
            )
        except BodyValidationError as exc:
            raise exc.within("ConnectTokenRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ConnectTokenRequest", path=[_at] if _at else [], reason=reason) from exc

        connect_token_request.additional_properties = d
        return connect_token_request

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
