from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="Bank")


@_attrs_define
class Bank:
    """
    Attributes:
        bank_code (str):
        bank_name (str):
        swift_code (None | str):
    """

    bank_code: str
    bank_name: str
    swift_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_code = self.bank_code

        bank_name = self.bank_name

        swift_code: None | str
        swift_code = self.swift_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_code": bank_code,
                "bank_name": bank_name,
                "swift_code": swift_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "bank_code"
            bank_code = d.pop("bank_code")

            _at = "bank_name"
            bank_name = d.pop("bank_name")

            _at = "swift_code"

            def _parse_swift_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            swift_code = _parse_swift_code(d.pop("swift_code"))

            _at = ""
            bank = cls(
                bank_code=bank_code,
                bank_name=bank_name,
                swift_code=swift_code,
            )
        except BodyValidationError as exc:
            raise exc.within("Bank", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Bank", path=[_at] if _at else [], reason=reason) from exc

        bank.additional_properties = d
        return bank

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
