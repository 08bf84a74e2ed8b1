from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import Money, to_money

if TYPE_CHECKING:
    from ..models.client_account import ClientAccount


T = TypeVar("T", bound="ListClientAccountsResult")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "ListClientAccountsResult.amount")


@_attrs_define
class ListClientAccountsResult:
    """The result of `list_client_accounts`.

    Attributes:
        amount (Decimal): Total value across the listed accounts, in `asset`.
        asset (str): The currency of the amounts.
        can_create_account (bool): Whether the client may open another account.
        accounts (list[ClientAccount]):
    """

    amount: Decimal = _attrs_field(converter=_money_amount)
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

        _at = ""
        try:
            d = dict(src_dict)
            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = "asset"
            asset = d.pop("asset")

            _at = "canCreateAccount"
            can_create_account = d.pop("canCreateAccount")

            _at = "accounts[*]"
            accounts = []
            _accounts = d.pop("accounts")
            for accounts_item_data in _accounts:
                accounts_item = ClientAccount.from_dict(accounts_item_data)

                accounts.append(accounts_item)

            _at = ""
            list_client_accounts_result = cls(
                amount=amount,
                asset=asset,
                can_create_account=can_create_account,
                accounts=accounts,
            )
        except BodyValidationError as exc:
            raise exc.within("ListClientAccountsResult", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="ListClientAccountsResult", path=[_at] if _at else [], reason=reason
            ) from exc

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
