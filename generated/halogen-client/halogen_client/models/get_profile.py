from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.get_profile_payload import GetProfilePayload


T = TypeVar("T", bound="GetProfile")


@_attrs_define
class GetProfile:
    """Get the client's profile details (`get_profile`).

    Attributes:
        name (Literal['get_profile']):  Default: 'get_profile'.
        payload (GetProfilePayload): No parameters; the profile is the one of the API key's client.
    """

    payload: GetProfilePayload
    name: Literal["get_profile"] = "get_profile"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_profile_payload import GetProfilePayload  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "name"
            name = cast(Literal["get_profile"], d.pop("name"))
            if name != "get_profile":
                raise ValueError(f"name must match const 'get_profile', got '{name}'")

            _at = "payload"
            payload = GetProfilePayload.from_dict(d.pop("payload"))

            _at = ""
            get_profile = cls(
                name=name,
                payload=payload,
            )
        except BodyValidationError as exc:
            raise exc.within("GetProfile", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="GetProfile", path=[_at] if _at else [], reason=reason) from exc

        get_profile.additional_properties = d
        return get_profile

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
