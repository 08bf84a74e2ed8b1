from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client_account import ClientAccount


T = TypeVar("T", bound="ListClientAccountsResult")


@_attrs_define
class ListClientAccountsResult:
    """The result of `list_client_accounts`.

    Attributes:
        amount (float): Total value across the listed accounts, in `asset`.
        asset (str): The currency of the amounts.
        can_create_account (bool): Whether the client may open another account.
        accounts (list[ClientAccount]):
    """

    amount: float
    asset: str
    can_create_account: bool
    accounts: list[ClientAccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        asset = self.asset

        can_create_account = self.can_create_account

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "asset": asset,
                "canCreateAccount": can_create_account,
                "accounts": accounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_account import ClientAccount  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        asset = d.pop("asset")

        can_create_account = d.pop("canCreateAccount")

        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = ClientAccount.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        list_client_accounts_result = cls(
            amount=amount,
            asset=asset,
            can_create_account=can_create_account,
            accounts=accounts,
        )

        list_client_accounts_result.additional_properties = d
        return list_client_accounts_result

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
