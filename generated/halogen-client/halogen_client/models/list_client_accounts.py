from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.list_client_accounts_payload import ListClientAccountsPayload


T = TypeVar("T", bound="ListClientAccounts")


@_attrs_define
class ListClientAccounts:
    """List the client's accounts (`list_client_accounts`), with the total portfolio amount.

    Attributes:
        name (Literal['list_client_accounts']):  Default: 'list_client_accounts'.
        payload (ListClientAccountsPayload):
    """

    payload: ListClientAccountsPayload
    name: Literal["list_client_accounts"] = "list_client_accounts"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_client_accounts_payload import ListClientAccountsPayload  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "name"
            name = cast(Literal["list_client_accounts"], d.pop("name"))
            if name != "list_client_accounts":
                raise ValueError(f"name must match const 'list_client_accounts', got '{name}'")

            _at = "payload"
            payload = ListClientAccountsPayload.from_dict(d.pop("payload"))

            _at = ""
            list_client_accounts = cls(
                name=name,
                payload=payload,
            )
        except BodyValidationError as exc:
            raise exc.within("ListClientAccounts", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ListClientAccounts", path=[_at] if _at else [], reason=reason) from exc

        list_client_accounts.additional_properties = d
        return list_client_accounts

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
