from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.transaction_status import TransactionStatus, check_transaction_status
from ..models.transaction_type import TransactionType, check_transaction_type
from ..types import Money, to_money

T = TypeVar("T", bound="Transaction")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "Transaction.amount")


@_attrs_define
class Transaction:
    """
    Attributes:
        id (str):
        client_id (str):
        type_ (TransactionType):
        status (TransactionStatus):
        amount (Decimal):
        currency (str):
        wallet_id (None | str):
        login (int | None): Trading account, when the transaction moved money to or from one.
        payment_method (None | str):
        remark (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    client_id: str
    type_: TransactionType | str
    status: TransactionStatus | str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    wallet_id: None | str
    login: int | None
    payment_method: None | str
    remark: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        type_: str = self.type_

        status: str = self.status

        amount = self.amount

        currency = self.currency

        wallet_id: None | str
        wallet_id = self.wallet_id

        login: int | None
        login = self.login

        payment_method: None | str
        payment_method = self.payment_method

        remark: None | str
        remark = self.remark

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "type": type_,
                "status": status,
                "amount": amount,
                "currency": currency,
                "wallet_id": wallet_id,
                "login": login,
                "payment_method": payment_method,
                "remark": remark,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "type"
            type_ = check_transaction_type(d.pop("type"))

            _at = "status"
            status = check_transaction_status(d.pop("status"))

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "wallet_id"

            def _parse_wallet_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            wallet_id = _parse_wallet_id(d.pop("wallet_id"))

            _at = "login"

            def _parse_login(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            login = _parse_login(d.pop("login"))

            _at = "payment_method"

            def _parse_payment_method(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            payment_method = _parse_payment_method(d.pop("payment_method"))

            _at = "remark"

            def _parse_remark(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            remark = _parse_remark(d.pop("remark"))

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = "updated_at"
            updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

            _at = ""
            transaction = cls(
                id=id,
                client_id=client_id,
                type_=type_,
                status=status,
                amount=amount,
                currency=currency,
                wallet_id=wallet_id,
                login=login,
                payment_method=payment_method,
                remark=remark,
                created_at=created_at,
                updated_at=updated_at,
            )
        except BodyValidationError as exc:
            raise exc.within("Transaction", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Transaction", path=[_at] if _at else [], reason=reason) from exc

        transaction.additional_properties = d
        return transaction

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
