from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body of every non-403 error.

    Attributes:
        error (str): Machine-readable error type, e.g. validation_error or not_found.
        message (str):
        details (list[FieldError] | Unset): Per-field problems of a validation error.
    """

    error: str
    message: str
    details: list[FieldError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "error"
            error = d.pop("error")

            _at = "message"
            message = d.pop("message")

            _at = "details[*]"
            _details = d.pop("details", UNSET)
            details: list[FieldError] | Unset = UNSET
            if _details is not UNSET:
                details = []
                for details_item_data in _details:
                    details_item = FieldError.from_dict(details_item_data)

                    details.append(details_item)

            _at = ""
            error = cls(
                error=error,
                message=message,
                details=details,
            )
        except BodyValidationError as exc:
            raise exc.within("Error", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="Error", path=[_at] if _at else [], reason=reason) from exc

        error.additional_properties = d
        return error

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
