from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.update_wallet_balance_request_type import (
    UpdateWalletBalanceRequestType,
    check_update_wallet_balance_request_type,
)
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="UpdateWalletBalanceRequest")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "UpdateWalletBalanceRequest.amount")


@_attrs_define
class UpdateWalletBalanceRequest:
    """
    Attributes:
        type_ (UpdateWalletBalanceRequestType):
        amount (Decimal):
        reference_id (str): Your unique reference for this order.
        currency (str | Unset): Must equal the wallet's currency when given.
        remark (str | Unset):
    """

    type_: UpdateWalletBalanceRequestType | str
    amount: Decimal = _attrs_field(converter=_money_amount)
    reference_id: str
    currency: str | Unset = UNSET
    remark: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        amount = self.amount

        reference_id = self.reference_id

        currency = self.currency

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "amount": amount,
                "reference_id": reference_id,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "type"
            type_ = check_update_wallet_balance_request_type(d.pop("type"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "reference_id"
            reference_id = d.pop("reference_id")

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = "remark"
            remark = d.pop("remark", UNSET)

            _at = ""
            update_wallet_balance_request = cls(
                type_=type_,
                amount=amount,
                reference_id=reference_id,
                currency=currency,
                remark=remark,
            )
        except BodyValidationError as exc:
            raise exc.within("UpdateWalletBalanceRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="UpdateWalletBalanceRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        update_wallet_balance_request.additional_properties = d
        return update_wallet_balance_request

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
