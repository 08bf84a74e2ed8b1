from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import Money, to_float, to_money

T = TypeVar("T", bound="ClientAccount")


def _money_portfolio_value(value: Money) -> Decimal:
    return to_money(value, "ClientAccount.portfolio_value")


@_attrs_define
class ClientAccount:
    """
    Attributes:
        id (str):
        type_ (str): The account type.
        name (str):
        experience (str): The product experience of the account.
        portfolio_value (Decimal):
        exposure_percentage (float): The account's share of the total, in percent.
        can_invest (bool): Whether `create_investment_request` is allowed on this account.
        can_redeem (bool): Whether `create_redemption_request` is allowed on this account.
    """

    id: str
    type_: str
    name: str
    experience: str
    portfolio_value: Decimal = _attrs_field(converter=_money_portfolio_value)
    exposure_percentage: float
    can_invest: bool
    can_redeem: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        experience = self.experience

        portfolio_value = self.portfolio_value

        exposure_percentage = self.exposure_percentage

        can_invest = self.can_invest

        can_redeem = self.can_redeem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "experience": experience,
                "portfolioValue": portfolio_value,
                "exposurePercentage": exposure_percentage,
                "canInvest": can_invest,
                "canRedeem": can_redeem,
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

            _at = "type"
            type_ = d.pop("type")

            _at = "name"
            name = d.pop("name")

            _at = "experience"
            experience = d.pop("experience")

            _at = "portfolioValue"
            portfolio_value = _money_portfolio_value(d.pop("portfolioValue"))

            _at = "exposurePercentage"
            exposure_percentage = to_float(d.pop("exposurePercentage"))

            _at = "canInvest"
            can_invest = d.pop("canInvest")

            _at = "canRedeem"
            can_redeem = d.pop("canRedeem")

            _at = ""
            client_account = cls(
                id=id,
                type_=type_,
                name=name,
                experience=experience,
                portfolio_value=portfolio_value,
                exposure_percentage=exposure_percentage,
                can_invest=can_invest,
                can_redeem=can_redeem,
            )
        except BodyValidationError as exc:
            raise exc.within("ClientAccount", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ClientAccount", path=[_at] if _at else [], reason=reason) from exc

        client_account.additional_properties = d
        return client_account

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
