"""The halogen stack over httpx.MockTransport: Bearer headers per the vectors, 401 re-mint, retries."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import pytest

from auth_plugins import halogen
from auth_plugins._core import FrozenClock
from auth_plugins.errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    ServerError,
)
from tests.unit.test_halogen_jwt import VECTORS, ec_vector_key, vector_key

BASE = "https://external-api.wallet.halogen.invalid"
PROFILE_BODY = {"name": "get_profile", "payload": {}}
INVEST_BODY = {
    "name": "create_investment_request",
    "payload": {"accountId": "account_123", "amount": 10000.00},
}

Handler = Callable[[httpx.Request], httpx.Response]


def no_sleep(_: float) -> None:
    return None


def make_client(
    creds: halogen.Credentials, handler: Handler, clock: FrozenClock | None = None, **kw: Any
) -> httpx.Client:
    clock = clock if clock is not None else FrozenClock()
    t = halogen.transport(
        creds, base_url=BASE, clock=clock, inner=httpx.MockTransport(handler), sleep=no_sleep, **kw
    )
    return httpx.Client(transport=t, base_url=BASE)


def bearer(request: httpx.Request) -> str:
    value = request.headers["Authorization"]
    assert value.startswith("Bearer ")
    return value.removeprefix("Bearer ")


@pytest.mark.checklist(1, "halogen JWT vectors: headers", expected="match")
@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
def test_vectors_header_level(case: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(case["jti"]))
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "client_789", "name": "A", "email": "a@example.com"})

    key = vector_key(case["key"])
    creds = halogen.Credentials(case["key_id"], key)
    clock = FrozenClock(start=float(case["now"]))
    with make_client(creds, handler, clock, ttl=case["ttl"]) as c:
        c.post("/query", json=PROFILE_BODY)
    (request,) = seen
    token = bearer(request)
    assert token.rsplit(".", 1)[0] == case["signing_input"]
    if "token" in case:
        assert token == case["token"]
    assert (
        jwt.decode(
            token,
            key.public_key(),
            algorithms=[case["header"]["alg"]],
            audience=case["audience"],
            options={"verify_exp": False, "verify_iat": False},
        )
        == case["claims"]
    )
    assert request.headers["Content-Type"] == "application/json"


@pytest.mark.anyio
async def test_async_transport_signs_the_same_way() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"requestId": "req_1"})

    creds = halogen.Credentials("key_async", ec_vector_key())
    clock = FrozenClock()
    t = halogen.async_transport(creds, base_url=BASE, clock=clock, inner=httpx.MockTransport(handler))
    async with httpx.AsyncClient(transport=t, base_url=BASE) as c:
        for _ in range(3):
            await c.post("/command", json=INVEST_BODY)
    assert len({bearer(r) for r in seen}) == 1
    claims = jwt.decode(
        bearer(seen[0]),
        ec_vector_key().public_key(),
        algorithms=["ES256"],
        audience=BASE,
        options={"verify_exp": False},
    )
    assert (claims["iss"], claims["iat"], claims["aud"]) == ("key_async", int(clock.now()), BASE)


@pytest.mark.checklist(14, "halogen 401: new JWT, one resend", expected="second attempt accepted")
def test_401_mints_a_new_token_and_resends_once() -> None:
    # Tokens and bodies are recorded as sent: a resend reuses (and re-signs) the same Request.
    tokens: list[str] = []
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        tokens.append(bearer(request))
        bodies.append(request.read())
        if len(tokens) == 1:
            return httpx.Response(
                401, json={"code": "unauthorized", "message": "Invalid or missing API token"}
            )
        return httpx.Response(200, json={"requestId": "req_1"})

    creds = halogen.Credentials("key_401", ec_vector_key())
    with make_client(creds, handler) as c:
        assert c.post("/command", json=INVEST_BODY).json() == {"requestId": "req_1"}
        c.post("/command", json=INVEST_BODY)
    first, second, third = tokens
    assert first != second
    assert second == third  # the new token is cached
    assert bodies[0] == bodies[1]


def test_persistent_401_is_authentication_error_after_two_attempts() -> None:
    tokens: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        tokens.append(bearer(request))
        return httpx.Response(401, json={"code": "unauthorized", "message": "unknown API key (kid)"})

    with (
        make_client(halogen.Credentials("key_gone", ec_vector_key()), handler) as c,
        pytest.raises(AuthenticationError, match="unknown API key") as info,
    ):
        c.post("/query", json=PROFILE_BODY)
    assert info.value.error_type == "unauthorized"
    assert len(tokens) == 2
    assert tokens[0] != tokens[1]


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (400, "insufficient_balance", BadRequestError),
        (400, "bad_request", BadRequestError),
        (403, "forbidden", PermissionDeniedError),
        (404, "not_found", NotFoundError),
        (412, "precondition_failed", PreconditionFailedError),
    ],
)
@pytest.mark.parametrize("path", ["/query", "/command"])
def test_documented_errors_are_typed_and_not_retried(
    status: int, code: str, error: type[ApiError], path: str
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json={"code": code, "message": f"said {code}"})

    with (
        make_client(halogen.Credentials("key_err", ec_vector_key()), handler) as c,
        pytest.raises(error) as info,
    ):
        c.post(path, json=PROFILE_BODY if path == "/query" else INVEST_BODY)
    assert type(info.value) is error
    assert (info.value.status_code, info.value.error_type, info.value.message) == (
        status,
        code,
        f"said {code}",
    )
    assert len(seen) == 1


@pytest.mark.parametrize("path", ["/query", "/command"])
def test_429_retried_up_to_the_limit(path: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            429, headers={"Retry-After": "2"}, json={"code": "rate_limited", "message": "slow"}
        )

    with (
        make_client(halogen.Credentials("key_429", ec_vector_key()), handler) as c,
        pytest.raises(RateLimitError) as info,
    ):
        c.post(path, json=PROFILE_BODY)
    assert info.value.retry_after == 2.0
    assert len(seen) == 3


@pytest.mark.checklist(10, "halogen /command 5xx without idempotency key", expected="one attempt")
@pytest.mark.parametrize(
    ("path", "headers", "attempts"),
    [
        ("/command", {}, 1),
        ("/command", {"Idempotency-Key": "k-1"}, 3),
        ("/query", {}, 3),
    ],
    ids=["command", "command-with-idempotency-key", "query"],
)
def test_5xx_retried_only_when_safe(path: str, headers: dict[str, str], attempts: int) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500, json={"code": "internal", "message": "boom"})

    with (
        make_client(halogen.Credentials("key_5xx", ec_vector_key()), handler) as c,
        pytest.raises(ServerError),
    ):
        c.post(path, json=INVEST_BODY, headers=headers)
    assert len(seen) == attempts
