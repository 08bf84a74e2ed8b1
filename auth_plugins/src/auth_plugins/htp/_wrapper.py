"""Building the encrypted wrapper body from a plain JSON body (no cryptography here).

The docs: "Any extra top-level fields outside that wrapper are merged back into the decrypted
payload." So a caller may keep chosen top-level fields in clear beside `{key_version, salt,
data}` (`clear_fields`); by default none are, and the caller's exact body bytes are encrypted.

Splitting the body re-encodes it, so numbers must keep their digits: money is a JSON number whose
digits are the amount (`10000.00`, `12345678901234567.89`), and json.loads/json.dumps would pass it
through float (`10000.0`, `1.2345678901234568e+16`). The body is parsed with parse_float=Decimal
and written back by `_dumps`, which writes each Decimal with its own digits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from ..errors import ConfigurationError

__all__ = ["WRAPPER_FIELDS", "check_clear_fields", "is_wrapper", "is_wrapper_body", "seal_body"]

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


def is_wrapper_body(body: bytes) -> bool:
    """`is_wrapper` of UTF-8 JSON bytes. A wrapper's `key_version` name is spelled out or escaped
    (`\\u005f`), so bytes with neither are not parsed: this can only err towards encrypting."""
    if b"key_version" not in body and b"\\" not in body:
        return False
    try:
        return is_wrapper(json.loads(body))
    except (ValueError, UnicodeDecodeError):
        return False


_encode_str = json.encoder.encode_basestring  # ensure_ascii=False, like the bodies httpx's json= sends


def _number(value: Decimal) -> str:
    """A JSON number with exactly `value`'s digits. A fraction read from plain text (`10000.00`,
    `-0.5`) is written as that same text; an exponent is kept as one (`1E+400`), never expanded."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN, sNaN, Infinity: json.loads never makes these Decimals
        raise ValueError(f"{value} is not a JSON number")
    return format(value, "f") if -100 <= exponent <= 0 else str(value)


def _encode(obj: Any, out: list[str]) -> None:
    if isinstance(obj, str):
        out.append(_encode_str(obj))
    elif isinstance(obj, Decimal):
        out.append(_number(obj))
    elif obj is None or isinstance(obj, (bool, int, float)):
        out.append(json.dumps(obj))  # a float only from NaN/Infinity in the body: kept as written
    elif isinstance(obj, Mapping):
        out.append("{")
        for i, (key, item) in enumerate(obj.items()):
            out.append(("," if i else "") + _encode_str(str(key)) + ":")
            _encode(item, out)
        out.append("}")
    elif isinstance(obj, (list, tuple)):
        out.append("[")
        for i, item in enumerate(obj):
            if i:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON (what json.dumps(separators=(",", ":"), ensure_ascii=False) writes), with
    every Decimal in its own digits, never through float."""
    out: list[str] = []
    _encode(obj, out)
    return "".join(out).encode("utf-8")


def _wrapper_json(wrapper: Mapping[str, str]) -> bytes:
    """`_dumps(wrapper)` for the bare wrapper, whose three fields are strings."""
    key_version, salt = _encode_str(wrapper["key_version"]), _encode_str(wrapper["salt"])
    data = _encode_str(wrapper["data"])
    return f'{{"key_version":{key_version},"salt":{salt},"data":{data}}}'.encode()


def seal_body(body: bytes, encrypt: Encrypt, clear_fields: frozenset[str] = frozenset()) -> bytes:
    """The wire body: the wrapper for `body`, with any `clear_fields` kept beside it.

    Without clear fields (or when none is in the body) the caller's exact bytes are encrypted;
    otherwise the rest of the body is re-encoded, numbers with their own digits.
    """
    clear: dict[str, Any] = {}
    payload = body
    if clear_fields:
        try:
            obj = json.loads(body, parse_float=Decimal)
        except ValueError:
            obj = None
        if isinstance(obj, dict):
            clear = {k: obj.pop(k) for k in list(obj) if k in clear_fields}
            if clear:
                payload = _dumps(obj)
    wrapper = encrypt(payload)
    return _dumps({**clear, **wrapper}) if clear else _wrapper_json(wrapper)
