"""Setting a signer's headers on a request in one pass.

httpx's `Headers.__setitem__` scans the whole header list for every name it sets, and `pop` of an
absent name raises and catches a KeyError; a signer that sets three headers and clears two paid
that five times on every attempt (measured 2-4 µs a call in `nox -s bench`). `update_headers`
does one scan. It writes httpx's header list directly when it has the layout of httpx 0.27/0.28
(`(raw name, lowercased name, value)` byte triples) and otherwise falls back to the public API,
so a future httpx costs speed, never correctness; `tests/unit/test_headers.py` holds both paths
to the same result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

__all__ = ["update_headers"]


def _slow(headers: httpx.Headers, values: Mapping[str, str], remove: Iterable[str]) -> None:
    for name in remove:
        if name in headers:
            del headers[name]
    for name, value in values.items():
        headers[name] = value


def update_headers(headers: httpx.Headers, values: Mapping[str, str], remove: Iterable[str] = ()) -> None:
    """Set every header in `values` (replacing any earlier value) and drop those named in `remove`."""
    items = getattr(headers, "_list", None)
    if not isinstance(items, list) or (items and not (isinstance(items[0], tuple) and len(items[0]) == 3)):
        _slow(headers, values, remove)
        return
    encoding = getattr(headers, "_encoding", None) or "utf-8"  # what __setitem__ encodes with
    new = []
    for name, value in values.items():
        raw = name.encode(encoding)
        new.append((raw, raw.lower(), value.encode(encoding)))
    drop = {lower for _, lower, _ in new}
    drop.update(name.lower().encode(encoding) for name in remove)
    for _, lower, _ in items:
        if lower in drop:
            items[:] = [item for item in items if item[1] not in drop]
            break
    items.extend(new)
