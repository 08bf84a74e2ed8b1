"""The reliability checklist across every provider in the matrix (tests/reliability/providers.py)."""

from __future__ import annotations

import logging

import httpx
import pytest

from auth_plugins.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    AuthPluginsError,
    ConflictError,
    EnvelopeError,
    RateLimitError,
    RedirectError,
    ServerError,
)
from tests.conftest import LiveSandbox
from tests.reliability.providers import Entry, entry
from tests.reliability.rawserver import raw_server
from tests.sandbox.core import Fault

NO_SLEEP = {"sleep": lambda s: None}


@pytest.mark.checklist(11, "connect refused", expected="ApiConnectionError")
def test_connect_refused(provider: str) -> None:
    with raw_server("empty") as server:
        url = server.base_url
    e: Entry = entry(provider)
    with e.client(url, **NO_SLEEP) as c, pytest.raises(ApiConnectionError):
        e.read(c)


@pytest.mark.parametrize(
    ("behaviour", "error"),
    [
        ("reset", ApiConnectionError),
        ("short", ApiConnectionError),
        ("stall", ApiTimeoutError),
        ("html", EnvelopeError),
        ("empty", EnvelopeError),
    ],
)
@pytest.mark.checklist(11, "raw-socket faults leave 0 connections open")
def test_raw_socket_faults(
    provider: str, behaviour: str, error: type[AuthPluginsError], counters: dict[str, int]
) -> None:
    e = entry(provider)
    with raw_server(behaviour) as server:
        timeout = httpx.Timeout(2.0, connect=1.0, read=0.3)
        with e.client(server.base_url, timeout=timeout, **NO_SLEEP) as c:
            with pytest.raises(error):
                e.read(c)
            counters["faults_injected"] += server.requests
        assert server.open_connections() == 0


@pytest.mark.checklist(10, "5xx after a processed write: no duplicate", expected="typed error, 1 arrival")
def test_processed_write_not_repeated_after_5xx(
    provider: str, live: LiveSandbox, counters: dict[str, int]
) -> None:
    e = entry(provider)
    live.state.push(Fault("status", status=503, after_processing=True, operation=e.write_op))
    counters["faults_injected"] += 1
    with e.client(live.base_url, **NO_SLEEP) as c:
        e.prepare(c)
        # A request id makes the retry safe: the server refuses the repeat (409), never re-processes.
        with pytest.raises((ServerError, ConflictError)):
            e.write(c)
    accepted = live.state.arrivals(e.write_op, accepted=True)
    counters["duplicates_found"] += max(0, len(accepted) - 1)
    assert len(accepted) == 1


@pytest.mark.checklist(10, "timeout after a processed write: no duplicate", expected="typed error, 1 arrival")
def test_processed_write_not_repeated_after_timeout(
    provider: str, live: LiveSandbox, counters: dict[str, int]
) -> None:
    e = entry(provider)
    live.state.push(Fault("delay", delay=1.0, after_processing=True, operation=e.write_op))
    counters["faults_injected"] += 1
    timeout = httpx.Timeout(5.0, read=0.3)
    with e.client(live.base_url, timeout=timeout, **NO_SLEEP) as c:
        e.prepare(c)
        with pytest.raises((ApiTimeoutError, ConflictError)):
            e.write(c)
    accepted = live.state.arrivals(e.write_op, accepted=True)
    counters["duplicates_found"] += max(0, len(accepted) - 1)
    assert len(accepted) == 1


@pytest.mark.checklist(9, "storm of 50 consecutive 429s", expected="RateLimitError after 3 attempts")
def test_429_storm(provider: str, live: LiveSandbox, counters: dict[str, int]) -> None:
    e = entry(provider)
    live.state.push(Fault("status", status=429, retry_after="0", times=50, operation=e.read_op))
    with e.client(live.base_url, **NO_SLEEP) as c:
        e.prepare(c)
        with pytest.raises(RateLimitError) as info:
            e.read(c)
    counters["faults_injected"] += 3
    assert info.value.retry_after == 0.0
    assert len(live.state.arrivals(e.read_op)) == 3


@pytest.mark.checklist(
    5, "cross-origin redirect is refused, nothing resent", expected="RedirectError, no request"
)
def test_cross_origin_redirect_is_refused(provider: str) -> None:
    e = entry(provider)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.invalid":
            return httpx.Response(307, headers={"Location": "https://attacker.invalid/x"})
        envelope = {"status_code": 200, "message": "Success", "trace_id": "", "data": {}}
        return httpx.Response(200, json=envelope)  # valid for envelope and plain-JSON providers

    c = e.client("https://api.invalid", transport=httpx.MockTransport(handler), **NO_SLEEP)
    with c:
        first = c.get_httpx_client().post("/anything", json={})
        assert first.status_code == 307  # redirects are off by default
        with pytest.raises(RedirectError):
            c.get_httpx_client().post("/anything", json={"password": "pw"}, follow_redirects=True)
    assert not [r for r in seen if r.url.host == "attacker.invalid"]


@pytest.mark.checklist(17, "clients raise on undocumented statuses", expected="raise_on_unexpected_status")
def test_raise_on_unexpected_status(provider: str) -> None:
    with entry(provider).client("https://api.invalid") as c:
        assert c.raise_on_unexpected_status is True


@pytest.mark.checklist(18, "timeouts never None", expected="every timeout set")
def test_timeouts_never_none(provider: str) -> None:
    with entry(provider).client("https://api.invalid") as c:
        for t in (c.get_httpx_client().timeout, c.get_async_httpx_client().timeout):
            assert None not in (t.connect, t.read, t.write, t.pool)
    with pytest.raises(ValueError, match="None"):
        entry(provider).client("https://api.invalid", timeout=httpx.Timeout(None))


@pytest.mark.checklist(4, "no secret in DEBUG logs, reprs or errors", expected="0 secrets found")
def test_no_secret_leaks(
    provider: str, live: LiveSandbox, caplog: pytest.LogCaptureFixture, counters: dict[str, int]
) -> None:
    e = entry(provider)
    caplog.set_level(logging.DEBUG)
    live.state.push(Fault("status", status=429, retry_after="0", operation=e.read_op))
    with e.client(live.base_url, **NO_SLEEP) as c:
        e.prepare(c)
        e.read(c)
        texts = [caplog.text, repr(c), str(c), repr(c.get_httpx_client()._transport)]
        live.state.push(Fault("status", status=500, times=5, operation=e.read_op))
        with pytest.raises(ServerError) as info:
            e.read(c)
        texts += [str(info.value), repr(info.value), repr(info.value.body)]
    signatures = [a.headers.get(h, "") for a in live.state.arrivals() for h in e.credential_headers]
    secrets = [s for s in (*e.secrets, *signatures) if len(s) >= 8]
    found = sum(secret in text for secret in secrets for text in texts)
    counters["secrets_found"] += found
    assert found == 0
