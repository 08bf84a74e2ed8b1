"""Every use of httpx internals, in one place, checked once at import.

httpx has no public way to do these things the stack needs, so it reaches into httpx's objects:

- `Client._cookies`: the jar. The `cookies` setter copies into a plain `httpx.Cookies`, so a jar
  that ignores `Set-Cookie` can only be put in place through the attribute the getter returns.
- `Headers._list` (`(raw name, lowercased name, value)` byte triples) and `Headers._encoding`:
  `__setitem__` rescans the whole list for every name, so a signer's headers are spliced in
  with one pass (`_headers.py`), encoded as `__setitem__` would encode them; and `get` encodes
  the name and decodes every value, so a check of a few response headers reads the triples.
- `URL._uri_reference` (httpx's parsed URL: scheme, userinfo, host, port, path, query,
  fragment, as sent): the public `raw_path` and `netloc` rebuild and encode bytes on every
  access, and every call reads its path (to find its operation) and its origin.
- `Response._content`: a body read chunk by chunk (to enforce the response size cap) is put
  where `response.content` / `read()` find it.
- `Request._content`: the cached body. Replacing a request's body (an encrypted wrapper)
  must replace the stream and what `request.content` / `request.read()` return.

`auth-plugins` declares the httpx range these were verified on (`HTTPX_RANGE`, kept equal to the
dependency in `auth_plugins/pyproject.toml`). `_check_layout` proves each assumption at import and
raises `HttpxLayoutError` naming the httpx version and what changed: an httpx that moved one of
them fails at once, never by silently keeping cookies or sending a stale body.
`tests/unit/test_httpx_compat.py` proves the same behaviour end to end through real clients.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import indexOf, itemgetter

import httpx

__all__ = [
    "HTTPX_RANGE",
    "HttpxLayoutError",
    "NoCookies",
    "Triple",
    "add_absent_headers",
    "disable_cookie_jar",
    "header_encoding",
    "header_items",
    "header_triple",
    "read_content",
    "replace_header",
    "replace_request_body",
    "route_key",
    "set_header",
    "set_read_content",
    "splice_headers",
]

HTTPX_RANGE = ">=0.27,<0.29"

Triple = tuple[bytes, bytes, bytes]
_lowered = itemgetter(1)


class HttpxLayoutError(ImportError):
    """The installed httpx keeps something auth_plugins relies on elsewhere than it expects."""


class NoCookies(httpx.Cookies):
    """A cookie jar that never stores what a response sets.

    None of the providers uses cookies: every call authenticates by its own headers, and a jar
    would replay whatever state a server (or a load balancer in front of it) set on later signed
    calls. httpx also runs its jar on every response even when nothing is set, wrapping the
    request and response for `http.cookiejar`: a cost larger than the whole stack's
    (`nox -s bench` reports it as `cookie_jar_us`).
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def disable_cookie_jar(client: httpx.Client | httpx.AsyncClient) -> None:
    """Give `client` a jar that keeps nothing (httpx has no public switch)."""
    client._cookies = NoCookies()


# -- headers -------------------------------------------------------------------------------------


def header_encoding(headers: httpx.Headers) -> str:
    """The encoding `Headers.__setitem__` encodes a new name and value with."""
    return headers._encoding or "utf-8"


def header_triple(raw_name: bytes, value: bytes) -> Triple:
    """One entry of httpx's header list."""
    return (raw_name, raw_name.lower(), value)


def splice_headers(
    headers: httpx.Headers, new: Iterable[Triple], drop: frozenset[bytes] | set[bytes]
) -> None:
    """Drop every header whose lowercased name is in `drop`, then append `new`, in one pass."""
    items = headers._list
    if not drop.isdisjoint(map(_lowered, items)):  # C-level scan; a retry re-sets its headers
        items[:] = [item for item in items if item[1] not in drop]
    items.extend(new)


def set_header(headers: httpx.Headers, name: str, value: str) -> None:
    """`headers[name] = value`, without httpx's per-name scan in Python (`replace_header`)."""
    encoding = headers._encoding or "utf-8"
    raw = name.encode(encoding)
    replace_header(headers, (raw, raw.lower(), value.encode(encoding)))


def replace_header(headers: httpx.Headers, triple: Triple) -> None:
    """Set one header: in the place of the first of that name (dropping the others), else last."""
    items = headers._list
    name = triple[1]
    if name not in map(_lowered, items):
        items.append(triple)
        return
    first = indexOf(map(_lowered, items), name)
    items[first] = triple
    if name in map(_lowered, items[first + 1 :]):
        items[first + 1 :] = [item for item in items[first + 1 :] if item[1] != name]


def add_absent_headers(headers: httpx.Headers, new: list[Triple], names: frozenset[bytes]) -> None:
    """Append each of `new` whose name the headers do not have yet (a caller's value wins).

    `names`: the lowercased names of `new`.
    """
    items = headers._list
    if names.isdisjoint(map(_lowered, items)):
        items.extend(new)
        return
    present = set(map(_lowered, items))
    items.extend([item for item in new if item[1] not in present])


def header_items(headers: httpx.Headers) -> list[Triple]:
    """The headers as (raw name, lowercased name, value) byte triples, in order (do not modify)."""
    return headers._list


