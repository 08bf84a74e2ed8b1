from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import Money, to_money

T = TypeVar("T", bound="CreateInvestmentRequestPayload")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "CreateInvestmentRequestPayload.amount")


@_attrs_define
class CreateInvestmentRequestPayload:
    """
    Attributes:
        account_id (str):
        amount (Decimal): The amount to invest, in the account's asset.
    """

    account_id: str
    amount: Decimal = _attrs_field(converter=_money_amount)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "accountId"
            account_id = d.pop("accountId")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = ""
            create_investment_request_payload = cls(
                account_id=account_id,
                amount=amount,
            )
        except BodyValidationError as exc:
            raise exc.within("CreateInvestmentRequestPayload", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="CreateInvestmentRequestPayload", path=[_at] if _at else [], reason=reason
            ) from exc

        create_investment_request_payload.additional_properties = d
        return create_investment_request_payload

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
