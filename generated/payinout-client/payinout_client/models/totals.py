from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import Money, to_money

T = TypeVar("T", bound="Totals")


def _money_amount(value: Money) -> Decimal:
    return to_money(value, "Totals.amount")


@_attrs_define
class Totals:
    """
    Attributes:
        count (int):
        amount (Decimal):
    """

    count: int
    amount: Decimal = _attrs_field(converter=_money_amount)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "count"
            count = d.pop("count")

            _at = "amount"
            amount = _money_amount(d.pop("amount"))

            _at = ""
            totals = cls(
                count=count,
                amount=amount,
            )
        except BodyValidationError as exc:
            raise exc.within("Totals", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Totals", path=[_at] if _at else [], reason=reason) from exc

        totals.additional_properties = d
        return totals

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
