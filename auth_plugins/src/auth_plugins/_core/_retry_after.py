"""Parsing a server's requested wait.

Accepted forms: `retry-after-ms` (milliseconds, float), `Retry-After` as delta-seconds (integer or
decimal) or as an HTTP-date. Negative, NaN and unparseable values mean "no usable hint" (None), so
the caller falls back to its own backoff. Infinity is returned as such and exceeds any cap.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping

__all__ = ["parse_retry_after"]


def _number(value: str) -> float | None:
    try:
        n = float(value.strip())
    except ValueError:
        return None
    if math.isnan(n) or n < 0:
        return None
    return n


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait, or None when the headers give no usable hint."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        n = _number(ms)
        if n is not None:
            return n / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value[0].isdigit() or value[0] in "+-." or value.lower().lstrip("+-") in ("inf", "infinity", "nan"):
        return _number(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    delta = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, delta)
