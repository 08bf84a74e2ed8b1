"""Webhooks: the same `sha256=<hex>` signature over the raw body, then a typed event."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from .._core._event import decode_event, model_from
from .._core._replay import ReplayGuard
from .._core._webhooks import check_hmac_sha256
from ..errors import WebhookPayloadError, WebhookSignatureError
from ._auth import PREFIX

if TYPE_CHECKING:
    from tradecrm_client.models import (
        ClientCreatedEvent,
        KycUpdatedEvent,
        TradingAccountCreatedEvent,
        TransactionEvent,
    )

__all__ = ["EVENT_MODELS", "ReplayGuard", "UnknownEvent", "parse_webhook", "verify_webhook"]

# event → the generated model of its body (the spec's `webhooks`; tests/unit holds them equal).
EVENT_MODELS: Mapping[str, str] = {
    "client.created": "ClientCreatedEvent",
    "kyc.updated": "KycUpdatedEvent",
    "deposit.completed": "TransactionEvent",
    "withdrawal.requested": "TransactionEvent",
    "withdrawal.approved": "TransactionEvent",
    "trading_account.created": "TradingAccountCreatedEvent",
}


@attrs.frozen
class UnknownEvent:
    """An event type the spec does not list yet: kept, not refused (the CRM adds events without
    notice). `data` is the body's `data` as parsed (fractions as Decimals), `raw` the whole body."""

    id: str | None
    event: str
    created_at: str | None
    data: Any
    raw: dict[str, Any] = attrs.field(repr=False)


if TYPE_CHECKING:
    Event: TypeAlias = (
        ClientCreatedEvent | KycUpdatedEvent | TransactionEvent | TradingAccountCreatedEvent | UnknownEvent
    )


def verify_webhook(raw_body: bytes, signature_header: str | None, secret: str | Iterable[str]) -> None:
    """Raise WebhookSignatureError unless `signature_header` is 'sha256=<hex>' of the raw body.

    The prefix is required (a bare hex digest is rejected), the body is checked as received
    (no re-serialisation, no whitespace normalisation), and every candidate secret is compared in
    constant time; pass several during a rotation.

    Replays: the signature covers no timestamp, so a captured webhook verifies forever. After
    verifying, process each event id once (`ReplayGuard().seen_before(event_id)`, or a unique key
    in your database). Use a webhook secret of its own (`Credentials(api_key, secret=...)`): the
    default, the API key, travels in every request's `key` header.
    """
    if not signature_header:
        raise WebhookSignatureError("missing signature header")
    value = signature_header.strip()
    if not value.startswith(PREFIX):
        raise WebhookSignatureError("signature header must start with 'sha256='")
    check_hmac_sha256(raw_body, value[len(PREFIX) :], secret, header="signature", provider="tradecrm")


def parse_webhook(raw_body: bytes, signature_header: str | None, secret: str | Iterable[str]) -> Event:
    """Verify the raw body (exactly as `verify_webhook`), then return the typed event.

    The model is chosen by the body's `event` (`EVENT_MODELS`); an event the spec does not list
    is returned as an `UnknownEvent` carrying its raw data, not refused. Money is an exact
    `Decimal`, enums stay open, unknown fields are kept. A bad signature raises
    `WebhookSignatureError` before parsing; a body that does not fit its model (or has no string
    `event`) raises `WebhookPayloadError` naming the model and the field's JSON path.
    """
    verify_webhook(raw_body, signature_header, secret)
    from tradecrm_client import models  # the generated client, loaded on first use
    from tradecrm_client.types import parse_json

    doc = decode_event(raw_body, parse_json, "TradecrmEvent")
    event = doc.get("event")
    if not isinstance(event, str):
        reason = "required field missing" if event is None else "not a string"
        raise WebhookPayloadError(model="TradecrmEvent", path="$.event", reason=reason)
    name = EVENT_MODELS.get(event)
    if name is None:
        created = doc.get("created_at")
        ident = doc.get("id")
        return UnknownEvent(
            id=ident if isinstance(ident, str) else None,
            event=event,
            created_at=created if isinstance(created, str) else None,
            data=doc.get("data"),
            raw=doc,
        )
    model: Event = model_from(getattr(models, name).from_dict, doc, name)
    return model
