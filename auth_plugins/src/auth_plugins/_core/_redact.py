"""Keeping secrets out of reprs, messages and logs.

Credentials hold secrets in `Secret`, whose str/repr is a mask; the raw value is reachable only
through `.get()`, so an f-string or a logged object cannot leak it by accident.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping

__all__ = ["SENSITIVE_HEADERS", "Secret", "constant_time_equals", "redact_headers"]

# Every header any provider uses for credentials or signatures (lower-case).
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-app-token",
        "x-app-access-ts",
        "x-app-access-sig",
        "x-signature",
        "x-agent-id",
        "key",
        "signature",
        "x-app-key",
        "x-user-token",
    }
)


class Secret:
    """A string that will not print itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(("Secret", len(self._value)))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Secret values are not picklable")


def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]], extra: Iterable[str] = ()
) -> dict[str, str]:
    """A copy of `headers` safe to log: sensitive values replaced by '[redacted]'."""
    hidden = SENSITIVE_HEADERS | {h.lower() for h in extra}
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: ("[redacted]" if k.lower() in hidden else v) for k, v in items}


def constant_time_equals(a: str | bytes, b: str | bytes) -> bool:
    """Compare two signatures without leaking where they differ."""
    ab = a.encode() if isinstance(a, str) else a
    bb = b.encode() if isinstance(b, str) else b
    return hmac.compare_digest(ab, bb)
