"""Setting a signer's headers on a request in one pass.

httpx's `Headers.__setitem__` scans the whole header list for every name it sets, and `pop` of an
absent name raises and catches a KeyError; a signer that sets three headers and clears two paid
that five times on every attempt (`nox -s bench` reports the difference as `header_block_us`).
`update_headers` does one scan, and a `HeaderBlock` (headers that stay the same across calls: a
bearer token until it is renewed, a signature stamped once a second) is encoded once and applied by
a list extend. Both write httpx's header list directly, through `_httpx_compat`, which refuses
to import on an httpx whose header layout differs; `tests/unit/test_headers.py` holds both to the
result of httpx's public API.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

from ._httpx_compat import (
    Triple,
    add_absent_headers,
    header_encoding,
    header_triple,
    replace_header,
    set_header,
    splice_headers,
)

__all__ = ["HeaderBlock", "set_header", "update_headers"]


def update_headers(headers: httpx.Headers, values: Mapping[str, str], remove: Iterable[str] = ()) -> None:
    """Set every header in `values` (replacing any earlier value) and drop those named in `remove`."""
    encoding = header_encoding(headers)
    new = [header_triple(name.encode(encoding), value.encode(encoding)) for name, value in values.items()]
    drop = {lower for _, lower, _ in new}
    for name in remove:
        drop.add(name.lower().encode(encoding))
    splice_headers(headers, new, drop)


class HeaderBlock:
    """Headers to set (and names to drop) on many requests, encoded once.

    Values may be credentials: the repr names the headers only.
    """

    __slots__ = ("_drop", "_names", "_new", "_one", "_remove", "_values")

    def __init__(self, values: Mapping[str, str], remove: Iterable[str] = ()) -> None:
        self._values = dict(values)
        self._remove = tuple(remove)
        ascii_only = all(s.isascii() for pair in self._values.items() for s in pair)
        # Non-ASCII bytes depend on the request's header encoding: those go through update_headers.
        self._new: list[Triple] | None = (
            [header_triple(k.encode(), v.encode()) for k, v in self._values.items()]
            if ascii_only and all(r.isascii() for r in self._remove)
            else None
        )
        self._names = frozenset(lower for _, lower, _ in self._new or ())
        self._drop = self._names | {r.lower().encode() for r in self._remove}
        # One header and nothing to drop (an Accept, a bearer): replaced in place.
        self._one = (
            self._new[0] if self._new is not None and len(self._new) == 1 and not self._remove else None
        )

    def apply(self, headers: httpx.Headers) -> None:
        if self._one is not None:
            replace_header(headers, self._one)
        elif self._new is None:
            update_headers(headers, self._values, self._remove)
        else:
            splice_headers(headers, self._new, self._drop)

    def apply_defaults(self, headers: httpx.Headers) -> None:
        """Set only the headers the request does not have yet (a caller's own value wins)."""
        if self._new is None:
            for name, value in self._values.items():
                if name not in headers:
                    headers[name] = value
        elif self._new:
            add_absent_headers(headers, self._new, self._names)

    def __repr__(self) -> str:
        return f"<HeaderBlock {sorted(self._values)} remove={list(self._remove)}>"
