"""update_headers (one pass over httpx's header list) and the stack's clients keeping no cookies.

That httpx still keeps its headers as assumed is tests/unit/test_httpx_compat.py's job."""

from __future__ import annotations

import httpx
import pytest

from auth_plugins import payinout
from auth_plugins._core import HeaderBlock, set_header, update_headers

BASE = "https://pay.invalid"
CREDS = payinout.Credentials(token="pk_tok", email="m@x.example", secret="s3cr3t")

CASES: list[tuple[list[tuple[str, str]], dict[str, str], tuple[str, ...]]] = [
    ([("A", "1")], {"X-App-Token": "t", "X-App-Access-Sig": "abc"}, ()),
    ([("X-App-Token", "old"), ("accept", "*/*")], {"x-app-token": "new"}, ()),
    (
        [("Authorization", "Bearer a"), ("x-user-token", "u")],
        {"x-app-key": "k"},
        ("authorization", "X-User-Token"),
    ),
    ([("dup", "1"), ("dup", "2")], {}, ("missing",)),  # a repeated header survives untouched
    ([("x-app-token", "a"), ("X-App-Token", "b")], {"X-App-Token": "c"}, ()),  # both copies replaced
    ([], {"Accept-Language": "zh"}, ("authorization",)),
]


def _items(headers: httpx.Headers) -> list[tuple[str, str]]:
    return sorted(headers.multi_items())


def _public_api(headers: httpx.Headers, values: dict[str, str], remove: tuple[str, ...]) -> None:
    """What update_headers does, through httpx's public API only: the reference result."""
    for name in remove:
        if name in headers:
            del headers[name]
    for name, value in values.items():
        headers[name] = value


@pytest.mark.parametrize(("start", "values", "remove"), CASES)
def test_fast_path_matches_the_public_api(
    start: list[tuple[str, str]], values: dict[str, str], remove: tuple[str, ...]
) -> None:
    fast = httpx.Headers(start)
    slow = fast.copy()
    update_headers(fast, values, remove)
    _public_api(slow, values, remove)
    assert _items(fast) == _items(slow)
    for name, value in values.items():
        assert fast[name] == value
        assert fast.get_list(name) == [value]  # replaced, never duplicated
    for name in remove:
        assert name not in fast


@pytest.mark.parametrize(
    "start",
    [
        [],
        [("A", "1"), ("B", "2")],
        [("A", "1"), ("x-request-id", "old"), ("B", "2")],
        [("X-Request-Id", "a"), ("B", "2"), ("x-request-id", "b"), ("C", "3")],  # both replaced
    ],
)
def test_set_header_matches_the_public_api_in_order(start: list[tuple[str, str]]) -> None:
    """set_header is `headers[name] = value`: the first copy replaced in place, the rest dropped."""
    fast = httpx.Headers(start)
    slow = fast.copy()
    set_header(fast, "X-Request-ID", "new")
    slow["X-Request-ID"] = "new"
    assert fast.raw == slow.raw


def test_stack_clients_keep_no_cookie_jar() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={}, headers={"set-cookie": "session=abc; Path=/"})

    mock = httpx.MockTransport(handler)
    client = payinout.client(CREDS, base_url=BASE, transport=mock, async_transport=mock)
    http = client.get_httpx_client()
    http.post("/api/balance", json={})
    http.post("/api/balance", json={})
    assert "cookie" not in seen[1].headers
    assert not http.cookies
    # A stock httpx client would have replayed it: the test can tell the difference.
    stock = httpx.Client(base_url=BASE, transport=mock)
    stock.post("/api/balance", json={})
    stock.post("/api/balance", json={})
    assert seen[-1].headers["cookie"] == "session=abc"


@pytest.mark.parametrize(("start", "values", "remove"), CASES)
def test_header_block_matches_the_public_api(
    start: list[tuple[str, str]], values: dict[str, str], remove: tuple[str, ...]
) -> None:
    block = HeaderBlock(values, remove)
    first, again, slow = httpx.Headers(start), httpx.Headers(start), httpx.Headers(start)
    block.apply(first)
    block.apply(again)
    block.apply(again)  # a retry applies it to the same request again: nothing doubles
    _public_api(slow, values, remove)
    assert _items(first) == _items(again) == _items(slow)


def test_header_block_with_non_ascii_values_encodes_per_request() -> None:
    block = HeaderBlock({"x-name": "Zoë"})
    latin = httpx.Headers({"a": "1"}, encoding="iso-8859-1")
    block.apply(latin)
    assert latin.raw[-1] == (b"x-name", "Zoë".encode("iso-8859-1"))  # as __setitem__ would encode it
    plain = httpx.Headers({"a": "1"})
    block.apply(plain)
    assert plain["x-name"] == "Zoë"


def test_header_block_repr_names_headers_only() -> None:
    block = HeaderBlock({"Authorization": "Bearer tok-SECRET-123"}, remove=("x-user-token",))
    assert "tok-SECRET-123" not in repr(block)
    assert "Authorization" in repr(block)
