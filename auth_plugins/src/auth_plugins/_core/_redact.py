"""Credential headers and constant-time comparison.

The core names no provider: each provider declares the headers its policy sets
(`Provider(credential_headers=...)`), and the stack (`Signing`) strips those plus the generic
ones below from any request that leaves the configured origin.
"""

from __future__ import annotations

import hmac

__all__ = ["SENSITIVE_HEADERS", "constant_time_equals"]

# Headers that carry credentials whatever the provider (lower-case).
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def constant_time_equals(a: str | bytes, b: str | bytes) -> bool:
    """Compare two signatures without leaking where they differ."""
    ab = a.encode() if isinstance(a, str) else a
    bb = b.encode() if isinstance(b, str) else b
    return hmac.compare_digest(ab, bb)
