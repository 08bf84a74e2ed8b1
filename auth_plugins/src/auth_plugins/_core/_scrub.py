"""Keeping secrets out of errors: what a policy holds, and scrubbing it from what we raise.

A provider may echo a credential back (`401: invalid key tk_live_...`), and the stack copies the
server's message and body into the typed error. Before any error leaves the stack, every secret
the policy knows (credential fields declared `repr=False`, live tokens, and the credential
headers of the request that failed) is replaced by `[redacted]` in its message, its body and its
headers; credential headers themselves (`authorization`, `cookie`, `set-cookie`, ..., plus the
provider's own) are redacted by name. Runs only on the error path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import httpx

from ..errors import ApiError, AuthPluginsError
from ._redact import SENSITIVE_HEADERS
from ._tokens import Token, TokenStore

__all__ = [
    "MIN_SECRET_LENGTH",
    "REDACTED",
    "collect_secrets",
    "redact_headers",
    "request_secrets",
    "scrub",
    "scrub_error",
]

REDACTED = "[redacted]"
# Shorter values are not searched for: replacing every "a" in a message would hide everything and
# protect nothing (no provider issues credentials this short).
MIN_SECRET_LENGTH = 4


def collect_secrets(values: Iterable[object]) -> set[str]:
    """Secrets found in `values`: `repr=False` string fields of attrs instances (the credentials'
    layout rule), the current token of a `TokenStore`, and `Token` values."""
    found: set[str] = set()
    for value in values:
        if isinstance(value, TokenStore):
            value = value.current
        if isinstance(value, Token):
            found.add(value.value)
            continue
        cls = type(value)
        if attrs.has(cls):
            for field in attrs.fields(cls):
                item = getattr(value, field.name, None)
                if not field.repr and isinstance(item, str):
                    found.add(item)
    return found


def request_secrets(request: httpx.Request | None, sensitive: frozenset[str]) -> set[str]:
    """The values of the credential headers `request` carried (and a Bearer's token alone)."""
    found: set[str] = set()
    if request is None:
        return found
    for name, value in request.headers.items():
        if name.lower() in sensitive:
            found.add(value)
            scheme, _, rest = value.partition(" ")
            if rest and scheme.lower() in ("bearer", "basic", "token"):
                found.add(rest.strip())
    return found


def _usable(secrets: Iterable[str]) -> list[str]:
    # Longest first, so a secret that contains another is replaced whole.
    return sorted({s for s in secrets if isinstance(s, str) and len(s) >= MIN_SECRET_LENGTH}, key=len)[::-1]


def _scrub_text(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def _scrub_any(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        return _scrub_text(value, secrets)
    if isinstance(value, bytes | bytearray):
        return _scrub_text(bytes(value).decode("utf-8", "replace"), secrets).encode("utf-8")
    if isinstance(value, dict):
        return {_scrub_any(k, secrets): _scrub_any(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_scrub_any(v, secrets) for v in value)
    return value


def scrub(value: Any, secrets: Iterable[str]) -> Any:
    """`value` (text, bytes, or JSON: dicts, lists) with every secret replaced by `[redacted]`."""
    return _scrub_any(value, _usable(secrets))


def redact_headers(
    headers: httpx.Headers | Mapping[str, str] | None, sensitive: frozenset[str] = SENSITIVE_HEADERS
) -> dict[str, str]:
    """Response headers as a plain dict (lower-case names), credential headers' values redacted."""
    if headers is None:
        return {}
    items = headers.multi_items() if isinstance(headers, httpx.Headers) else headers.items()
    out: dict[str, str] = {}
    for name, value in items:
        key = name.lower()
        value = REDACTED if key in sensitive else value
        out[key] = f"{out[key]}, {value}" if key in out and value != REDACTED else value
    return out


def scrub_error(exc: BaseException, secrets: Iterable[str]) -> None:
    """Replace every secret in an error we raise, in place: message, args, body, headers."""
    if not isinstance(exc, AuthPluginsError):
        return
    usable = _usable(secrets)
    if not usable:
        return
    exc.args = tuple(_scrub_any(a, usable) for a in exc.args)
    if isinstance(exc, ApiError):
        exc.message = _scrub_text(exc.message, usable)
        exc.body = _scrub_any(exc.body, usable)
        exc.headers = {k: _scrub_text(v, usable) for k, v in exc.headers.items()}
        for name in ("trace_id", "request_id", "error_type"):
            value = getattr(exc, name)
            if isinstance(value, str):
                setattr(exc, name, _scrub_text(value, usable))
    cause = exc.__cause__
    if isinstance(cause, AuthPluginsError) and cause is not exc:
        scrub_error(cause, usable)
