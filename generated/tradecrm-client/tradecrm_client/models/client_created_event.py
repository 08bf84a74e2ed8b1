from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client_information import ClientInformation


T = TypeVar("T", bound="ClientCreatedEvent")


@_attrs_define
class ClientCreatedEvent:
    """
    Attributes:
        id (str): Unique event id; deliveries of one event share it.
        event (Literal['client.created']):
        created_at (datetime.datetime):
        data (ClientInformation): A CRM client (named ClientInformation so the generated model does not shadow the
            generated HTTP `Client`).
    """

    id: str
    event: Literal["client.created"]
    created_at: datetime.datetime
    data: ClientInformation
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
        from ..models.client_information import ClientInformation  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        event = cast(Literal["client.created"], d.pop("event"))
        if event != "client.created":
            raise ValueError(f"event must match const 'client.created', got '{event}'")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        data = ClientInformation.from_dict(d.pop("data"))

        client_created_event = cls(
            id=id,
            event=event,
            created_at=created_at,
            data=data,
        )

        client_created_event.additional_properties = d
        return client_created_event

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
