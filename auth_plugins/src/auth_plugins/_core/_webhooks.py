"""Verifying a provider's HMAC-SHA256 webhook signature over the raw body bytes.

A signature does not make a delivery fresh: neither provider signs a timestamp, so a captured
webhook verifies forever. After verifying, de-duplicate by the event's id (`ReplayGuard`, or a
unique key in your database) so a replayed or redelivered event is processed once.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

from ..errors import ConfigurationError, WebhookSignatureError
from ._redact import constant_time_equals
from ._telemetry import webhook_failed

__all__ = ["check_hmac_sha256"]

_HEX = frozenset("0123456789abcdef")


def check_hmac_sha256(
    raw_body: bytes, digest: str, secret: str | Iterable[str], *, header: str, provider: str
) -> None:
    """Raise WebhookSignatureError unless `digest` (hex) is HMAC-SHA256 of `raw_body` under a secret.

    The body is checked exactly as received (before any parsing, so `10000.00` is never
    re-serialised as `10000.0`, and whitespace-altered bodies are rejected). Several secrets are
    accepted during a rotation; every one is compared, in constant time, so timing does not
    reveal which matched. `header` names the signature in messages (never its value); `provider`
    labels the failure counter.
    """
    if not isinstance(raw_body, bytes | bytearray):
        raise TypeError("verify_webhook needs the raw body bytes, not parsed JSON")
    candidate = digest.strip().lower()
    if len(candidate) != 64 or not _HEX.issuperset(candidate):
        webhook_failed("malformed", provider)
        raise WebhookSignatureError(f"{header} is not a 64-character hex HMAC-SHA256")
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets or not all(secrets):
        raise ConfigurationError("verify_webhook needs at least one non-empty secret")
    body = bytes(raw_body)
    matched = False
    for s in secrets:
        expected = hmac.new(s.encode("utf-8"), body, hashlib.sha256).hexdigest()
        matched |= constant_time_equals(expected, candidate)
    if not matched:
        webhook_failed("mismatch", provider)
        raise WebhookSignatureError(f"{header} does not match the body")
