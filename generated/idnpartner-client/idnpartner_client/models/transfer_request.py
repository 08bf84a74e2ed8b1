from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="TransferRequest")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "TransferRequest.amount")


@_attrs_define
class TransferRequest:
    """
    Attributes:
        reference_id (str): The client system's own unique reference for this transfer.
        bank_code (str):
        account_number (str):
        amount (Decimal): Amount in rupiah.
        description (str | Unset):
    """

    reference_id: str
    bank_code: str
    account_number: str
    amount: Decimal = _attrs_field(converter=_money_amount)
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
        _at = ""
        try:
            d = dict(src_dict)
            _at = "reference_id"
            reference_id = d.pop("reference_id")

            _at = "bank_code"
            bank_code = d.pop("bank_code")

            _at = "account_number"
            account_number = d.pop("account_number")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "description"
            description = d.pop("description", UNSET)

            _at = ""
            transfer_request = cls(
                reference_id=reference_id,
                bank_code=bank_code,
                account_number=account_number,
                amount=amount,
                description=description,
            )
        except BodyValidationError as exc:
            raise exc.within("TransferRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="TransferRequest", path=[_at] if _at else [], reason=reason) from exc

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
