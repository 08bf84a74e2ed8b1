from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionPage")


@_attrs_define
class TransactionPage:
    """
    Attributes:
        data (list[Transaction]):
        pagination (Pagination):
    """

    data: list[Transaction]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "data[*]"
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = Transaction.from_dict(data_item_data)

                data.append(data_item)

            _at = "pagination"
            pagination = Pagination.from_dict(d.pop("pagination"))

            _at = ""
            transaction_page = cls(
                data=data,
                pagination=pagination,
            )
        except BodyValidationError as exc:
            raise exc.within("TransactionPage", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="TransactionPage", path=[_at] if _at else [], reason=reason) from exc

        transaction_page.additional_properties = d
        return transaction_page

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
