from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.empty_data import EmptyData


T = TypeVar("T", bound="ResetPasswordResponse")


@_attrs_define
class ResetPasswordResponse:
    """Success envelope.

    Attributes:
        trace_id (str): Request trace id. Present in the schema but may be empty on successful responses; more
            consistently useful on error payloads.
        status_code (int): The real status of the call (200, 201, or an error code). Most errors are delivered with HTTP
            200, so always check this field.
        message (str): Human-readable outcome, e.g. `Success`.
        data (EmptyData): An empty object `{}`, as in the docs' success example.
    """

    trace_id: str
    status_code: int
    message: str
    data: EmptyData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        status_code = self.status_code

        message = self.message

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trace_id": trace_id,
                "status_code": status_code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.empty_data import EmptyData  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "trace_id"
            trace_id = d.pop("trace_id")

            _at = "status_code"
            status_code = d.pop("status_code")

            _at = "message"
            message = d.pop("message")

            _at = "data"
            data = EmptyData.from_dict(d.pop("data"))

            _at = ""
            reset_password_response = cls(
                trace_id=trace_id,
                status_code=status_code,
                message=message,
                data=data,
            )
        except BodyValidationError as exc:
            raise exc.within("ResetPasswordResponse", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="ResetPasswordResponse", path=[_at] if _at else [], reason=reason) from exc

        reset_password_response.additional_properties = d
        return reset_password_response

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
