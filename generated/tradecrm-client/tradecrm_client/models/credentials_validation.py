from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="CredentialsValidation")


@_attrs_define
class CredentialsValidation:
    """
    Attributes:
        valid (bool):
        client_id (None | str): The client the credentials belong to; null when not valid.
    """

    valid: bool
    client_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        client_id: None | str
        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
                "client_id": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "valid"
            valid = d.pop("valid")

            _at = "client_id"

            def _parse_client_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            client_id = _parse_client_id(d.pop("client_id"))

            _at = ""
            credentials_validation = cls(
                valid=valid,
                client_id=client_id,
            )
        except BodyValidationError as exc:
            raise exc.within("CredentialsValidation", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="CredentialsValidation", path=[_at] if _at else [], reason=reason) from exc

        credentials_validation.additional_properties = d
        return credentials_validation

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
