"""The call surface every provider shares (the kit's options), across the whole matrix."""

from __future__ import annotations

import httpx
import pytest

from auth_plugins.errors import ApiTimeoutError, ConfigurationError, RateLimitError
from tests.conftest import LiveSandbox
from tests.reliability.providers import Entry, entry
from tests.sandbox.core import Fault


@pytest.mark.parametrize("url", ["http://api.example.com", "http://10.0.0.1:8080", "http://[2001:db8::1]"])
def test_plain_http_to_a_remote_host_is_refused(provider: str, url: str) -> None:
    e: Entry = entry(provider)
    with pytest.raises(ConfigurationError, match="plain http") as info:
        e.client(url)
    for secret in e.secrets:
        assert secret not in str(info.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9", "http://127.8.9.10", "http://localhost:9", "http://[::1]:9"]
)
def test_plain_http_to_loopback_is_allowed(provider: str, url: str) -> None:
    with entry(provider).client(url):
        pass


def test_plain_http_to_a_remote_host_when_the_caller_insists(provider: str) -> None:
    with entry(provider).client("http://api.example.com", allow_insecure_http=True):
        pass


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (2.5, httpx.Timeout(2.5)),
        ((1.0, 2.0, 3.0, 4.0), httpx.Timeout(connect=1.0, read=2.0, write=3.0, pool=4.0)),
        (httpx.Timeout(7.0, connect=1.0), httpx.Timeout(7.0, connect=1.0)),
    ],
)
def test_timeout_takes_what_httpx_takes(provider: str, timeout: object, expected: httpx.Timeout) -> None:
    with entry(provider).client("https://api.example.com", timeout=timeout) as c:
        assert c.get_httpx_client().timeout == expected
        assert c.get_async_httpx_client().timeout == expected


def test_timeout_none_is_refused(provider: str) -> None:
    with pytest.raises(ValueError, match="may not be None"):
        entry(provider).client("https://api.example.com", timeout=httpx.Timeout(None))


