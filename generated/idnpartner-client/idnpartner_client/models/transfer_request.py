from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferRequest")


@_attrs_define
class TransferRequest:
    """
    Attributes:
        reference_id (str): The client system's own unique reference for this transfer.
        bank_code (str):
        account_number (str):
        amount (float): Amount in rupiah.
        description (str | Unset):
    """

    reference_id: str
    bank_code: str
    account_number: str
    amount: float
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        bank_code = self.bank_code

        account_number = self.account_number

        amount = self.amount

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_id": reference_id,
                "bank_code": bank_code,
                "account_number": account_number,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_id = d.pop("reference_id")

        bank_code = d.pop("bank_code")

        account_number = d.pop("account_number")

        amount = d.pop("amount")

        description = d.pop("description", UNSET)

        transfer_request = cls(
            reference_id=reference_id,
            bank_code=bank_code,
            account_number=account_number,
            amount=amount,
            description=description,
        )

        transfer_request.additional_properties = d
        return transfer_request

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
