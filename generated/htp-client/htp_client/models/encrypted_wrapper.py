from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="EncryptedWrapper")


@_attrs_define
class EncryptedWrapper:
    """Optional encrypted payload wrapper accepted by routes behind the `DecryptField()` middleware; the server decrypts it
    before validation. Any extra top-level fields outside the wrapper are merged back into the decrypted payload.

        Attributes:
            key_version (str): The `key_version` returned by `POST /api/v1/sys/key-pair`.
            salt (str): Base64 salt (standard alphabet, padded); 16 to 64 bytes.
            data (str): Base64 ciphertext of the JSON business payload (standard alphabet, padded); at least a 12-byte nonce
                and a 16-byte tag.
    """

    key_version: str
    salt: str
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_version = self.key_version

        salt = self.salt

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_version": key_version,
                "salt": salt,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "key_version"
            key_version = d.pop("key_version")

            _at = "salt"
            salt = d.pop("salt")

            _at = "data"
            data = d.pop("data")

            _at = ""
            encrypted_wrapper = cls(
                key_version=key_version,
                salt=salt,
                data=data,
            )
        except BodyValidationError as exc:
            raise exc.within("EncryptedWrapper", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="EncryptedWrapper", path=[_at] if _at else [], reason=reason) from exc

        encrypted_wrapper.additional_properties = d
        return encrypted_wrapper

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
