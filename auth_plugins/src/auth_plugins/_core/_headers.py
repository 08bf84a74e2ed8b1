"""Setting a signer's headers on a request in one pass.

httpx's `Headers.__setitem__` scans the whole header list for every name it sets, and `pop` of an
absent name raises and catches a KeyError; a signer that sets three headers and clears two paid
that five times on every attempt (measured 2-4 µs a call in `nox -s bench`). `update_headers`
does one scan, and a `HeaderBlock` (headers that stay the same across calls: a bearer token until
it is renewed, a signature stamped once a second) is encoded once and applied by a list extend.
Both write httpx's header list directly when it has the layout of httpx 0.27/0.28 (`(raw name,
lowercased name, value)` byte triples) and otherwise fall back to the public API, so a future
httpx costs speed, never correctness; `tests/unit/test_headers.py` holds both paths to the same
result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import itemgetter
from typing import Any

import httpx

__all__ = ["HeaderBlock", "update_headers"]

_lowered = itemgetter(1)
Triple = tuple[bytes, bytes, bytes]


def _slow(headers: httpx.Headers, values: Mapping[str, str], remove: Iterable[str]) -> None:
    for name in remove:
        if name in headers:
            del headers[name]
    for name, value in values.items():
        headers[name] = value


def _fast_list(headers: httpx.Headers) -> list[Any] | None:
    items = getattr(headers, "_list", None)
    if not isinstance(items, list) or (items and not (isinstance(items[0], tuple) and len(items[0]) == 3)):
        return None
    return items


def _splice(items: list[Any], new: list[Triple], drop: frozenset[bytes] | set[bytes]) -> None:
    if not drop.isdisjoint(map(_lowered, items)):  # C-level scan; a retry re-sets its headers
        items[:] = [item for item in items if item[1] not in drop]
    items.extend(new)


def update_headers(headers: httpx.Headers, values: Mapping[str, str], remove: Iterable[str] = ()) -> None:
    """Set every header in `values` (replacing any earlier value) and drop those named in `remove`."""
    items = _fast_list(headers)
    if items is None:
        _slow(headers, values, remove)
        return
    encoding = getattr(headers, "_encoding", None) or "utf-8"  # what __setitem__ encodes with
    new = []
    for name, value in values.items():
        raw = name.encode(encoding)
        new.append((raw, raw.lower(), value.encode(encoding)))
    drop = {lower for _, lower, _ in new}
    for name in remove:
        drop.add(name.lower().encode(encoding))
    _splice(items, new, drop)


class HeaderBlock:
    """Headers to set (and names to drop) on many requests, encoded once.

    Values may be credentials: the repr names the headers only.
    """

    __slots__ = ("_drop", "_new", "_remove", "_values")

    def __init__(self, values: Mapping[str, str], remove: Iterable[str] = ()) -> None:
        self._values = dict(values)
        self._remove = tuple(remove)
        ascii_only = all(s.isascii() for pair in self._values.items() for s in pair)
        # Non-ASCII bytes depend on the request's header encoding: those go through update_headers.
        self._new: list[Triple] | None = (
            [(k.encode(), k.lower().encode(), v.encode()) for k, v in self._values.items()]
            if ascii_only and all(r.isascii() for r in self._remove)
            else None
        )
        self._drop = frozenset(
            [lower for _, lower, _ in self._new or ()] + [r.lower().encode() for r in self._remove]
        )

    def apply(self, headers: httpx.Headers) -> None:
        new = self._new
        items = _fast_list(headers) if new is not None else None
        if new is None or items is None:
            update_headers(headers, self._values, self._remove)
            return
        _splice(items, new, self._drop)

    def __repr__(self) -> str:
        return f"<HeaderBlock {sorted(self._values)} remove={list(self._remove)}>"
