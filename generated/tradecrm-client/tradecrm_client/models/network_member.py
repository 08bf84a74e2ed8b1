from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.client_type import ClientType, check_client_type

T = TypeVar("T", bound="NetworkMember")


@_attrs_define
class NetworkMember:
    """One client in an IB chain, relative to the client asked about.

    Attributes:
        client_id (str):
        email (str):
        first_name (str):
        last_name (str):
        client_type (ClientType): A trader, or an introducing broker (IB) who has downlines.
        level (int): Distance from the client asked about; 1 is direct.
        upline_id (None | str):
        joined_at (datetime.datetime):
    """

    client_id: str
    email: str
    first_name: str
    last_name: str
    client_type: ClientType | str
    level: int
    upline_id: None | str
    joined_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        client_type: str = self.client_type

        level = self.level

        upline_id: None | str
        upline_id = self.upline_id

        joined_at = self.joined_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "client_type": client_type,
                "level": level,
                "upline_id": upline_id,
                "joined_at": joined_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "email"
            email = d.pop("email")

            _at = "first_name"
            first_name = d.pop("first_name")

            _at = "last_name"
            last_name = d.pop("last_name")

            _at = "client_type"
            client_type = check_client_type(d.pop("client_type"))

            _at = "level"
            level = d.pop("level")

            _at = "upline_id"

            def _parse_upline_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            upline_id = _parse_upline_id(d.pop("upline_id"))

            _at = "joined_at"
            joined_at = datetime.datetime.fromisoformat(d.pop("joined_at"))

            _at = ""
            network_member = cls(
                client_id=client_id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                client_type=client_type,
                level=level,
                upline_id=upline_id,
                joined_at=joined_at,
            )
        except BodyValidationError as exc:
            raise exc.within("NetworkMember", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="NetworkMember", path=[_at] if _at else [], reason=reason) from exc

        network_member.additional_properties = d
        return network_member

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
