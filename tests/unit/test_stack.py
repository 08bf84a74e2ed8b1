"""The shared stack over httpx.MockTransport: retries, re-signing, idempotency, redirects, redaction."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest

from auth_plugins import payinout
from auth_plugins._core import FrozenClock, RetryPolicy
from auth_plugins._core._envelope import DECODED_JSON_KEY, rejected
from auth_plugins._core._outcome import Outcome
from auth_plugins.errors import (
    ApiConnectionError,
    BadRequestError,
    EnvelopeError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ServerError,
)

SECRET = "s3cr3t-signing-key"
CREDS = payinout.Credentials(token="pk_tok_visible_only_to_server", email="m@x.example", secret=SECRET)
BASE = "https://pay.invalid"

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # Snapshot: the stack re-signs the same Request object on every attempt.
        self.requests.append(
            httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.read())
        )
        item = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(item, Exception):
            raise item
        return item


def _client(rec: Recorder, clock: FrozenClock, sleeps: list[float], **kw: Any) -> httpx.Client:
    def sleep(s: float) -> None:
        sleeps.append(s)
        clock.advance(s)

    t = payinout.transport(
        CREDS, base_url=BASE, clock=clock, inner=httpx.MockTransport(rec), sleep=sleep, **kw
    )
    return httpx.Client(transport=t, base_url=BASE)


@pytest.mark.checklist(6, "retry carries fresh timestamp+signature, same body", expected="re-signed")
def test_429_retried_with_fresh_signature() -> None:
    rec = Recorder(
        httpx.Response(429, json={"code": "rate_limited", "message": "slow"}, headers={"Retry-After": "2"}),
        httpx.Response(200, json={"id": "pi_1"}),
    )
    clock, sleeps = FrozenClock(), list[float]()
    with _client(rec, clock, sleeps) as c:
        assert c.post("/api/payin/create", json={"order_id": "o1"}).json() == {"id": "pi_1"}
    first, second = rec.requests
    assert sleeps == [2.0]
    assert int(second.headers["X-App-Access-Ts"]) == int(first.headers["X-App-Access-Ts"]) + 2
    assert second.headers["X-App-Access-Sig"] == payinout.sign(
        second.headers["X-App-Access-Ts"], CREDS.email, SECRET
    )
    assert second.headers["X-App-Access-Sig"] != first.headers["X-App-Access-Sig"]
    assert first.content == second.content


@pytest.mark.checklist(7, "attempts equal the configured count", expected="4 attempts")
def test_attempts_equal_configured_count_and_error_is_typed() -> None:
    rec = Recorder(httpx.Response(429, json={"message": "slow"}, headers={"Retry-After": "0"}))
    with _client(rec, FrozenClock(), [], retries=3) as c, pytest.raises(RateLimitError) as info:
        c.post("/api/payin/create", json={})
    assert len(rec.requests) == 4
    assert info.value.retry_after == 0.0


def test_400_not_retried() -> None:
    rec = Recorder(
        httpx.Response(400, json={"code": "validation_error", "message": "amount must be positive"})
    )
    with (
        _client(rec, FrozenClock(), []) as c,
        pytest.raises(BadRequestError, match="amount must be positive"),
    ):
        c.post("/api/payin/create", json={})
    assert len(rec.requests) == 1


def test_500_on_payment_creation_is_not_retried() -> None:
    rec = Recorder(httpx.Response(500, json={"message": "boom"}))
    with _client(rec, FrozenClock(), []) as c, pytest.raises(ServerError):
        c.post("/api/payout/create", json={})
    assert len(rec.requests) == 1


def test_500_on_idempotent_read_is_retried() -> None:
    rec = Recorder(httpx.Response(500, json={"message": "boom"}), httpx.Response(200, json={"balances": []}))
    sleeps: list[float] = []
    with _client(rec, FrozenClock(), sleeps) as c:
        c.post("/api/balance", json={})
    assert len(rec.requests) == 2
    assert len(sleeps) == 1
    assert 0.375 <= sleeps[0] <= 0.5


def test_500_with_idempotency_key_is_retried() -> None:
    rec = Recorder(httpx.Response(502, json={"message": "boom"}), httpx.Response(200, json={"id": "x"}))
    with _client(rec, FrozenClock(), []) as c:
        c.post("/api/payin/create", json={}, headers={"Idempotency-Key": "k1"})
    assert [r.headers["Idempotency-Key"] for r in rec.requests] == ["k1", "k1"]


def test_connect_error_retried_then_typed() -> None:
    req = httpx.Request("POST", BASE)
    rec = Recorder(httpx.ConnectError("refused", request=req))
    with _client(rec, FrozenClock(), []) as c, pytest.raises(ApiConnectionError):
        c.post("/api/payin/create", json={})
    assert len(rec.requests) == 3


def test_read_timeout_on_payment_not_retried() -> None:
    req = httpx.Request("POST", BASE)
    rec = Recorder(httpx.ReadTimeout("slow", request=req))
    with _client(rec, FrozenClock(), []) as c, pytest.raises(ApiConnectionError):
        c.post("/api/payin/create", json={})
    assert len(rec.requests) == 1


def test_html_on_200_is_typed_error() -> None:
    rec = Recorder(
        httpx.Response(200, text="<html>maintenance</html>", headers={"content-type": "text/html"})
    )
    with _client(rec, FrozenClock(), []) as c, pytest.raises(EnvelopeError, match="expected a JSON body"):
        c.post("/api/balance", json={})


def test_raise_errors_off_returns_response() -> None:
    rec = Recorder(httpx.Response(400, json={"code": "validation_error", "message": "bad"}))
    with _client(rec, FrozenClock(), [], raise_errors=False) as c:
        assert c.post("/api/payin/create", json={}).status_code == 400


@pytest.mark.checklist(14, "server clock 120 s ahead", expected="offset applied, 1 resend")
def test_401_with_skewed_server_clock_resigns_once() -> None:
    clock = FrozenClock(start=1_767_225_600.0)
    server_date = "Thu, 01 Jan 2026 00:02:00 GMT"  # 120 s ahead of the frozen clock
    rec = Recorder(
        httpx.Response(401, json={"message": "X-App-Access-Ts expired"}, headers={"Date": server_date}),
        httpx.Response(200, json={"balances": []}),
    )
    with _client(rec, clock, []) as c:
        c.post("/api/balance", json={})
    first, second = rec.requests
    assert int(second.headers["X-App-Access-Ts"]) - int(first.headers["X-App-Access-Ts"]) == 120


def test_401_without_skew_is_not_resent() -> None:
    rec = Recorder(httpx.Response(401, json={"message": "Signature mismatch"}))
    with _client(rec, FrozenClock(), []) as c, pytest.raises(Exception, match="Signature mismatch"):
        c.post("/api/balance", json={})
    assert len(rec.requests) == 1


def test_cross_origin_request_is_not_signed() -> None:
    rec = Recorder(httpx.Response(200, json={}))
    with _client(rec, FrozenClock(), []) as c:
        c.post("https://evil.invalid/api/balance", json={}, headers={"Authorization": "Bearer leaked?"})
    (req,) = rec.requests
    for header in ("X-App-Token", "X-App-Access-Ts", "X-App-Access-Sig", "Authorization"):
        assert header not in req.headers


def test_redirect_not_followed_by_default_and_refused_across_origins() -> None:
    rec = Recorder(httpx.Response(302, headers={"Location": "https://evil.invalid/steal"}))
    with _client(rec, FrozenClock(), []) as c:
        assert c.post("/api/balance", json={}).status_code == 302
        with pytest.raises(RedirectError, match="another origin"):
            c.post("/api/balance", json={}, follow_redirects=True)
    assert all(r.url.host == "pay.invalid" for r in rec.requests)


@pytest.mark.parametrize("location", ["https://evil.invalid/login", "http://pay.invalid/api/login"])
def test_307_to_another_origin_never_resends_the_body(location: str) -> None:
    """Issue 22 #8: a 307 resends the body (a password) as it is; to another origin it is refused."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "pay.invalid" and request.url.scheme == "https":
            return httpx.Response(307, headers={"Location": location})
        return httpx.Response(200, json={})

    seen: list[httpx.Request] = []

    def recording(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    t = payinout.transport(CREDS, base_url=BASE, clock=FrozenClock(), inner=httpx.MockTransport(recording))
    with httpx.Client(transport=t, base_url=BASE) as c, pytest.raises(RedirectError):
        c.post("/api/login", json={"password": "hunter2-secret"}, follow_redirects=True)
    assert [r.url.host for r in seen] == ["pay.invalid"]
    assert seen[0].url.scheme == "https"


def test_same_origin_redirect_is_still_followed_and_signed() -> None:
    rec = Recorder(
        httpx.Response(307, headers={"Location": "https://pay.invalid/api/balance2"}),
        httpx.Response(200, json={}),
    )
    with _client(rec, FrozenClock(), []) as c:
        assert c.post("/api/balance", json={}, follow_redirects=True).status_code == 200
    assert [r.url.path for r in rec.requests] == ["/api/balance", "/api/balance2"]
    assert all("X-App-Access-Sig" in r.headers for r in rec.requests)


def test_no_secret_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    rec = Recorder(httpx.Response(429, json={"message": "slow"}, headers={"Retry-After": "0"}))
    caplog.set_level(logging.DEBUG)
    with _client(rec, FrozenClock(), []) as c:
        with pytest.raises(RateLimitError) as info:
            c.post("/api/payin/create", json={})
        texts = [caplog.text, repr(info.value), str(info.value), repr(c._transport), repr(CREDS)]
    sig = rec.requests[0].headers["X-App-Access-Sig"]
    for text in texts:
        for secret in (SECRET, sig, CREDS.token):
            assert secret not in text


def test_origin_cache_does_not_leak_credentials_after_a_same_origin_call() -> None:
    rec = Recorder(httpx.Response(200, json={}))
    with _client(rec, FrozenClock(), []) as c:
        c.post("/api/balance", json={})
        c.post("https://evil.invalid/api/balance", json={})
        c.post("http://pay.invalid/api/balance", json={})  # same host, other scheme: other origin
        c.post("https://pay.invalid:8443/api/balance", json={})  # other port
        c.post("/api/balance", json={})
    signed = ["X-App-Access-Sig" in r.headers for r in rec.requests]
    assert signed == [True, False, False, False, True]


def test_a_success_body_is_decoded_once_and_handed_to_the_generated_client() -> None:
    from decimal import Decimal

    from payinout_client.types import parse_response_json

    rec = Recorder(httpx.Response(200, content=b'{"balance": 10000.00, "items": [1]}'))
    with _client(rec, FrozenClock(), []) as c:
        response = c.post("/api/balance", json={})
    decoded = response.extensions[DECODED_JSON_KEY]
    assert str(decoded["balance"]) == "10000.00"  # decoded as the generated client decodes: Decimal
    assert parse_response_json(response) is decoded  # taken over, not parsed again...
    assert DECODED_JSON_KEY not in response.extensions  # ...and only once
    again = parse_response_json(response)
    assert again == decoded
    assert again is not decoded
    assert again["balance"] == Decimal("10000.00")


async def _chunks(body: bytes) -> AsyncIterator[bytes]:
    yield body[:5]
    yield body[5:]


def _answer(streamed: bool, asynchronous: bool = False) -> httpx.Response:
    """A body streamed in chunks (as from a socket), or built in memory (`content=` bytes)."""
    body = b'{"balance": "1.00"}'
    if not streamed:
        return httpx.Response(200, content=body)
    return httpx.Response(200, content=_chunks(body) if asynchronous else iter([body[:5], body[5:]]))


def _elapsed(response: httpx.Response) -> timedelta | None:
    try:
        return response.elapsed
    except RuntimeError:  # httpx: not read or closed through the client's own stream
        return None


@pytest.mark.parametrize("hooked", [False, True], ids=["no-hook", "on_response"])
@pytest.mark.parametrize("cap", [None, 1024], ids=["no-cap", "cap"])
@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "in-memory"])
def test_responses_have_elapsed_as_httpx_gives_it(streamed: bool, cap: int | None, hooked: bool) -> None:
    """httpx sets `elapsed` when it closes the stream it wrapped, and a stacked response is read
    below it: the stack sets it for a streamed body (every real connection's), also when a wire
    hook (`on_response`) is the one that reads it. A body a transport built in memory has none,
    through plain httpx as through the stack."""
    plain = httpx.Client(transport=httpx.MockTransport(lambda r: _answer(streamed)), base_url=BASE)
    expected = _elapsed(plain.post("/api/balance", json={})) is not None
    assert expected is streamed
    seen: list[httpx.Response] = []
    options: dict[str, Any] = dict(
        base_url=BASE,
        clock=FrozenClock(),
        policy=RetryPolicy(max_response_bytes=cap),
        on_response=seen.append if hooked else None,
    )
    sync = payinout.transport(CREDS, inner=httpx.MockTransport(lambda r: _answer(streamed)), **options)
    with httpx.Client(transport=sync, base_url=BASE) as c:
        found = [_elapsed(c.post("/api/balance", json={}))]

    async def run() -> timedelta | None:
        async def answer(request: httpx.Request) -> httpx.Response:
            return _answer(streamed, asynchronous=True)

        t = payinout.async_transport(CREDS, inner=httpx.MockTransport(answer), **options)
        async with httpx.AsyncClient(transport=t, base_url=BASE) as c:
            return _elapsed(await c.post("/api/balance", json={}))

    found.append(asyncio.run(run()))
    assert [e is not None for e in found] == [expected, expected]
    assert all(e >= timedelta(0) for e in found if e is not None)
    assert len(seen) == (2 if hooked else 0)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_wire_hook_reads_the_body_within_the_cap(asynchronous: bool) -> None:
    """`on_response` needs the body read below the retry loop: it is read there within the cap, and
    a body past the cap is refused before the hook sees it."""
    seen: list[httpx.Response] = []
    options: dict[str, Any] = dict(
        base_url=BASE,
        clock=FrozenClock(),
        policy=RetryPolicy(max_response_bytes=8),
        on_response=seen.append,
    )
    if not asynchronous:
        t = payinout.transport(CREDS, inner=httpx.MockTransport(lambda r: _answer(streamed=True)), **options)
        with httpx.Client(transport=t, base_url=BASE) as c, pytest.raises(ResponseTooLargeError):
            c.post("/api/balance", json={})
    else:

        async def run() -> None:
            async def answer(request: httpx.Request) -> httpx.Response:
                return _answer(streamed=True, asynchronous=True)

            t = payinout.async_transport(CREDS, inner=httpx.MockTransport(answer), **options)
            async with httpx.AsyncClient(transport=t, base_url=BASE) as c:
                await c.post("/api/balance", json={})

        with pytest.raises(ResponseTooLargeError):
            asyncio.run(run())
    assert seen == []


