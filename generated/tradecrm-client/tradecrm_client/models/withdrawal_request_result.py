from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError
from ..models.withdrawal_request_result_status import (
    WithdrawalRequestResultStatus,
    check_withdrawal_request_result_status,
)

T = TypeVar("T", bound="WithdrawalRequestResult")


@_attrs_define
class WithdrawalRequestResult:
    """
    Attributes:
        request_id (str):
        status (WithdrawalRequestResultStatus):
        message (None | str): Why the request failed, when it did.
    """

    request_id: str
    status: WithdrawalRequestResultStatus | str
    message: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        status: str = self.status

        message: None | str
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "request_id"
            request_id = d.pop("request_id")

            _at = "status"
            status = check_withdrawal_request_result_status(d.pop("status"))

            _at = "message"

            def _parse_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            message = _parse_message(d.pop("message"))

            _at = ""
            withdrawal_request_result = cls(
                request_id=request_id,
                status=status,
                message=message,
            )
        except BodyValidationError as exc:
            raise exc.within("WithdrawalRequestResult", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(
                model="WithdrawalRequestResult", path=[_at] if _at else [], reason=reason
            ) from exc

        withdrawal_request_result.additional_properties = d
        return withdrawal_request_result

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
