from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="BalanceOperationRequest")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "BalanceOperationRequest.amount")


@_attrs_define
class BalanceOperationRequest:
    """
    Attributes:
        connection_id (str):
        amount (Decimal):
        comment (str | Unset):
    """

    connection_id: str
    amount: Decimal = _attrs_field(converter=_money_amount)
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        amount = self.amount

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "amount": amount,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "connection_id"
            connection_id = d.pop("connection_id")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "comment"
            comment = d.pop("comment", UNSET)

            _at = ""
            balance_operation_request = cls(
                connection_id=connection_id,
                amount=amount,
                comment=comment,
            )
        except BodyValidationError as exc:
            raise exc.within("BalanceOperationRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="BalanceOperationRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        balance_operation_request.additional_properties = d
        return balance_operation_request

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
