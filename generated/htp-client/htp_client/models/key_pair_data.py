from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="KeyPairData")


@_attrs_define
class KeyPairData:
    """The server half of the handshake.

    Attributes:
        server_pub_key (list[int]): The server's public key as a list of byte values; the docs' example `[12, 44, 91,
            7]` is a shortened illustration (kept as the `docs_shortened` example of `create_key_pair`).
        key_version (str): Identifier of this key session; echo it as `key_version` in the encrypted wrapper.
    """

    server_pub_key: list[int]
    key_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_pub_key = self.server_pub_key

        key_version = self.key_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_pub_key": server_pub_key,
                "key_version": key_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "server_pub_key[*]"
            server_pub_key = cast(list[int], d.pop("server_pub_key"))

            _at = "key_version"
            key_version = d.pop("key_version")

            _at = ""
            key_pair_data = cls(
                server_pub_key=server_pub_key,
                key_version=key_version,
            )
        except BodyValidationError as exc:
            raise exc.within("KeyPairData", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="KeyPairData", path=[_at] if _at else [], reason=reason) from exc

        key_pair_data.additional_properties = d
        return key_pair_data

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
