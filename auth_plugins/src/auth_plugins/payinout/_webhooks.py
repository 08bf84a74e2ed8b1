"""Callbacks: X-Signature = hex HMAC-SHA256 of the raw body, keyed by the secret token."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .._core._event import decode_event, model_from
from .._core._replay import ReplayGuard
from .._core._webhooks import check_hmac_sha256
from ..errors import WebhookSignatureError

if TYPE_CHECKING:
    from payinout_client.models import PaymentCallback

__all__ = ["ReplayGuard", "parse_webhook", "verify_webhook", "webhook_signature"]


def webhook_signature(raw_body: bytes, secret: str) -> str:
    """hex(HMAC_SHA256(body, SecretToken)) over the body bytes exactly as received."""
    return hmac.new(secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()


def verify_webhook(raw_body: bytes, signature: str | None, secret: str | Iterable[str]) -> None:
    """Raise WebhookSignatureError unless `signature` (X-Signature) matches the raw body.

    The provider signs the compact JSON text it sends; the bytes are verified as received, before
    any parsing. Pass several secrets during a rotation: any one matching is accepted.

    Replays: the signature covers no timestamp, so a captured callback verifies forever, and the
    gateway may deliver one twice. After verifying, process each event id once:
    `if guard.seen_before(event["id"]): return` with one `ReplayGuard()` per process (or a unique
    key in your database across processes).
    """
    if not signature:
        raise WebhookSignatureError("missing X-Signature header")
    check_hmac_sha256(raw_body, signature, secret, header="X-Signature", provider="payinout")


def parse_webhook(raw_body: bytes, signature: str | None, secret: str | Iterable[str]) -> PaymentCallback:
    """Verify the raw body (exactly as `verify_webhook`), then return the typed `PaymentCallback`.

    `amount` is an exact `Decimal` (parsed from the body's text, never through float), a `status`
    the spec does not list yet is kept as its string, unknown fields land in
    `additional_properties`. A bad or missing signature raises `WebhookSignatureError` before
    the body is parsed; a body that does not fit raises `WebhookPayloadError` naming the field's
    JSON path. De-duplicate by `callback.id` (`ReplayGuard`) before acting on it.
    """
    verify_webhook(raw_body, signature, secret)
    from payinout_client.models import PaymentCallback  # the generated client, loaded on first use
    from payinout_client.types import parse_json

    doc = decode_event(raw_body, parse_json, "PaymentCallback")
    return model_from(PaymentCallback.from_dict, doc, "PaymentCallback")
