from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTradingAccountRequest")


@_attrs_define
class CreateTradingAccountRequest:
    """
    Attributes:
        connection_id (str):
        client_id (str):
        account_type_id (str | Unset): From "Get CRM Trading Account Types".
        group (str | Unset):
        leverage (int | Unset):
        currency (str | Unset):
    """

    connection_id: str
    client_id: str
    account_type_id: str | Unset = UNSET
    group: str | Unset = UNSET
    leverage: int | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        client_id = self.client_id

        account_type_id = self.account_type_id

        group = self.group

        leverage = self.leverage

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_id": connection_id,
                "client_id": client_id,
            }
        )
        if account_type_id is not UNSET:
            field_dict["account_type_id"] = account_type_id
        if group is not UNSET:
            field_dict["group"] = group
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "connection_id"
            connection_id = d.pop("connection_id")

            _at = "client_id"
            client_id = d.pop("client_id")

            _at = "account_type_id"
            account_type_id = d.pop("account_type_id", UNSET)

            _at = "group"
            group = d.pop("group", UNSET)

            _at = "leverage"
            leverage = d.pop("leverage", UNSET)

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = ""
            create_trading_account_request = cls(
                connection_id=connection_id,
                client_id=client_id,
                account_type_id=account_type_id,
                group=group,
                leverage=leverage,
                currency=currency,
            )
        except BodyValidationError as exc:
            raise exc.within("CreateTradingAccountRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="CreateTradingAccountRequest", path=[_at] if _at else [], reason=reason
            ) from exc

        create_trading_account_request.additional_properties = d
        return create_trading_account_request

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
