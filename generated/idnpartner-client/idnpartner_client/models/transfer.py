from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.transfer_status import TransferStatus, check_transfer_status
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="Transfer")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "Transfer.amount")


def _money_fee(value: Money) -> Decimal:
    return to_money(value, "Transfer.fee")


@_attrs_define
class Transfer:
    """
    Attributes:
        transfer_id (str):
        reference_id (str):
        status (TransferStatus):
        bank_code (str):
        account_number (str):
        account_name (str):
        amount (Decimal):
        fee (Decimal):
        currency (str): ISO 4217 code (IDR).
        created_at (datetime.datetime):
        description (None | str | Unset):
    """

    transfer_id: str
    reference_id: str
    status: TransferStatus | str
    bank_code: str
    account_number: str
    account_name: str
    amount: Decimal = _attrs_field(converter=_money_amount)
    fee: Decimal = _attrs_field(converter=_money_fee)
    currency: str
    created_at: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        reference_id = self.reference_id

        status: str = self.status

        bank_code = self.bank_code

        account_number = self.account_number

        account_name = self.account_name

        amount = self.amount

        fee = self.fee

        currency = self.currency

        created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_id": transfer_id,
                "reference_id": reference_id,
                "status": status,
                "bank_code": bank_code,
                "account_number": account_number,
                "account_name": account_name,
                "amount": amount,
                "fee": fee,
                "currency": currency,
                "created_at": created_at,
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
            _at = "transfer_id"
            transfer_id = d.pop("transfer_id")

            _at = "reference_id"
            reference_id = d.pop("reference_id")

            _at = "status"
            status = check_transfer_status(d.pop("status"))

            _at = "bank_code"
            bank_code = d.pop("bank_code")

            _at = "account_number"
            account_number = d.pop("account_number")

            _at = "account_name"
            account_name = d.pop("account_name")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "fee"
            fee = _money_fee(d.pop("fee"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = "description"

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(d.pop("description", UNSET))

            _at = ""
            transfer = cls(
                transfer_id=transfer_id,
                reference_id=reference_id,
                status=status,
                bank_code=bank_code,
                account_number=account_number,
                account_name=account_name,
                amount=amount,
                fee=fee,
                currency=currency,
                created_at=created_at,
                description=description,
            )
        except BodyValidationError as exc:
            raise exc.within("Transfer", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Transfer", path=[_at] if _at else [], reason=reason) from exc

        transfer.additional_properties = d
        return transfer

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
