from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClientAccount")


@_attrs_define
class ClientAccount:
    """
    Attributes:
        id (str):
        type_ (str): The account type.
        name (str):
        experience (str): The product experience of the account.
        portfolio_value (float):
        exposure_percentage (float): The account's share of the total, in percent.
        can_invest (bool): Whether `create_investment_request` is allowed on this account.
        can_redeem (bool): Whether `create_redemption_request` is allowed on this account.
    """

    id: str
    type_: str
    name: str
    experience: str
    portfolio_value: float
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
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        name = d.pop("name")

        experience = d.pop("experience")

        portfolio_value = d.pop("portfolioValue")

        exposure_percentage = d.pop("exposurePercentage")

        can_invest = d.pop("canInvest")

        can_redeem = d.pop("canRedeem")

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
