"""The htp stack over httpx.MockTransport: token life cycle, envelopes, logout and encryption.

`MockHtp` is a minimal HTP server: it checks X-Signature, issues numbered tokens, enforces Bearer
on the spec's protected operations and opens encrypted wrappers. Time is a FrozenClock and
retries never sleep.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
from collections import deque
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from auth_plugins import htp
from auth_plugins._core import FrozenClock, Token
from auth_plugins.errors import (
    AuthenticationError,
    EncryptionError,
    EnvelopeError,
    NotFoundError,
    RateLimitError,
)
from auth_plugins.htp._crypto import CipherSuite

AGENT = "3f8e2b1c-7d4a-4e6f-9a0b-1c2d3e4f5a6b"
SECRET = "unit-agent-secret"
RATE = "/api/v1/agent/top-up-rate"  # a protected agent operation (connect token)
USER_TOKEN = "user-tok-1"
BASE = "https://htp.invalid"
ORDER = {"amount": 100, "currency": "USD", "network": "TRC20", "pay_currency": "USDT"}


def envelope(status: int = 200, data: Any = None, message: str = "Success", trace_id: str = "") -> Any:
    return {"trace_id": trace_id, "status_code": status, "message": message, "data": data}


class MockHtp:
    def __init__(self, *, expires_in: int = 3600) -> None:
        self.expires_in = expires_in
        self.requests: list[httpx.Request] = []
        self.issued: list[str] = []
        self.valid: set[str] = {USER_TOKEN}  # a signed-in user's token (`signed_in()`)
        self.queued: dict[str, deque[tuple[Any, dict[str, str]]]] = {}
        self.server_key = CipherSuite.generate_private_key()
        self.sessions: dict[str, CipherSuite] = {}
        self.opened: list[bytes] = []
        self.server_pub_override: list[int] | None = None
        self.handshakes = 0
        self.lock = threading.Lock()

    def queue(self, path: str, body: Any, headers: dict[str, str] | None = None, times: int = 1) -> None:
        for _ in range(times):
            self.queued.setdefault(path, deque()).append((body, headers or {}))

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            # A copy: the stack resends the same Request object with new headers or body.
            self.requests.append(
                httpx.Request(
                    request.method, request.url, headers=request.headers.copy(), content=request.content
                )
            )
            path = request.url.path
            if self.queued.get(path):
                body, headers = self.queued[path].popleft()
                return httpx.Response(200, json=body, headers=headers)
            if path == htp.CONNECT_TOKEN_PATH:
                return self._token(request)
            if path == htp.KEY_PAIR_PATH:
                return self._key_pair(request)
            op = htp.provider.operations.match(request.method, path)
            if op is not None and not op.public:
                scheme, _, token = request.headers.get("authorization", "").partition(" ")
                if scheme != "Bearer" or token not in self.valid:
                    return httpx.Response(200, json=envelope(401, None, "Authentication required", "t-401"))
            if op is not None and op.encrypted_body and request.content:
                wrapper = json.loads(request.content)
                if "key_version" in wrapper:
                    suite = self.sessions.get(wrapper["key_version"])
                    if suite is None:
                        return httpx.Response(200, json=envelope(401, None, "unknown key_version", "t-kv"))
                    self.opened.append(suite.decrypt(wrapper))
            status = 201 if path == "/api/v1/auth/register" else 200
            return httpx.Response(status, json=envelope(status, {"path": path}))

    def _token(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("x-signature") != htp.connect_signature(request.content, SECRET):
            return httpx.Response(200, json=envelope(401, None, "Invalid signature", "t-sig"))
        token = f"tok-{len(self.issued) + 1}"
        self.issued.append(token)
        self.valid.add(token)
        data = {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}
        return httpx.Response(200, json=envelope(200, data))

    def _key_pair(self, request: httpx.Request) -> httpx.Response:
        client_pub = base64.b64decode(json.loads(request.content)["key"])
        self.handshakes += 1
        key_version = f"kv-{self.handshakes}"
        self.sessions[key_version] = CipherSuite(self.server_key, client_pub, key_version)
        pub = self.server_pub_override or list(CipherSuite.public_key(self.server_key))
        return httpx.Response(200, json=envelope(200, {"server_pub_key": pub, "key_version": key_version}))


@pytest.fixture
def server() -> MockHtp:
    return MockHtp()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


CREDS = htp.Credentials(agent_id=AGENT, agent_secret=SECRET, device_id="dev-1")


def signed_in(clock: FrozenClock | None = None) -> htp.UserSession:
    """A user session whose access token `MockHtp` accepts (user operations: orders, cards...)."""
    data = {"access_token": USER_TOKEN, "refresh_token": "rt-user", "expires_in": 86400}
    return htp.UserSession.adopt(data, clock=clock)


def _client(server: MockHtp, clock: FrozenClock, **kw: Any) -> httpx.Client:
    kw.setdefault("user", signed_in(clock))
    t = htp.transport(
        CREDS,
        base_url=BASE,
        clock=clock,
        inner=httpx.MockTransport(server.handler),
        sleep=lambda s: None,
        **kw,
    )
    return httpx.Client(transport=t, base_url=BASE)


def _aclient(server: MockHtp, clock: FrozenClock, **kw: Any) -> httpx.AsyncClient:
    async def no_sleep(seconds: float) -> None:
        return None

    kw.setdefault("user", signed_in(clock))
    t = htp.async_transport(
        CREDS,
        base_url=BASE,
        clock=clock,
        inner=httpx.MockTransport(server.handler),
        async_sleep=no_sleep,
        **kw,
    )
    return httpx.AsyncClient(transport=t, base_url=BASE)


# -- token life cycle ----------------------------------------------------------------------------


def test_token_issued_once_and_reused(server: MockHtp, clock: FrozenClock) -> None:
    with _client(server, clock) as c:
        for _ in range(3):
            assert c.get(RATE).json()["status_code"] == 200
    assert server.count(htp.CONNECT_TOKEN_PATH) == 1
    assert htp.token_store(CREDS, base_url=BASE, clock=clock).current == Token("tok-1", clock.now() + 3600)


@pytest.mark.checklist(13, "htp proactive refresh at leeway", expected="renewed at leeway")
def test_token_renewed_within_leeway(server: MockHtp, clock: FrozenClock) -> None:
    with _client(server, clock) as c:
        c.get(RATE)
        clock.advance(3600 - 61)  # 61 s left: still good
        c.get(RATE)
        assert server.issued == ["tok-1"]
        clock.advance(2)  # 59 s left: inside the 60 s leeway
        c.get(RATE)
    assert server.issued == ["tok-1", "tok-2"]
    assert server.requests[-1].headers["Authorization"] == "Bearer tok-2"


@pytest.mark.checklist(14, "htp envelope 401 on a protected call", expected="one re-issue and resend")
def test_envelope_401_reissues_once_and_resends(server: MockHtp, clock: FrozenClock) -> None:
    with _client(server, clock) as c:
        c.get(RATE)
        server.valid.clear()  # the server forgot tok-1 (revoked / expired early)
        assert c.get(RATE).json()["status_code"] == 200
    assert server.paths()[2:] == [
        RATE,
        htp.CONNECT_TOKEN_PATH,
        RATE,
    ]
    assert [r.headers["Authorization"] for r in server.requests[2::2]] == ["Bearer tok-1", "Bearer tok-2"]


def test_second_401_raises_with_message_and_trace_id(server: MockHtp, clock: FrozenClock) -> None:
    server.queue(
        RATE,
        envelope(401, None, "Authentication required", "2a6d1a45d8c9402d"),
        times=2,
    )
    with _client(server, clock) as c, pytest.raises(AuthenticationError) as info:
        c.get(RATE)
    assert info.value.status_code == 401
    assert info.value.message == "Authentication required"
    assert info.value.trace_id == "2a6d1a45d8c9402d"
    assert server.count(RATE) == 2
    assert server.count(htp.CONNECT_TOKEN_PATH) == 2


def test_401_on_public_route_is_not_retried(server: MockHtp, clock: FrozenClock) -> None:
    server.queue("/api/v1/info", envelope(401, None, "Authentication required", "t"))
    with _client(server, clock) as c, pytest.raises(AuthenticationError):
        c.get("/api/v1/info")
    assert server.paths() == ["/api/v1/info"]


def test_refused_issuance_raises_and_sends_nothing_else(server: MockHtp, clock: FrozenClock) -> None:
    bad = htp.Credentials(agent_id=AGENT, agent_secret="wrong-secret-value")
    t = htp.transport(bad, base_url=BASE, clock=clock, inner=httpx.MockTransport(server.handler))
    with httpx.Client(transport=t, base_url=BASE) as c, pytest.raises(AuthenticationError) as info:
        c.get(RATE)
    assert info.value.message == "Invalid signature"
    assert server.paths() == [htp.CONNECT_TOKEN_PATH]
    assert "wrong-secret-value" not in str(info.value) + repr(info.value)


@pytest.mark.parametrize(
    "data",
    [None, {"token_type": "Bearer", "expires_in": 60}, {"access_token": "t", "expires_in": "soon"}],
    ids=["no-data", "no-token", "bad-expiry"],
)
def test_malformed_token_answer_is_envelope_error(server: MockHtp, clock: FrozenClock, data: Any) -> None:
    server.queue(htp.CONNECT_TOKEN_PATH, envelope(200, data))
    with _client(server, clock) as c, pytest.raises(EnvelopeError):
        c.get(RATE)


def test_store_shared_per_credentials_and_base_url(server: MockHtp, clock: FrozenClock) -> None:
    with _client(server, clock) as a, _client(server, clock) as b:
        a.get(RATE)
        b.get("/api/v1/settings")
    assert server.count(htp.CONNECT_TOKEN_PATH) == 1
    assert htp.token_store(CREDS, base_url=BASE + "/", clock=clock) is htp.token_store(
        CREDS, base_url=BASE, clock=clock
    )
    assert htp.token_store(CREDS, base_url="https://other.invalid", clock=clock) is not htp.token_store(
        CREDS, base_url=BASE, clock=clock
    )
    other_device = htp.Credentials(agent_id=AGENT, agent_secret=SECRET, device_id="dev-2")
    assert htp.token_store(other_device, base_url=BASE, clock=clock) is not htp.token_store(
        CREDS, base_url=BASE, clock=clock
    )


@pytest.mark.checklist(13, "htp: 20 threads on an expired connect token", expected="1 issuance")
def test_twenty_threads_one_issuance(server: MockHtp, clock: FrozenClock) -> None:
    barrier = threading.Barrier(20, timeout=30)
    results: list[int] = []

    with _client(server, clock) as c:
        c.get(RATE)
        clock.advance(3600)

        def call() -> None:
            barrier.wait()
            results.append(c.get(RATE).json()["status_code"])

        threads = [threading.Thread(target=call, daemon=True) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not any(t.is_alive() for t in threads)
    assert results == [200] * 20
    assert server.issued == ["tok-1", "tok-2"]


@pytest.mark.anyio
async def test_async_token_flow_and_401(server: MockHtp, clock: FrozenClock) -> None:
    async with _aclient(server, clock) as c:
        await c.get(RATE)
        server.valid.clear()
        clock.advance(10)
        results = await asyncio.gather(*(c.get(RATE) for _ in range(20)))
    assert {r.json()["status_code"] for r in results} == {200}
    assert server.issued == ["tok-1", "tok-2"]


# -- logout --------------------------------------------------------------------------------------


def test_successful_logout_forgets_the_token(server: MockHtp, clock: FrozenClock) -> None:
    store = htp.token_store(CREDS, base_url=BASE, clock=clock)
    with _client(server, clock) as c:
        c.get(RATE)
        assert store.current is not None
        response = c.post("/api/v1/auth/logout", json={})
        assert "authorization" not in response.request.headers
        assert store.current is None
        c.get(RATE)
    assert server.issued == ["tok-1", "tok-2"]


def test_failed_logout_keeps_the_token(server: MockHtp, clock: FrozenClock) -> None:
    server.queue("/api/v1/auth/logout", envelope(400, None, "Invalid request parameters", "t"))
    store = htp.token_store(CREDS, base_url=BASE, clock=clock)
    with _client(server, clock) as c:
        c.get(RATE)
        with pytest.raises(Exception, match="Invalid request parameters"):
            c.post("/api/v1/auth/logout", json={})
        assert store.current is not None
        assert store.current.value == "tok-1"


@pytest.mark.anyio
async def test_async_logout_forgets_the_token(server: MockHtp, clock: FrozenClock) -> None:
    store = htp.token_store(CREDS, base_url=BASE, clock=clock)
    async with _aclient(server, clock) as c:
        await c.get(RATE)
        await c.post("/api/v1/auth/logout", json={})
        assert store.current is None


# -- envelopes through the htp profile -----------------------------------------------------------


@pytest.mark.checklist(12, "htp envelope 404 on HTTP 200", expected="NotFoundError")
def test_envelope_error_in_http_200_is_typed(server: MockHtp, clock: FrozenClock) -> None:
    server.queue("/api/v1/cards/c1", envelope(404, None, "Resource not found", "trace-404"))
    with _client(server, clock) as c, pytest.raises(NotFoundError) as info:
        c.get("/api/v1/cards/c1")
    assert (info.value.status_code, info.value.message, info.value.trace_id) == (
        404,
        "Resource not found",
        "trace-404",
    )


@pytest.mark.checklist(12, "htp envelope status_code missing/str/bool", expected="EnvelopeError")
@pytest.mark.parametrize(
    "body",
    [{"message": "ok", "data": {}}, {"status_code": "200", "data": {}}, {"status_code": True}, [1, 2]],
    ids=["missing", "string", "bool", "not-object"],
)
def test_envelope_without_integer_status_is_envelope_error(
    server: MockHtp, clock: FrozenClock, body: Any
) -> None:
    server.queue("/api/v1/countries", body)
    with _client(server, clock) as c, pytest.raises(EnvelopeError):
        c.get("/api/v1/countries")


def test_201_is_success(server: MockHtp, clock: FrozenClock) -> None:
    with _client(server, clock) as c:
        response = c.post("/api/v1/auth/register", json={"email": "a@b.c"})
    assert response.status_code == 201
    assert response.json()["status_code"] == 201


def test_raise_errors_false_rewrites_http_status(server: MockHtp, clock: FrozenClock) -> None:
    server.queue("/api/v1/cards/c1", envelope(404, None, "Resource not found", "trace-404"))
    with _client(server, clock, raise_errors=False) as c:
        response = c.get("/api/v1/cards/c1")
    assert response.status_code == 404
    assert response.json()["message"] == "Resource not found"


def test_envelope_429_is_retried_then_gives_up(server: MockHtp, clock: FrozenClock) -> None:
    server.queue(
        "/api/v1/countries", envelope(429, None, "Too many requests", "t"), {"Retry-After": "1"}, times=1
    )
    with _client(server, clock) as c:
        assert c.get("/api/v1/countries").json()["status_code"] == 200
    server.queue(
        "/api/v1/countries", envelope(429, None, "Too many requests", "t"), {"Retry-After": "2"}, times=3
    )
    with _client(server, clock) as c, pytest.raises(RateLimitError) as info:
        c.get("/api/v1/countries")
    assert info.value.retry_after == 2.0
    assert server.count("/api/v1/countries") == 2 + 3


# -- encryption ----------------------------------------------------------------------------------


def _wire(request: httpx.Request) -> dict[str, Any]:
    body = json.loads(request.content)
    assert isinstance(body, dict)
    return body


def test_encrypted_write_is_a_wrapper_and_opens(server: MockHtp, clock: FrozenClock) -> None:
    with _client(server, clock, encrypt=True) as c:
        c.post("/api/v1/payment-orders", json=ORDER)
        c.post("/api/v1/payment-orders", json=ORDER)
    order_requests = [r for r in server.requests if r.url.path == "/api/v1/payment-orders"]
    for request in order_requests:
        wire = _wire(request)
        assert sorted(wire) == ["data", "key_version", "salt"]
        assert wire["key_version"] == "kv-1"
        assert b"TRC20" not in request.content
        assert request.headers["Content-Length"] == str(len(request.content))
    assert _wire(order_requests[0])["data"] != _wire(order_requests[1])["data"]
    assert [json.loads(p) for p in server.opened] == [ORDER, ORDER]
    assert server.count(htp.KEY_PAIR_PATH) == 1  # one handshake per client


def test_handshake_sends_a_base64_x25519_key_and_identity_headers(
    server: MockHtp, clock: FrozenClock
) -> None:
    with _client(server, clock, encrypt=True) as c:
        c.post("/api/v1/pin/verify", json={"pin": "123456"})
    (handshake,) = [r for r in server.requests if r.url.path == htp.KEY_PAIR_PATH]
    assert len(base64.b64decode(_wire(handshake)["key"], validate=True)) == 32
    assert handshake.headers["Device-ID"] == "dev-1"
    assert "authorization" not in handshake.headers


def test_unmarked_operations_and_plain_clients_stay_plain(server: MockHtp, clock: FrozenClock) -> None:
    request_body = {"cardholder_id": "ch_1", "card_product_id": "cp_1", "card_type": "virtual"}
    with _client(server, clock, encrypt=True) as c:
        c.post("/api/v1/card-requests", json=request_body)  # not x-encrypted-body in the spec
        c.get(RATE)
    with _client(server, clock) as c:
        c.post("/api/v1/payment-orders", json=ORDER)  # encryption off
    assert server.count(htp.KEY_PAIR_PATH) == 0
    (sent,) = [r for r in server.requests if r.url.path == "/api/v1/card-requests"]
    assert _wire(sent) == request_body
    assert _wire(server.requests[-1]) == ORDER


def test_a_body_that_already_is_a_wrapper_is_sent_as_is(server: MockHtp, clock: FrozenClock) -> None:
    wrapper = {"key_version": "mine", "salt": "c2FsdA==", "data": "ZGF0YQ=="}
    server.queue("/api/v1/payment-orders", envelope(200, {}))
    with _client(server, clock, encrypt=True) as c:
        c.post("/api/v1/payment-orders", json=wrapper)
        # The server does not know the caller's key_version: neither a handshake nor a new
        # token can repair that, so the error is raised after one attempt.
        with pytest.raises(AuthenticationError, match="unknown key_version"):
            c.post("/api/v1/payment-orders", json=wrapper)
    assert _wire(server.requests[-1]) == wrapper
    assert server.count(htp.KEY_PAIR_PATH) == 0
    assert server.count("/api/v1/payment-orders") == 2
    assert server.count(htp.CONNECT_TOKEN_PATH) == 0  # a user operation: the user's token; kept


@pytest.mark.parametrize(
    "body",
    [
        b'{"key_version":"mine","salt":"c2FsdA==","data":"ZGF0YQ=="}',
        b'{"key\\u005fversion":"mine","salt":"c2FsdA==","data":"ZGF0YQ=="}',  # an escaped name
        b'{"data":"ZGF0YQ==","salt":"c2FsdA==","\\u006bey_version":"mine","extra":1}',
    ],
)
def test_a_wrapper_is_recognised_however_its_names_are_written(body: bytes) -> None:
    from auth_plugins.htp._wrapper import is_wrapper_body

    assert is_wrapper_body(body)


@pytest.mark.parametrize(
    "body",
    [
        b'{"amount":100,"currency":"USD"}',
        b'{"key_version":1,"salt":"c2FsdA==","data":"ZGF0YQ=="}',  # not three strings
        b'{"note":"say \\"key_version\\""}',
        b"not json, key_version",
        b"[]",
    ],
)
def test_other_bodies_are_not_wrappers(body: bytes) -> None:
    from auth_plugins.htp._wrapper import is_wrapper_body

    assert not is_wrapper_body(body)


@pytest.mark.parametrize("key_version", ["c2f1d9a4", 'k"\\1', "版本\u2028"])
def test_the_bare_wrapper_is_written_as_the_generic_encoder_writes_it(key_version: str) -> None:
    from auth_plugins.htp._wrapper import _dumps, seal_body

    wrapper = {"key_version": key_version, "salt": "c2FsdA==", "data": "ZGF0YQ=="}
    wire = seal_body(b'{"amount":100}', lambda payload: wrapper)
    assert wire == _dumps(wrapper)
    assert json.loads(wire) == wrapper


def test_clear_fields_stay_outside_the_wrapper(server: MockHtp, clock: FrozenClock) -> None:
    with _client(server, clock, encrypt=True, clear_fields={"refresh_token"}) as c:
        c.post("/api/v1/auth/logout", json={"refresh_token": "rt_1"})
    wire = _wire(server.requests[-1])
    assert wire["refresh_token"] == "rt_1"
    assert sorted(wire) == ["data", "key_version", "refresh_token", "salt"]
    assert server.opened == [b"{}"]


@pytest.mark.parametrize(
    ("clear", "sealed"), [("amount", "pay_amount"), ("pay_amount", "amount")], ids=["amount", "pay_amount"]
)
def test_clear_fields_keep_money_digits_in_clear_and_sealed_parts(
    server: MockHtp, clock: FrozenClock, clear: str, sealed: str
) -> None:
    """Splitting a body re-encodes it: amounts keep their digits on both sides (never via float)."""
    from htp_client.models import CreatePaymentOrderRequest
    from htp_client.types import json_bytes

    digits = {"amount": "10000.00", "pay_amount": "12345678901234567.89"}
    order = CreatePaymentOrderRequest.from_dict({**ORDER, "amount": Decimal(digits["amount"])}).to_dict()
    body = json_bytes({**order, "pay_amount": Decimal(digits["pay_amount"])})
    with _client(server, clock, encrypt=True, clear_fields={clear}) as c:
        c.post("/api/v1/payment-orders", content=body, headers={"content-type": "application/json"})
    wire = server.requests[-1].content
    assert f'"{clear}":{digits[clear]},'.encode() in wire  # the clear part, before the wrapper
    assert json.loads(wire, parse_float=Decimal)[clear] == Decimal(digits[clear])
    (opened,) = server.opened
    assert f'"{sealed}":{digits[sealed]}'.encode() in opened
    assert f'"{clear}"'.encode() not in opened
    assert opened == body.replace(f'"{clear}":{digits[clear]},'.encode(), b"").replace(
        f',"{clear}":{digits[clear]}'.encode(), b""
    )


@pytest.mark.parametrize(
    "number",
    [
        "0",
        "-0.0",
        "10000.00",
        "12345678901234567.89",
        "0.0000001",
        "1E+400",
        "-2.5e-3",
        "1e-150",
        "123456789012345678901234567890",
    ],
)
def test_seal_body_rewrites_the_rest_with_each_numbers_digits(number: str) -> None:
    from auth_plugins.htp._wrapper import seal_body

    body = f'{{"ref":"é\\"","n":{number},"list":[{number},true,null,{{"x":{number}}}],"clear":{number}}}'
    opened: list[bytes] = []

    def encrypt(payload: bytes) -> dict[str, str]:
        opened.append(payload)
        return {"key_version": "k", "salt": "s", "data": "d"}

    wire = seal_body(body.encode(), encrypt, frozenset({"clear"}))
    rest = json.loads(body, parse_float=Decimal)
    clear = rest.pop("clear")
    assert json.loads(opened[0], parse_float=Decimal) == rest
    assert json.loads(wire, parse_float=Decimal) == {
        "clear": clear,
        "key_version": "k",
        "salt": "s",
        "data": "d",
    }
    if "e" not in number.lower():  # plain digits come back as the very same text
        assert opened[0] == body.replace(f',"clear":{number}', "").encode()
        assert wire.startswith(f'{{"clear":{number},'.encode())
    else:  # an exponent stays an exponent (never expanded), same value and digits
        assert len(opened[0]) < len(body) + 20


def test_retry_resends_the_same_ciphertext(server: MockHtp, clock: FrozenClock) -> None:
    server.queue(
        "/api/v1/payment-orders", envelope(429, None, "Too many requests", "t"), {"Retry-After": "0"}
    )
    with _client(server, clock, encrypt=True) as c:
        c.post("/api/v1/payment-orders", json=ORDER)
    first, second = [r for r in server.requests if r.url.path == "/api/v1/payment-orders"]
    assert first.content == second.content
    assert server.count(htp.KEY_PAIR_PATH) == 1


@pytest.mark.checklist(14, "htp unknown key_version", expected="one re-handshake and resend")
def test_unknown_key_version_rehandshakes_once(server: MockHtp, clock: FrozenClock) -> None:
    with _client(server, clock, encrypt=True) as c:
        c.post("/api/v1/payment-orders", json=ORDER)
        server.sessions.clear()  # the server rotated its keys
        c.post("/api/v1/payment-orders", json=ORDER)
    orders = [_wire(r) for r in server.requests if r.url.path == "/api/v1/payment-orders"]
    assert [o["key_version"] for o in orders] == ["kv-1", "kv-1", "kv-2"]
    assert server.count(htp.KEY_PAIR_PATH) == 2
    assert server.count(htp.CONNECT_TOKEN_PATH) == 0  # a user operation: the user's token; kept
    assert [json.loads(p) for p in server.opened] == [ORDER, ORDER]


def test_unknown_key_version_twice_raises(server: MockHtp, clock: FrozenClock) -> None:
    server.queue("/api/v1/payment-orders", envelope(401, None, "unknown key_version", "t-kv"), times=2)
    with _client(server, clock, encrypt=True) as c, pytest.raises(AuthenticationError, match="key_version"):
        c.post("/api/v1/payment-orders", json=ORDER)
    assert server.count(htp.KEY_PAIR_PATH) == 2


@pytest.mark.anyio
async def test_async_encryption_and_rotation(server: MockHtp, clock: FrozenClock) -> None:
    async with _aclient(server, clock, encrypt=True) as c:
        await asyncio.gather(*(c.post("/api/v1/payment-orders", json=ORDER) for _ in range(5)))
        assert server.count(htp.KEY_PAIR_PATH) == 1
        server.sessions.clear()
        await c.post("/api/v1/payment-orders", json=ORDER)
    assert server.count(htp.KEY_PAIR_PATH) == 2
    assert [json.loads(p) for p in server.opened] == [ORDER] * 6


@pytest.mark.parametrize(
    "server_key",
    [[0] * 32, [12, 44, 91, 7], [256] + [1] * 31],
    ids=["all-zero", "docs-4-bytes", "out-of-range"],
)
def test_bad_server_key_is_encryption_error(
    server: MockHtp, clock: FrozenClock, server_key: list[int]
) -> None:
    server.server_pub_override = server_key
    with _client(server, clock, encrypt=True) as c, pytest.raises(EncryptionError):
        c.post("/api/v1/payment-orders", json=ORDER)
    assert server.count("/api/v1/payment-orders") == 0


# -- nothing secret in logs, errors or reprs ---------------------------------------------------


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        yield caplog


@pytest.mark.checklist(4, "htp: no secret in DEBUG logs, reprs or errors", expected="0 secrets found")
def test_no_secret_token_or_signature_leaks(
    server: MockHtp, clock: FrozenClock, debug_logs: pytest.LogCaptureFixture
) -> None:
    with _client(server, clock, encrypt=True) as c:
        c.post("/api/v1/payment-orders", json=ORDER)
        server.valid.clear()
        c.get(RATE)
        transport_repr = repr(c._transport)
    store = htp.token_store(CREDS, base_url=BASE, clock=clock)
    signatures = [r.headers["X-Signature"] for r in server.requests if "x-signature" in r.headers]
    leaks = [SECRET, *server.issued, *signatures]
    text = debug_logs.text + transport_repr + repr(store) + repr(store.current) + repr(CREDS)
    assert debug_logs.records, "expected the stack to log at DEBUG"
    for value in leaks:
        assert value not in text


def test_async_stack_awaits_aprepare_only_when_encrypting() -> None:
    """Without encryption htp's `aprepare` is its `prepare`: the async stack calls that directly."""
    from auth_plugins._core._signing import own_async

    store = htp.token_store(CREDS, base_url="https://awaits.invalid", clock=FrozenClock())
    plain, sealing = htp.HtpAuth(CREDS, store), htp.HtpAuth(CREDS, store, encrypt=True)
    assert own_async(plain, "aprepare") is None
    assert own_async(sealing, "aprepare") is not None
    assert own_async(plain, "asign") is not None  # the token store's async renewal
    with pytest.raises(AttributeError):
        plain.encrypt = True  # type: ignore[misc]  # fixed when built: the stack decided on it
