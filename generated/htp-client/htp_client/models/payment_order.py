from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.payment_order_status import PaymentOrderStatus, check_payment_order_status
from ..types import UNSET, Money, Unset, to_money

T = TypeVar("T", bound="PaymentOrder")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "PaymentOrder.amount")


def _money_pay_amount(value: Money) -> Decimal:
    return to_money(value, "PaymentOrder.pay_amount")


def _money_rate(value: Money | Unset) -> Decimal | Unset:
    if isinstance(value, Unset):
        return value
    return to_money(value, "PaymentOrder.rate")


@_attrs_define
class PaymentOrder:
    """An order to fund the wallet by paying on a network.

    Attributes:
        id (str):
        amount (Decimal): Amount credited to the wallet.
        currency (str):
        pay_amount (Decimal): Amount to send on the network.
        pay_currency (str):
        network (str): A `code` from GET /api/v1/sys/networks.
        deposit_address (str):
        status (PaymentOrderStatus):
        rate (Decimal | Unset): Agent top-up rate applied.
        tx_hash (None | str | Unset):
        expires_at (datetime.datetime | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    amount: Decimal = _attrs_field(converter=_money_amount)
    currency: str
    pay_amount: Decimal = _attrs_field(converter=_money_pay_amount)
    pay_currency: str
    network: str
    deposit_address: str
    status: PaymentOrderStatus | str
    rate: Decimal | Unset = _attrs_field(default=UNSET, converter=_money_rate)
    tx_hash: None | str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        pay_amount = self.pay_amount

        pay_currency = self.pay_currency

        network = self.network

        deposit_address = self.deposit_address

        status: str = self.status

        rate = self.rate

        tx_hash: None | str | Unset
        if isinstance(self.tx_hash, Unset):
            tx_hash = UNSET
        else:
            tx_hash = self.tx_hash

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "currency": currency,
                "pay_amount": pay_amount,
                "pay_currency": pay_currency,
                "network": network,
                "deposit_address": deposit_address,
                "status": status,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "pay_amount"
            pay_amount = _money_pay_amount(d.pop("pay_amount"))

            _at = "pay_currency"
            pay_currency = d.pop("pay_currency")

            _at = "network"
            network = d.pop("network")

            _at = "deposit_address"
            deposit_address = d.pop("deposit_address")

            _at = "status"
            status = check_payment_order_status(d.pop("status"))

            _at = "rate"
            rate = _money_rate(d.pop("rate", UNSET))

            _at = "tx_hash"

            def _parse_tx_hash(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tx_hash = _parse_tx_hash(d.pop("tx_hash", UNSET))

            _at = "expires_at"
            _expires_at = d.pop("expires_at", UNSET)
            expires_at: datetime.datetime | Unset
            if isinstance(_expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = datetime.datetime.fromisoformat(_expires_at)

            _at = "created_at"
            _created_at = d.pop("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

            _at = ""
            payment_order = cls(
                id=id,
                amount=amount,
                currency=currency,
                pay_amount=pay_amount,
                pay_currency=pay_currency,
                network=network,
                deposit_address=deposit_address,
                status=status,
                rate=rate,
                tx_hash=tx_hash,
                expires_at=expires_at,
                created_at=created_at,
            )
        except BodyValidationError as exc:
            raise exc.within("PaymentOrder", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="PaymentOrder", path=[_at] if _at else [], reason=reason) from exc

        payment_order.additional_properties = d
        return payment_order

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
