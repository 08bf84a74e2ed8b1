"""Callbacks: X-Signature = hex HMAC-SHA256 of the raw body, keyed by the secret token."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from .._core import constant_time_equals
from ..errors import ConfigurationError, WebhookSignatureError

__all__ = ["verify_webhook", "webhook_signature"]


def webhook_signature(raw_body: bytes, secret: str) -> str:
    """hex(HMAC_SHA256(body, SecretToken)) over the body bytes exactly as received."""
    return hmac.new(secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()


def verify_webhook(raw_body: bytes, signature: str | None, secret: str | Iterable[str]) -> None:
    """Raise WebhookSignatureError unless `signature` (X-Signature) matches the raw body.

    The provider signs the compact JSON text it sends; we verify the bytes as received, before
    any parsing, so `10000.00` is never re-serialised as `10000.0`. Whitespace-altered bodies are
    rejected. Pass several secrets during a rotation: any one matching is accepted.
    """
    if not isinstance(raw_body, bytes | bytearray):
        raise TypeError("verify_webhook needs the raw body bytes, not parsed JSON")
    if not signature:
        raise WebhookSignatureError("missing X-Signature header")
    candidate = signature.strip().lower()
    if len(candidate) != 64 or any(c not in "0123456789abcdef" for c in candidate):
        raise WebhookSignatureError("X-Signature is not a 64-character hex HMAC-SHA256")
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets or not all(secrets):
        raise ConfigurationError("verify_webhook needs at least one non-empty secret")
    matched = False
    for s in secrets:
        # Check every secret so timing does not reveal which one matched.
        matched |= constant_time_equals(webhook_signature(bytes(raw_body), s), candidate)
    if not matched:
        raise WebhookSignatureError("X-Signature does not match the body")
