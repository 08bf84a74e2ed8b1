from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """
    Attributes:
        code (str): Machine-readable, never localised: `bad_request`, `token_expired`, `token_invalid`,
            `user_token_expired`, `user_token_invalid`, `app_key_invalid`, `invalid_credentials`,
            `forbidden`, `not_found`, `account_not_found`, `bank_not_found`, `transfer_not_found`,
            `duplicate_request_id`, `duplicate_reference`, `validation_error`,
            `insufficient_balance`, `rate_limited`, `internal_error`. Not an enum: new codes may appear.
        message (str): Human-readable, in the language chosen by x-language (default Bahasa Indonesia).
        request_id (None | str): The request's x-request-id, or null when it was missing.
        errors (list[FieldError] | Unset): Per-field problems (validation errors only).
    """

    code: str
    message: str
    request_id: None | str
    errors: list[FieldError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id: None | str
        request_id = self.request_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "request_id": request_id,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "code"
            code = d.pop("code")

            _at = "message"
            message = d.pop("message")

            _at = "request_id"

            def _parse_request_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            request_id = _parse_request_id(d.pop("request_id"))

            _at = "errors[*]"
            _errors = d.pop("errors", UNSET)
            errors: list[FieldError] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = FieldError.from_dict(errors_item_data)

                    errors.append(errors_item)

            _at = ""
            error = cls(
                code=code,
                message=message,
                request_id=request_id,
                errors=errors,
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
