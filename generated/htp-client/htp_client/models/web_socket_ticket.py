from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import BodyValidationError

T = TypeVar("T", bound="WebSocketTicket")


@_attrs_define
class WebSocketTicket:
    """Credentials for opening the WebSocket.

    Attributes:
        ticket (str): One-time ticket for the socket URL's `ticket` query parameter.
        url (str): Full socket URL including the ticket.
        expires_in (int): Seconds the ticket stays valid.
    """

    ticket: str
    url: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = self.ticket

        url = self.url

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket": ticket,
                "url": url,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _at = ""
        try:
            d = dict(src_dict)
            _at = "ticket"
            ticket = d.pop("ticket")

            _at = "url"
            url = d.pop("url")

            _at = "expires_in"
            expires_in = d.pop("expires_in")

            _at = ""
            web_socket_ticket = cls(
                ticket=ticket,
                url=url,
                expires_in=expires_in,
            )
        except BodyValidationError as exc:
            raise exc.within("WebSocketTicket", _at) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            reason = "required field missing" if isinstance(exc, KeyError) else str(exc) or type(exc).__name__
            raise BodyValidationError(model="WebSocketTicket", path=[_at] if _at else [], reason=reason) from exc

        web_socket_ticket.additional_properties = d
        return web_socket_ticket

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
