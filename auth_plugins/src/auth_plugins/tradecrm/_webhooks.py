"""Webhooks: the same `sha256=<hex>` signature over the raw body."""

from __future__ import annotations

from collections.abc import Iterable

from .._core import constant_time_equals
from ..errors import ConfigurationError, WebhookSignatureError
from ._auth import PREFIX, sign

__all__ = ["verify_webhook"]


def verify_webhook(raw_body: bytes, signature_header: str | None, secret: str | Iterable[str]) -> None:
    """Raise WebhookSignatureError unless `signature_header` is 'sha256=<hex>' of the raw body.

    The prefix is required (a bare hex digest is rejected), the body is checked as received
    (no re-serialisation, no whitespace normalisation), and every candidate secret is compared in
    constant time; pass several during a rotation.
    """
    if not isinstance(raw_body, bytes | bytearray):
        raise TypeError("verify_webhook needs the raw body bytes, not parsed JSON")
    if not signature_header:
        raise WebhookSignatureError("missing signature header")
    value = signature_header.strip()
    if not value.startswith(PREFIX):
        raise WebhookSignatureError("signature header must start with 'sha256='")
    digest = value[len(PREFIX) :].lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise WebhookSignatureError("signature is not a 64-character hex HMAC-SHA256")
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets or not all(secrets):
        raise ConfigurationError("verify_webhook needs at least one non-empty secret")
    matched = False
    for s in secrets:
        matched |= constant_time_equals(sign(bytes(raw_body), s), PREFIX + digest)
    if not matched:
        raise WebhookSignatureError("signature does not match the body")
