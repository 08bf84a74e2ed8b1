"""Webhooks: the same `sha256=<hex>` signature over the raw body."""

from __future__ import annotations

from collections.abc import Iterable

from .._core._replay import ReplayGuard
from .._core._webhooks import check_hmac_sha256
from ..errors import WebhookSignatureError
from ._auth import PREFIX

__all__ = ["ReplayGuard", "verify_webhook"]


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
    check_hmac_sha256(raw_body, value[len(PREFIX) :], secret, header="signature")
