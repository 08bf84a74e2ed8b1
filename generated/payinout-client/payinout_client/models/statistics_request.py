from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="StatisticsRequest")


@_attrs_define
class StatisticsRequest:
    """
    Attributes:
        date_from (datetime.date):
        date_to (datetime.date):
    """

    date_from: datetime.date
    date_to: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "date_from"
            date_from = datetime.date.fromisoformat(d.pop("date_from"))

            _at = "date_to"
            date_to = datetime.date.fromisoformat(d.pop("date_to"))

            _at = ""
            statistics_request = cls(
                date_from=date_from,
                date_to=date_to,
            )
        except BodyValidationError as exc:
            raise exc.within("StatisticsRequest", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="StatisticsRequest", path=[_at] if _at else [], reason=reason) from exc

        statistics_request.additional_properties = d
        return statistics_request

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
