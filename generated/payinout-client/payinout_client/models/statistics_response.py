from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.totals import Totals


T = TypeVar("T", bound="StatisticsResponse")


@_attrs_define
class StatisticsResponse:
    """
    Attributes:
        date_from (datetime.date):
        date_to (datetime.date):
        payin (Totals):
        payout (Totals):
    """

    date_from: datetime.date
    date_to: datetime.date
    payin: Totals
    payout: Totals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        payin = self.payin.to_dict()

        payout = self.payout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
                "payin": payin,
                "payout": payout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.totals import Totals  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "date_from"
            date_from = datetime.date.fromisoformat(d.pop("date_from"))

            _at = "date_to"
            date_to = datetime.date.fromisoformat(d.pop("date_to"))

            _at = "payin"
            payin = Totals.from_dict(d.pop("payin"))

            _at = "payout"
            payout = Totals.from_dict(d.pop("payout"))

            _at = ""
            statistics_response = cls(
                date_from=date_from,
                date_to=date_to,
                payin=payin,
                payout=payout,
            )
        except BodyValidationError as exc:
            raise exc.within("StatisticsResponse", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="StatisticsResponse", path=[_at] if _at else [], reason=reason) from exc

        statistics_response.additional_properties = d
        return statistics_response

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
