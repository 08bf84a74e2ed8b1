"""Each httpx internal that auth_plugins relies on (`_core/_httpx_compat.py`) still behaves as assumed.

An httpx upgrade that moves one of them fails a test named for it here (and the import-time check
in the compat module refuses to load at all), instead of silently keeping cookies, splicing
headers into a list httpx no longer reads, or sending a stale body.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from auth_plugins._core import _httpx_compat as compat

PYPROJECT = Path(__file__).resolve().parents[2] / "auth_plugins" / "pyproject.toml"


def _echo_cookie(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json={"cookie": request.headers.get("cookie")}, headers={"set-cookie": "session=abc; Path=/"}
    )


def test_the_declared_httpx_range_is_the_verified_one_and_holds_the_installed_httpx() -> None:
    deps = [Requirement(d) for d in tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["dependencies"]]
    httpx_dep = next(d for d in deps if d.name == "httpx")
    assert httpx_dep.specifier == Requirement(f"httpx{compat.HTTPX_RANGE}").specifier
    assert httpx_dep.specifier.contains(Version(httpx.__version__))


# -- Client._cookies -------------------------------------------------------------------------------


def test_client_cookies_is_the_private_jar_and_a_replaced_jar_keeps_nothing() -> None:
    client = httpx.Client(base_url="https://compat.invalid", transport=httpx.MockTransport(_echo_cookie))
    assert client.cookies is vars(client)["_cookies"]
    compat.disable_cookie_jar(client)
    assert isinstance(client.cookies, compat.NoCookies)
    client.get("/")
    assert client.get("/").json() == {"cookie": None}  # nothing stored, nothing replayed
    assert not client.cookies
    # The same client with httpx's own jar does replay: the test can tell the difference.
    stock = httpx.Client(base_url="https://compat.invalid", transport=httpx.MockTransport(_echo_cookie))
    stock.get("/")
    assert stock.get("/").json() == {"cookie": "session=abc"}


@pytest.mark.anyio
async def test_async_client_cookies_is_the_private_jar_and_a_replaced_jar_keeps_nothing() -> None:
    client = httpx.AsyncClient(base_url="https://compat.invalid", transport=httpx.MockTransport(_echo_cookie))
    assert client.cookies is vars(client)["_cookies"]
    compat.disable_cookie_jar(client)
    await client.get("/")
    assert (await client.get("/")).json() == {"cookie": None}
    assert not client.cookies


def test_the_cookies_setter_would_lose_the_jar_type() -> None:
    # Why the private attribute at all: the public setter copies into a plain Cookies.
    client = httpx.Client()
    client.cookies = compat.NoCookies()
    assert type(client.cookies) is httpx.Cookies


# -- Headers._list and Headers._encoding -----------------------------------------------------------


def test_headers_list_is_the_live_store_of_raw_lowered_value_triples() -> None:
    headers = httpx.Headers([("X-One", "1"), ("x-two", "2")])
    assert headers._list == [(b"X-One", b"x-one", b"1"), (b"x-two", b"x-two", b"2")]
    compat.splice_headers(headers, [compat.header_triple(b"X-Three", b"3")], {b"x-one"})
    assert headers.raw == [(b"x-two", b"2"), (b"X-Three", b"3")]
    assert headers["x-three"] == "3"
    assert "x-one" not in headers


def test_requests_keep_their_headers_in_the_same_layout() -> None:
    request = httpx.Request("GET", "https://compat.invalid/", headers={"A": "1"})
    assert (b"A", b"a", b"1") in request.headers._list
    compat.splice_headers(request.headers, [compat.header_triple(b"B", b"2")], set())
    assert request.headers["b"] == "2"


@pytest.mark.parametrize("encoding", [None, "iso-8859-1", "utf-8"])
def test_setitem_encodes_with_headers_encoding_or_utf8(encoding: str | None) -> None:
    headers = httpx.Headers({"a": "1"}, encoding=encoding)
    assert headers._encoding == encoding
    assert compat.header_encoding(headers) == (encoding or "utf-8")
    headers["x-name"] = "Zoë"
    assert headers.raw[-1] == (b"x-name", "Zoë".encode(compat.header_encoding(headers)))


# -- Response.json ---------------------------------------------------------------------------------


# -- Request._content ------------------------------------------------------------------------------


def test_a_replaced_request_body_is_what_is_sent_on_every_attempt() -> None:
    sent: list[tuple[bytes, str | None]] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append((request.read(), request.headers.get("content-length")))
        return httpx.Response(200)

    transport = httpx.MockTransport(record)
    request = httpx.Request("POST", "https://compat.invalid/", json={"plain": True})
    compat.replace_request_body(request, b'{"sealed":"x"}')
    assert request.content == b'{"sealed":"x"}'
    transport.handle_request(request)
    transport.handle_request(request)  # a retry resends the same request object
    assert sent == [(b'{"sealed":"x"}', "14")] * 2
    assert b"".join(request.stream) == b'{"sealed":"x"}'  # type: ignore[arg-type]


# -- the import-time check -------------------------------------------------------------------------


def test_layout_check_passes_on_the_installed_httpx() -> None:
    compat._check_layout()


def test_layout_check_fails_loudly_naming_the_httpx_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(httpx.Client, "cookies", property(lambda self: httpx.Cookies()))
    expected = rf"httpx {httpx.__version__} changed.*Client\._cookies"
    with pytest.raises(compat.HttpxLayoutError, match=expected):
        compat._check_layout()


def test_layout_check_names_a_header_layout_change(monkeypatch: pytest.MonkeyPatch) -> None:
    original = httpx.Headers.__init__

    def four_tuples(self: httpx.Headers, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self._list = [(*item, b"") for item in self._list]  # type: ignore[misc]

    monkeypatch.setattr(httpx.Headers, "__init__", four_tuples)
    with pytest.raises(compat.HttpxLayoutError, match=r"Headers\._list"):
        compat._check_layout()


def test_layout_check_turns_a_missing_attribute_into_a_layout_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(httpx.Request, "read", lambda self: b"")
    with pytest.raises(compat.HttpxLayoutError, match=r"Request\._content"):
        compat._check_layout()


def test_a_body_read_in_chunks_is_what_content_and_read_return() -> None:
    response = httpx.Response(200, content=b"abc")
    assert b"".join(response.iter_bytes()) == b"abc"
    compat.set_read_content(response, b"abc")
    assert response.content == b"abc"
    assert response.read() == b"abc"
    assert response.text == "abc"