@pytest.mark.parametrize("elapsed", [timedelta(milliseconds=12), None])
def test_an_envelope_status_rewrite_keeps_the_elapsed_time(elapsed: timedelta | None) -> None:
    read = httpx.Response(200, content=b'{"status_code": 404}', request=httpx.Request("GET", BASE))
    if elapsed is not None:
        read.elapsed = elapsed
    rewritten = rejected(read, Outcome(status=404, ok=False), rewrite=True)
    assert rewritten.status_code == 404
    assert _elapsed(rewritten) == elapsed


def test_error_body_is_not_handed_over_as_success() -> None:
    rec = Recorder(httpx.Response(400, json={"message": "bad amount"}))
    with _client(rec, FrozenClock(), [], raise_errors=False) as c:
        response = c.post("/api/balance", json={})
    assert response.status_code == 400
    assert DECODED_JSON_KEY not in response.extensions
    assert response.json() == {"message": "bad amount"}


def test_a_policy_without_its_own_prepare_is_not_called_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """payinout keeps AuthPolicy's `prepare`, which does nothing: the stack skips it, sync and async."""
    from auth_plugins._core._signing import AuthPolicy

    def refuse(self: AuthPolicy, request: httpx.Request, op: object) -> None:
        raise AssertionError("AuthPolicy.prepare was called")

    monkeypatch.setattr(AuthPolicy, "prepare", refuse)
    rec = Recorder(httpx.Response(200, json={}))
    with _client(rec, FrozenClock(), []) as c:
        assert c.post("/api/balance", json={}).status_code == 200

    arec = Recorder(httpx.Response(200, json={}))

    async def call() -> int:
        inner = httpx.MockTransport(arec)
        t = payinout.async_transport(CREDS, base_url=BASE, clock=FrozenClock(), inner=inner)
        async with httpx.AsyncClient(transport=t, base_url=BASE) as ac:
            return (await ac.post("/api/balance", json={})).status_code

    import asyncio

    assert asyncio.run(call()) == 200
    assert all("X-App-Access-Sig" in r.headers for r in rec.requests + arec.requests)


def test_routes_are_remembered_per_origin_and_path_within_a_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """A route (operation, and whether it is signed) is decided once per method, origin and path;
    the memory of them is emptied when full, and a route decided again answers the same."""
    from auth_plugins._core import _retry

    monkeypatch.setattr(_retry, "_ROUTES", 3)
    rec = Recorder(httpx.Response(200, json={}))
    urls = [f"/api/balance?n={i}" for i in range(2)] + ["https://evil.invalid/api/balance"]
    urls += [f"/api/payout/{i}" for i in range(4)] + ["https://evil.invalid/api/balance", "/api/balance"]
    with _client(rec, FrozenClock(), []) as c:
        for url in urls:
            c.post(url, json={})
        routes = c._transport._routes  # type: ignore[attr-defined]
        assert 0 < len(routes) <= 3
    signed = ["X-App-Access-Sig" in r.headers for r in rec.requests]
    assert signed == [True, True, False, True, True, True, True, False, True]
