from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.bank import Bank


T = TypeVar("T", bound="BankList")


@_attrs_define
class BankList:
    """
    Attributes:
        data (list[Bank]):
    """

    data: list[Bank]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank import Bank  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "data[*]"
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = Bank.from_dict(data_item_data)

                data.append(data_item)

            _at = ""
            bank_list = cls(
                data=data,
            )
        except BodyValidationError as exc:
            raise exc.within("BankList", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="BankList", path=[_at] if _at else [], reason=reason) from exc

        bank_list.additional_properties = d
        return bank_list

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
