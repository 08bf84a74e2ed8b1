from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

if TYPE_CHECKING:
    from ..models.client_kyc_details import ClientKycDetails


T = TypeVar("T", bound="KycUpdatedEvent")


@_attrs_define
class KycUpdatedEvent:
    """
    Attributes:
        id (str):
        event (Literal['kyc.updated']):
        created_at (datetime.datetime):
        data (ClientKycDetails):
    """

    id: str
    event: Literal["kyc.updated"]
    created_at: datetime.datetime
    data: ClientKycDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = self.event

        created_at = self.created_at.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "created_at": created_at,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_kyc_details import ClientKycDetails  # noqa: PLC0415

        _at = ""
        try:
            d = dict(src_dict)
            _at = "id"
            id = d.pop("id")

            _at = "event"
            event = cast(Literal["kyc.updated"], d.pop("event"))
            if event != "kyc.updated":
                raise ValueError(f"event must match const 'kyc.updated', got '{event}'")

            _at = "created_at"
            created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

            _at = "data"
            data = ClientKycDetails.from_dict(d.pop("data"))

            _at = ""
            kyc_updated_event = cls(
                id=id,
                event=event,
                created_at=created_at,
                data=data,
            )
        except BodyValidationError as exc:
            raise exc.within("KycUpdatedEvent", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="KycUpdatedEvent", path=[_at] if _at else [], reason=reason) from exc

        kyc_updated_event.additional_properties = d
        return kyc_updated_event

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