# -- URLs ----------------------------------------------------------------------------------------


def route_key(request: httpx.Request) -> tuple[str, str, str, int | None, str]:
    """(method, scheme, host, port, path as sent): equal keys are the same operation at the same
    origin.

    The path is the one on the wire, still percent-encoded and without the query: `url.path` is
    decoded, so a path parameter holding `%2F` would become a `/`, match no template, and lose
    everything the spec says about the operation (encryption, auth)."""
    ref = request.url._uri_reference
    return (request.method, ref.scheme, ref.host, ref.port, ref.path)


# -- responses and requests ----------------------------------------------------------------------


def replace_request_body(request: httpx.Request, content: bytes) -> None:
    """Send `content` instead of the body the request was built with (every retry resends it)."""
    request.stream = httpx.ByteStream(content)
    request._content = content
    replace_header(request.headers, (b"Content-Length", b"content-length", b"%d" % len(content)))


def read_content(response: httpx.Response) -> bytes | None:
    """The body when it is already in memory (a response built with `content=`), else None."""
    return response.__dict__.get("_content")


def set_read_content(response: httpx.Response, content: bytes) -> None:
    """Make a response whose stream was consumed chunk by chunk (to enforce a size cap) read as
    `content`, as if `read()` had returned it."""
    response._content = content


# -- the import-time check -----------------------------------------------------------------------


def _fail(what: str) -> HttpxLayoutError:
    return HttpxLayoutError(
        f"auth_plugins relies on httpx internals verified for httpx{HTTPX_RANGE}, but httpx "
        f"{httpx.__version__} changed them: {what}. Install a supported httpx "
        f'(pip install "httpx{HTTPX_RANGE}") or update auth_plugins/_core/_httpx_compat.py.'
    )


def _check_cookies() -> None:
    classes: tuple[type[httpx.Client] | type[httpx.AsyncClient], ...] = (httpx.Client, httpx.AsyncClient)
    for cls in classes:
        client = cls.__new__(cls)  # no __init__: the getter is all that matters here
        disable_cookie_jar(client)
        try:
            jar = client.cookies
        except AttributeError:
            jar = None
        if not isinstance(jar, NoCookies):
            raise _fail(f"{cls.__name__}.cookies no longer returns {cls.__name__}._cookies")


def _check_headers() -> None:
    headers = httpx.Headers({"A": "1"})
    state = vars(headers)
    if state.get("_list") != [(b"A", b"a", b"1")]:
        raise _fail("Headers._list is not a list of (raw name, lowercased name, value) byte triples")
    if state.get("_encoding", "") is not None:
        raise _fail("Headers._encoding is not None for headers built without an encoding")
    splice_headers(headers, [header_triple(b"B", b"2")], {b"a"})
    if headers.raw != [(b"B", b"2")] or headers.get("b") != "2":
        raise _fail("Headers._list is not the live storage of the headers")
    replace_header(headers, header_triple(b"b", b"3"))
    replace_header(headers, header_triple(b"C", b"4"))
    set_header(headers, "c", "5")
    if headers.raw != [(b"b", b"3"), (b"c", b"5")]:
        raise _fail("Headers._list is not the live storage of the headers")


def _check_urls() -> None:
    url = httpx.URL("https://Compat.INVALID:8443/a%2Fb/c d?q=1")
    if url.raw_path != b"/a%2Fb/c%20d?q=1":
        raise _fail("URL.raw_path is not the percent-encoded path and query")
    if route_key(httpx.Request("get", url)) != ("GET", "https", "compat.invalid", 8443, "/a%2Fb/c%20d"):
        raise _fail("URL._uri_reference does not hold the scheme, lowercased host, port and path")
    headers = httpx.Headers({"A": "1"})
    add_absent_headers(
        headers, [header_triple(b"a", b"2"), header_triple(b"B", b"3")], frozenset({b"a", b"b"})
    )
    if header_items(headers) != [(b"A", b"a", b"1"), (b"B", b"b", b"3")] or headers.get("b") != "3":
        raise _fail("Headers._list is not the live storage of the headers")


def _check_request_body() -> None:
    request = httpx.Request("POST", "http://compat.invalid/", content=b"old")
    replace_request_body(request, b"new!")
    if (request.content, request.read(), request.headers.get("content-length")) != (b"new!", b"new!", "4"):
        raise _fail("Request._content is no longer the body request.content and request.read() return")


def _check_response_content() -> None:
    response = httpx.Response(200, content=b"old")
    list(response.iter_bytes())
    set_read_content(response, b"new!")
    if (response.content, response.read(), response.text) != (b"new!", b"new!", "new!"):
        raise _fail("Response._content is no longer the body response.content and read() return")
    if read_content(response) != b"new!" or read_content(httpx.Response(200, stream=httpx.ByteStream(b""))):
        raise _fail("Response._content is set before the body is read")


def _check_layout() -> None:
    try:
        _check_cookies()
        _check_headers()
        _check_urls()
        _check_request_body()
        _check_response_content()
    except HttpxLayoutError:
        raise
    except Exception as exc:  # an attribute gone or typed differently: say which httpx broke it
        raise _fail(f"{type(exc).__name__}: {exc}") from exc


_check_layout()
