from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.wallet_balance_order_status import WalletBalanceOrderStatus, check_wallet_balance_order_status
from ..models.wallet_balance_order_type import WalletBalanceOrderType, check_wallet_balance_order_type
from ..types import Money, to_money

T = TypeVar("T", bound="WalletBalanceOrder")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "WalletBalanceOrder.amount")


@_attrs_define
class WalletBalanceOrder:
    """
    Attributes:
        order_id (str):
        wallet_id (str):
        reference_id (str):
        type_ (WalletBalanceOrderType):
        amount (Decimal):
        currency (str):
        status (WalletBalanceOrderStatus):
        remark (None | str):
        failure_reason (None | str):
        created_at (datetime.datetime):
        completed_at (datetime.datetime | None):
    """

    order_id: str
    wallet_id: str
    reference_id: str
    type_: WalletBalanceOrderType | str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    status: WalletBalanceOrderStatus | str
    remark: None | str
    failure_reason: None | str
    created_at: datetime.datetime
    completed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        wallet_id = self.wallet_id

        reference_id = self.reference_id

        type_: str = self.type_

        amount = self.amount

        currency = self.currency

        status: str = self.status

        remark: None | str
        remark = self.remark

        failure_reason: None | str
        failure_reason = self.failure_reason

        created_at = self.created_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "wallet_id": wallet_id,
                "reference_id": reference_id,
                "type": type_,
                "amount": amount,
                "currency": currency,
                "status": status,
                "remark": remark,
                "failure_reason": failure_reason,
                "created_at": created_at,
                "completed_at": completed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "order_id"
            order_id = d.pop("order_id")

            _at = "wallet_id"
            wallet_id = d.pop("wallet_id")

            _at = "reference_id"
            reference_id = d.pop("reference_id")

            _at = "type"
            type_ = check_wallet_balance_order_type(d.pop("type"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "status"
            status = check_wallet_balance_order_status(d.pop("status"))

            _at = "remark"

            def _parse_remark(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            remark = _parse_remark(d.pop("remark"))

            _at = "failure_reason"

            def _parse_failure_reason(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            failure_reason = _parse_failure_reason(d.pop("failure_reason"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = "completed_at"

            def _parse_completed_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            completed_at = _parse_completed_at(d.pop("completed_at"))

            _at = ""
            wallet_balance_order = cls(
                order_id=order_id,
                wallet_id=wallet_id,
                reference_id=reference_id,
                type_=type_,
                amount=amount,
                currency=currency,
                status=status,
                remark=remark,
                failure_reason=failure_reason,
                created_at=created_at,
                completed_at=completed_at,
            )
        except BodyValidationError as exc:
            raise exc.within("WalletBalanceOrder", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="WalletBalanceOrder", path=[_at] if _at else [], reason=reason) from exc

        wallet_balance_order.additional_properties = d
        return wallet_balance_order

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
