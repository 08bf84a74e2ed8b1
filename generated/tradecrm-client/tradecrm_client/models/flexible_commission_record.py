from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform, check_platform

T = TypeVar("T", bound="FlexibleCommissionRecord")


@_attrs_define
class FlexibleCommissionRecord:
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
        level (int):
        rule_name (str):
        rate (float): Commission per lot.
        commission (float):
        currency (str):
        closed_at (datetime.datetime):
    """

    id: str
    ib_client_id: str
    client_id: str
    login: int
    platform: Platform
    ticket: int
    symbol: str
    volume: float
    level: int
    rule_name: str
    rate: float
    commission: float
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

        level = self.level

        rule_name = self.rule_name

        rate = self.rate

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
                "level": level,
                "rule_name": rule_name,
                "rate": rate,
                "commission": commission,
                "currency": currency,
                "closed_at": closed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        ib_client_id = d.pop("ib_client_id")

        client_id = d.pop("client_id")

        login = d.pop("login")

        platform = check_platform(d.pop("platform"))

        ticket = d.pop("ticket")

        symbol = d.pop("symbol")

        volume = d.pop("volume")

        level = d.pop("level")

        rule_name = d.pop("rule_name")

        rate = d.pop("rate")

        commission = d.pop("commission")

        currency = d.pop("currency")

        closed_at = datetime.datetime.fromisoformat(d.pop("closed_at"))

        flexible_commission_record = cls(
            id=id,
            ib_client_id=ib_client_id,
            client_id=client_id,
            login=login,
            platform=platform,
            ticket=ticket,
            symbol=symbol,
            volume=volume,
            level=level,
            rule_name=rule_name,
            rate=rate,
            commission=commission,
            currency=currency,
            closed_at=closed_at,
        )

        flexible_commission_record.additional_properties = d
        return flexible_commission_record

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
