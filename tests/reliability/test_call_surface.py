"""The call surface every provider shares (the kit's options), across the whole matrix."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from auth_plugins.errors import ConfigurationError
from tests.conftest import LiveSandbox
from tests.reliability.providers import PROVIDERS, Entry, entry


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def live(provider: str) -> Iterator[LiveSandbox]:
    sandbox = LiveSandbox(provider)
    yield sandbox
    sandbox.stop()


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
