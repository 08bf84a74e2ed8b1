"""Building the encrypted wrapper body from a plain JSON body (no cryptography here).

The docs: "Any extra top-level fields outside that wrapper are merged back into the decrypted
payload." So a caller may keep chosen top-level fields in clear beside `{key_version, salt,
data}` (`clear_fields`); by default none are, and the caller's exact body bytes are encrypted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import ConfigurationError

__all__ = ["WRAPPER_FIELDS", "check_clear_fields", "is_wrapper", "seal_body"]

WRAPPER_FIELDS = ("key_version", "salt", "data")

Encrypt = Callable[[bytes], dict[str, str]]


def check_clear_fields(fields: Iterable[str]) -> frozenset[str]:
    if isinstance(fields, str):
        raise ConfigurationError("clear_fields must be a collection of field names, not one string")
    out = frozenset(fields)
    clash = out & set(WRAPPER_FIELDS)
    if clash:
        raise ConfigurationError(f"clear_fields may not contain wrapper fields: {', '.join(sorted(clash))}")
    return out


def is_wrapper(obj: Any) -> bool:
    """A body that already is a wrapper (the caller encrypted it) is sent as it is."""
    return isinstance(obj, dict) and all(isinstance(obj.get(k), str) for k in WRAPPER_FIELDS)


def seal_body(body: bytes, encrypt: Encrypt, clear_fields: frozenset[str] = frozenset()) -> bytes:
    """The wire body: the wrapper for `body`, with any `clear_fields` kept beside it."""
    clear: dict[str, Any] = {}
    payload = body
    if clear_fields:
        try:
            obj = json.loads(body)
        except ValueError:
            obj = None
        if isinstance(obj, dict):
            clear = {k: obj.pop(k) for k in list(obj) if k in clear_fields}
            if clear:
                payload = json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    wrapper = encrypt(payload)
    return json.dumps({**clear, **wrapper}, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