def test_wire_hooks_see_signed_attempts_with_credentials_redacted(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    requests: list[httpx.Request] = []
    responses: list[httpx.Response] = []
    with e.client(live.base_url, on_request=requests.append, on_response=responses.append) as c:
        e.prepare(c)
        requests.clear()
        responses.clear()
        e.read(c)
    assert len(requests) == len(responses) >= 1
    sent = requests[-1]
    wire = live.state.arrivals(e.read_op)[-1].headers
    for name in e.credential_headers:
        if name in wire:  # the policy set it on the real request...
            assert sent.headers[name] == "[redacted]"  # ...and the hook saw it hidden
    for secret in e.secrets:
        assert all(secret not in v for _, v in sent.headers.multi_items())
    assert responses[-1].status_code == 200
    assert responses[-1].content


@pytest.mark.anyio
async def test_wire_hooks_async(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    seen: list[str] = []
    with e.client(live.base_url, on_request=lambda r: seen.append(r.url.path)) as c:
        e.prepare(c)
        seen.clear()
        await e.aread(c)
    assert seen
    assert seen[-1] == live.state.arrivals(e.read_op)[-1].path


def test_copies_are_signed_and_retried_like_the_original(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url, sleep=lambda s: None) as original:
        e.prepare(original)
        copies = {
            "headers": original.with_headers({"X-Trace-Copy": "abc"}),
            "timeout": original.with_timeout(httpx.Timeout(9.0)),
            "options": original.with_options(headers={"X-Trace-Copy": "def"}, timeout=8.0),
        }
        for name, copy in copies.items():
            live.state.push(Fault("status", status=429, retry_after="0", operation=e.read_op))
            before = len(live.state.arrivals(e.read_op))
            e.read(copy)
            arrivals = live.state.arrivals(e.read_op)[before:]
            assert [a.accepted for a in arrivals][-1] is True, name  # signed: the sandbox verified it
            assert len(arrivals) >= 2, name  # the 429 was retried through the same stack
        assert copies["headers"].get_httpx_client().headers["x-trace-copy"] == "abc"
        assert copies["timeout"].get_httpx_client().timeout == httpx.Timeout(9.0)
        assert copies["options"].get_httpx_client().timeout == httpx.Timeout(8.0)
        assert "x-trace-copy" not in original.get_httpx_client().headers  # the original is unchanged
        e.read(original)
        assert "x-trace-copy" not in live.state.arrivals(e.read_op)[-1].headers


def test_a_copy_with_max_retries_zero_does_not_retry(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url, sleep=lambda s: None) as original:
        e.prepare(original)
        once = original.with_options(max_retries=0)
        live.state.push(Fault("status", status=429, retry_after="0", operation=e.read_op))
        before = len(live.state.arrivals(e.read_op))
        with pytest.raises(RateLimitError):
            e.read(once)
        assert len(live.state.arrivals(e.read_op)) - before == 1
        live.state.push(Fault("status", status=429, retry_after="0", operation=e.read_op))
        e.read(original)  # the original still retries


@pytest.mark.anyio
async def test_copies_async(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url, sleep=lambda s: None) as original:
        e.prepare(original)
        copy = original.with_headers({"X-Trace-Copy": "async"})
        await e.aread(copy)
    assert live.state.arrivals(e.read_op)[-1].headers["x-trace-copy"] == "async"
    assert live.state.arrivals(e.read_op)[-1].accepted


def test_with_cookies_is_refused(provider: str) -> None:
    with (
        entry(provider).client("https://api.example.com") as c,
        pytest.raises(ConfigurationError, match="no cookie jar"),
    ):
        c.with_cookies({"a": "b"})


def test_close_closes_both_clients_and_a_closed_client_refuses(provider: str) -> None:
    e = entry(provider)
    c = e.client("https://api.example.com")
    sync_http, async_http = c.get_httpx_client(), c.get_async_httpx_client()
    c.close()
    assert sync_http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        e.read(c)
    with pytest.raises(RuntimeError, match="closed"):
        c.with_headers({"a": "b"})
    assert not async_http.is_closed  # sync close() cannot await: aclose() closes both


@pytest.mark.anyio
async def test_aclose_and_async_with_close_both(provider: str) -> None:
    e = entry(provider)
    c = e.client("https://api.example.com")
    sync_http, async_http = c.get_httpx_client(), c.get_async_httpx_client()
    await c.aclose()
    assert sync_http.is_closed
    assert async_http.is_closed
    d = e.client("https://api.example.com")
    async with d:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        await e.aread(d)


def test_closing_a_copy_leaves_the_original_working(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url) as original:
        e.prepare(original)
        copy = original.with_headers({"X-Trace-Copy": "1"})
        e.read(copy)
        copy.close()
        e.read(original)
    assert live.state.arrivals(e.read_op)[-1].accepted


def test_extra_headers_travel_through_the_stack(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url) as c:
        e.prepare(c)
        e.call(c, extra_headers={"X-Call-Trace": "t-1"})
        e.read(c)
    arrivals = live.state.arrivals(e.read_op)
    assert arrivals[-2].headers["x-call-trace"] == "t-1"
    assert arrivals[-2].accepted  # signed like any other call
    assert "x-call-trace" not in arrivals[-1].headers  # this call only


def test_a_header_the_plugin_owns_is_refused_in_extra_headers(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url) as c:
        e.prepare(c)
        before = len(live.state.arrivals())
        for name in e.credential_headers:
            with pytest.raises(ConfigurationError, match=f"may not set {name}"):
                e.call(c, extra_headers={name.title(): "forged"})
        assert len(live.state.arrivals()) == before  # nothing was sent


def test_per_call_max_retries_and_timeout(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url, sleep=lambda s: None) as c:
        e.prepare(c)
        live.state.push(Fault("status", status=429, retry_after="0", operation=e.read_op))
        before = len(live.state.arrivals(e.read_op))
        with pytest.raises(RateLimitError) as info:
            e.call(c, max_retries=0)
        assert len(live.state.arrivals(e.read_op)) - before == 1
        assert info.value.status_code == 429
        live.state.push(Fault("delay", delay=1.0, operation=e.read_op))
        with pytest.raises(ApiTimeoutError):
            e.call(c, timeout=0.2, max_retries=0)
        e.call(c)  # the client's own options are untouched


@pytest.mark.anyio
async def test_per_call_options_async(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    assert e.acall is not None
    with e.client(live.base_url, async_sleep=_no_sleep) as c:
        e.prepare(c)
        await e.acall(c, extra_headers={"X-Call-Trace": "a-1"})
        live.state.push(Fault("status", status=429, retry_after="0", operation=e.read_op))
        with pytest.raises(RateLimitError):
            await e.acall(c, max_retries=0)
        with pytest.raises(ConfigurationError):
            await e.acall(c, extra_headers={e.credential_headers[0]: "forged"})
    assert any(a.headers.get("x-call-trace") == "a-1" for a in live.state.arrivals(e.read_op))


async def _no_sleep(seconds: float) -> None:
    return None


def _is_success_model(value: object) -> bool:
    return value is not None and not type(value).__name__.endswith("Error") and hasattr(value, "to_dict")


def test_sync_returns_the_success_model(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url) as c:
        e.prepare(c)
        assert _is_success_model(e.call(c))


@pytest.mark.anyio
async def test_asyncio_returns_the_success_model(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    assert e.acall is not None
    with e.client(live.base_url) as c:
        e.prepare(c)
        assert _is_success_model(await e.acall(c))


def test_with_raise_errors_off_sync_refuses_an_error_answer(provider: str, live: LiveSandbox) -> None:
    e = entry(provider)
    with e.client(live.base_url, raise_errors=False, retries=0) as c:
        e.prepare(c)
        live.state.push(Fault("status", status=429, retry_after="0", operation=e.read_op))
        with pytest.raises(Exception, match="429") as info:
            e.call(c)
    assert type(info.value).__name__ == "UnexpectedStatus"  # the generated client's own error
