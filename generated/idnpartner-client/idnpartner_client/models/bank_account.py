from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """
    Attributes:
        bank_code (str):
        account_number (str):
        account_name (str): The holder's name as registered at the bank.
    """

    bank_code: str
    account_number: str
    account_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_code = self.bank_code

        account_number = self.account_number

        account_name = self.account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_code": bank_code,
                "account_number": account_number,
                "account_name": account_name,
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

            _at = "account_number"
            account_number = d.pop("account_number")

            _at = "account_name"
            account_name = d.pop("account_name")

            _at = ""
            bank_account = cls(
                bank_code=bank_code,
                account_number=account_number,
                account_name=account_name,
            )
        except BodyValidationError as exc:
            raise exc.within("BankAccount", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="BankAccount", path=[_at] if _at else [], reason=reason) from exc

        bank_account.additional_properties = d
        return bank_account

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
