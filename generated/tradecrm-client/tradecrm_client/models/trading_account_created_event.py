from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.trading_account import TradingAccount


T = TypeVar("T", bound="TradingAccountCreatedEvent")


@_attrs_define
class TradingAccountCreatedEvent:
    """
    Attributes:
        id (str):
        event (Literal['trading_account.created']):
        created_at (datetime.datetime):
        data (TradingAccount): An MT4, MT5 or cTrader account.
    """

    id: str
    event: Literal["trading_account.created"]
    created_at: datetime.datetime
    data: TradingAccount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = self.event

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "created_at": created_at,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trading_account import TradingAccount  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "event"
            event = cast(Literal["trading_account.created"], d.pop("event"))
            if event != "trading_account.created":
                raise ValueError(f"event must match const 'trading_account.created', got '{event}'")

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = "data"
            data = TradingAccount.from_dict(d.pop("data"))

            _at = ""
            trading_account_created_event = cls(
                id=id,
                event=event,
                created_at=created_at,
                data=data,
            )
        except BodyValidationError as exc:
            raise exc.within("TradingAccountCreatedEvent", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="TradingAccountCreatedEvent", path=[_at] if _at else [], reason=reason
            ) from exc

        trading_account_created_event.additional_properties = d
        return trading_account_created_event

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
