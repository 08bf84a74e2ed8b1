from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.get_request_status_payload import GetRequestStatusPayload


T = TypeVar("T", bound="GetRequestStatus")


@_attrs_define
class GetRequestStatus:
    """Get the status of a request created by a command (`get_request_status`).

    Attributes:
        name (Literal['get_request_status']):  Default: 'get_request_status'.
        payload (GetRequestStatusPayload):
    """

    payload: GetRequestStatusPayload
    name: Literal["get_request_status"] = "get_request_status"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_request_status_payload import GetRequestStatusPayload  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "name"
            name = cast(Literal["get_request_status"], d.pop("name"))
            if name != "get_request_status":
                raise ValueError(f"name must match const 'get_request_status', got '{name}'")

            _at = "payload"
            payload = GetRequestStatusPayload.from_dict(d.pop("payload"))

            _at = ""
            get_request_status = cls(
                name=name,
                payload=payload,
            )
        except BodyValidationError as exc:
            raise exc.within("GetRequestStatus", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="GetRequestStatus", path=[_at] if _at else [], reason=reason) from exc

        get_request_status.additional_properties = d
        return get_request_status

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
