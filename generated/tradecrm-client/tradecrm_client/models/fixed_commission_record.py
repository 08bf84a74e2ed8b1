from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.platform import Platform, check_platform
from ..types import Money, to_float, to_money

T = TypeVar("T", bound="FixedCommissionRecord")


def _money_commission(value: Money) -> Decimal:
    return to_money(value, "FixedCommissionRecord.commission")


@_attrs_define
class FixedCommissionRecord:
    """
    Attributes:
        id (str):
        ib_client_id (str):
        client_id (str):
        login (int):
        platform (Platform): Trading platform.
        ticket (int):
        symbol (str):
        volume (float):
        commission (Decimal):
        currency (str):
        closed_at (datetime.datetime):
    """

    id: str
    ib_client_id: str
    client_id: str
    login: int
    platform: Platform | str
    ticket: int
    symbol: str
    volume: float
    commission: Decimal = _attrs_field(converter=_money_commission)
    currency: str
    closed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ib_client_id = self.ib_client_id

        client_id = self.client_id

        login = self.login

        platform: str = self.platform

        ticket = self.ticket

        symbol = self.symbol

        volume = self.volume

        commission = self.commission

        currency = self.currency

        closed_at = self.closed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ib_client_id": ib_client_id,
                "client_id": client_id,
                "login": login,
                "platform": platform,
                "ticket": ticket,
                "symbol": symbol,
                "volume": volume,
                "commission": commission,
                "currency": currency,
                "closed_at": closed_at,
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

            _at = "ib_client_id"
            ib_client_id = d.pop("ib_client_id")

            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "login"
            login = d.pop("login")

            _at = "platform"
            platform = check_platform(d.pop("platform"))

            _at = "ticket"
            ticket = d.pop("ticket")

            _at = "symbol"
            symbol = d.pop("symbol")

            _at = "volume"
            volume = to_float(d.pop("volume"))

            _at = "commission"
            commission = _money_commission(d.pop("commission"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "closed_at"
            closed_at = datetime.datetime.fromisoformat(d.pop("closed_at"))

            _at = ""
            fixed_commission_record = cls(
                id=id,
                ib_client_id=ib_client_id,
                client_id=client_id,
                login=login,
                platform=platform,
                ticket=ticket,
                symbol=symbol,
                volume=volume,
                commission=commission,
                currency=currency,
                closed_at=closed_at,
            )
        except BodyValidationError as exc:
            raise exc.within("FixedCommissionRecord", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="FixedCommissionRecord", path=[_at] if _at else [], reason=reason) from exc

        fixed_commission_record.additional_properties = d
        return fixed_commission_record

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
