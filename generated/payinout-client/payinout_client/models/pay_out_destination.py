from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayOutDestination")


@_attrs_define
class PayOutDestination:
    """
    Attributes:
        account_number (str):
        account_name (str | Unset):
        bank_code (str | Unset):
    """

    account_number: str
    account_name: str | Unset = UNSET
    bank_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        account_name = self.account_name

        bank_code = self.bank_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
            }
        )
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if bank_code is not UNSET:
            field_dict["bank_code"] = bank_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_number = d.pop("account_number")

        account_name = d.pop("account_name", UNSET)

        bank_code = d.pop("bank_code", UNSET)

        pay_out_destination = cls(
            account_number=account_number,
            account_name=account_name,
            bank_code=bank_code,
        )

        pay_out_destination.additional_properties = d
        return pay_out_destination

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
