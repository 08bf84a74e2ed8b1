"""The generated halogen client through auth_plugins.halogen against the loopback sandbox.

Keys are made with the plugin's keygen (as a user would, RSA-4096 once per module) and registered
in the sandbox from their CSRs; the sandbox checks every JWT by hand, without PyJWT or the plugin.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from halogen_client import AuthenticatedClient
from halogen_client.api.wallet_api import execute_command, execute_query
from halogen_client.models import (
    CommandResult,
    CreateInvestmentRequest,
    CreateInvestmentRequestPayload,
    GetProfile,
    GetProfilePayload,
    ListClientAccountsResult,
    ProfileResult,
)

from auth_plugins import halogen
from auth_plugins._core import Clock, FrozenClock
from auth_plugins.errors import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    ServerError,
)
from tests.conftest import LiveSandbox
from tests.e2e import halogen_typed_usage as usage
from tests.sandbox.core import Arrival, Fault
from tests.sandbox.providers import halogen as sim

SLUG = "halogen"
pytestmark = pytest.mark.e2e

SUBJECT = "/C=MY/ST=State/L=City/O=Organization/OU=Unit/CN=example.com"
ALGS = {"ec": "ES256", "rsa": "RS256"}


@pytest.fixture(scope="module")
def keys(
    live_sandbox: LiveSandbox, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, halogen.Credentials]:
    """One EC P-256 and one RSA-4096 key from keygen, registered in the sandbox from their CSRs."""
    out = tmp_path_factory.mktemp("halogen-keys")
    creds = {}
    for alg in ("ec", "rsa"):
        files = halogen.keygen(alg, SUBJECT, out)
        key_id = _provider(live_sandbox).register_csr(files.csr.read_bytes())
        creds[alg] = halogen.Credentials(key_id, files.private_key)
    return creds


def _client(sandbox: LiveSandbox, creds: halogen.Credentials, **kw: Any) -> AuthenticatedClient:
    return halogen.client(creds, base_url=sandbox.base_url, **kw)


def _token(arrival: Arrival) -> tuple[dict[str, Any], dict[str, Any]]:
    token = arrival.headers["authorization"].removeprefix("Bearer ")
    return jwt.get_unverified_header(token), jwt.decode(token, options={"verify_signature": False})


def _provider(sandbox: LiveSandbox) -> sim.SandboxProvider:
    provider = sandbox.provider
    assert isinstance(provider, sim.SandboxProvider)
    return provider


def _total() -> Decimal:
    return sum((Decimal(str(a["portfolioValue"])) for a in sim.ACCOUNTS.values()), Decimal(0))


# ---- every operation name, EC and RSA, sync and async ----------------------------------------


def _check_list(sandbox: LiveSandbox, result: object) -> None:
    assert isinstance(result, ListClientAccountsResult)
    assert [a.id for a in result.accounts] == ["account_123", "account_456"]
    assert result.amount == pytest.approx(_total())
    first = result.accounts[0]
    assert first.portfolio_value == sim.ACCOUNTS["account_123"]["portfolioValue"]
    assert first.exposure_percentage == pytest.approx(float(100 * first.portfolio_value / _total()))


def _check_profile(sandbox: LiveSandbox, result: object) -> None:
    assert isinstance(result, ProfileResult)
    assert (result.id, result.email) == (sim.PROFILE["id"], sim.PROFILE["email"])


def _check_command(command: str) -> Callable[[LiveSandbox, object], None]:
    def check(sandbox: LiveSandbox, result: object) -> None:
        assert isinstance(result, CommandResult)
        assert result.request_id.startswith("req_")
        assert _provider(sandbox).requests[result.request_id]["command"] == command

    return check


def _run_status(client: AuthenticatedClient) -> object:
    created = usage.invest(client, "account_456", Decimal("250.0"))
    status = usage.request_status(client, created.request_id)
    assert status.request_id == created.request_id
    return status


async def _arun_status(client: AuthenticatedClient) -> object:
    created = await usage.ainvest(client, "account_456", Decimal("250.0"))
    status = await usage.arequest_status(client, created.request_id)
    assert status.request_id == created.request_id
    return status


def _check_status(sandbox: LiveSandbox, result: object) -> None:
    assert getattr(result, "command", None) == "create_investment_request"
    assert getattr(result, "account_id", None) == "account_456"
    assert getattr(result, "status", None) == "pending"


PHONE = "+60111222333"
Sync = Callable[[AuthenticatedClient], object]
Async = Callable[[AuthenticatedClient], Awaitable[object]]
OPERATIONS: dict[str, tuple[Sync, Async, Callable[[LiveSandbox, object], None]]] = {
    "list_client_accounts": (
        lambda c: usage.list_accounts(c, ["account_123", "account_456"]),
        lambda c: usage.alist_accounts(c, ["account_123", "account_456"]),
        _check_list,
    ),
    "get_profile": (usage.get_profile, usage.aget_profile, _check_profile),
    "get_request_status": (_run_status, _arun_status, _check_status),
    "create_investment_request": (
        lambda c: usage.invest(c, "account_123", Decimal("1000.0")),
        lambda c: usage.ainvest(c, "account_123", Decimal("1000.0")),
        _check_command("create_investment_request"),
    ),
    "create_redemption_request": (
        lambda c: usage.redeem(c, "account_123", Decimal("500.0")),
        lambda c: usage.aredeem(c, "account_123", Decimal("500.0")),
        _check_command("create_redemption_request"),
    ),
    "update_profile": (
        lambda c: usage.update_phone(c, PHONE),
        lambda c: usage.aupdate_phone(c, PHONE),
        _check_command("update_profile"),
    ),
}


def _check_arrivals(sandbox: LiveSandbox, name: str, creds: halogen.Credentials) -> None:
    arrivals = sandbox.state.arrivals()
    assert arrivals
    assert all(a.accepted for a in arrivals)
    names = [json.loads(a.body)["name"] for a in arrivals]
    assert name in names
    for arrival in arrivals:
        header, claims = _token(arrival)
        assert header == {"alg": creds.algorithm, "kid": creds.key_id, "typ": "JWT"}
        assert claims["iss"] == claims["sub"] == creds.key_id
        assert claims["exp"] - claims["iat"] == halogen.DEFAULT_TTL
    # The command path and the query path are the spec's.
    expected = "/command" if name.startswith(("create_", "update_")) else "/query"
    assert any(a.path == expected for a in arrivals)


@pytest.mark.parametrize("alg", ["ec", "rsa"])
@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_operation_sync(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], alg: str, name: str
) -> None:
    run, _, check = OPERATIONS[name]
    with _client(sandbox, keys[alg]) as c:
        result = run(c)
    check(sandbox, result)
    _check_arrivals(sandbox, name, keys[alg])


@pytest.mark.anyio
@pytest.mark.parametrize("alg", ["ec", "rsa"])
@pytest.mark.parametrize("name", sorted(OPERATIONS))
async def test_every_operation_async(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], alg: str, name: str
) -> None:
    _, arun, check = OPERATIONS[name]
    async with _client(sandbox, keys[alg]) as c:
        result = await arun(c)
    check(sandbox, result)
    _check_arrivals(sandbox, name, keys[alg])


def test_update_profile_is_visible_to_get_profile(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    phone = f"+6019{int(time.time() * 1000) % 10_000_000:07d}"
    with _client(sandbox, keys["ec"]) as c:
        usage.update_phone(c, phone)
        assert usage.get_profile(c).phone_number == phone


@pytest.mark.parametrize("alg", ["ec", "rsa"])
def test_generated_functions_work_through_the_plugin(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], alg: str
) -> None:
    with _client(sandbox, keys[alg]) as c:
        listed = usage.generated_call_is_a_union(c)
        profile = execute_query.sync(client=c, body=GetProfile(payload=GetProfilePayload()))
        created = execute_command.sync(
            client=c,
            body=CreateInvestmentRequest(
                payload=CreateInvestmentRequestPayload(account_id="account_123", amount=Decimal("10.0"))
            ),
        )
    assert listed.accounts[0].id == "account_123"
    assert isinstance(profile, ProfileResult)
    assert isinstance(created, CommandResult)
    assert len(sandbox.state.arrivals(accepted=True)) == 3


def test_demo_credentials_from_env_work(sandbox: LiveSandbox) -> None:
    creds = halogen.Credentials.from_env(dict(sandbox.provider.demo_credentials))
    with _client(sandbox, creds) as c:
        assert usage.get_profile(c).id == sim.CLIENT_ID


# ---- the token: cached, re-minted when expired, single-flight ---------------------------------


@pytest.mark.parametrize("alg", ["ec", "rsa"])
def test_one_token_reused_across_calls(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], alg: str
) -> None:
    clock = Clock()  # a store of its own
    with _client(sandbox, keys[alg], clock=clock) as c:
        for _ in range(5):
            usage.get_profile(c)
    tokens = {a.headers["authorization"] for a in sandbox.state.arrivals(accepted=True)}
    assert len(tokens) == 1
    assert halogen.token_store(keys[alg], clock=clock, base_url=sandbox.base_url).renewals == 1


@pytest.mark.checklist(14, "halogen token expired by the server clock", expected="re-minted, one resend")
@pytest.mark.parametrize("alg", ["ec", "rsa"])
def test_expired_token_is_re_minted_once(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], alg: str
) -> None:
    clock = Clock()
    with _client(sandbox, keys[alg], clock=clock, ttl=60) as c:
        usage.get_profile(c)
        sandbox.state.skew = 100.0  # the cached token is now past exp by the server's clock
        assert usage.get_profile(c).id == sim.CLIENT_ID
    first, rejected, resent = sandbox.state.arrivals()
    assert (first.accepted, rejected.accepted, resent.accepted) == (True, False, True)
    assert rejected.headers["authorization"] == first.headers["authorization"]
    assert resent.headers["authorization"] != first.headers["authorization"]
    _, claims = _token(resent)
    assert abs(claims["iat"] - sandbox.state.now()) < 5  # minted in the server's time
    assert first.body == resent.body


@pytest.mark.checklist(13, "halogen proactive re-mint under FrozenClock", expected="no 401")
@pytest.mark.anyio
async def test_token_re_minted_before_expiry_frozen_clock(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    clock = FrozenClock(start=time.time())
    async with _client(sandbox, keys["ec"], clock=clock) as c:
        await usage.aget_profile(c)
        clock.advance(239)  # inside the 60 s leeway of exp: still reused
        sandbox.state.skew = 239.0
        await usage.aget_profile(c)
        clock.advance(2)  # now within 60 s of exp: replaced before the server could refuse it
        sandbox.state.skew = 241.0
        await usage.aget_profile(c)
    arrivals = sandbox.state.arrivals()
    assert [a.accepted for a in arrivals] == [True, True, True]
    auth = [a.headers["authorization"] for a in arrivals]
    assert auth[0] == auth[1] != auth[2]
    assert halogen.token_store(keys["ec"], clock=clock, base_url=sandbox.base_url).renewals == 2


def test_short_ttl_token(sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]) -> None:
    with _client(sandbox, keys["rsa"], ttl=30) as c:
        usage.get_profile(c)
    (arrival,) = sandbox.state.arrivals()
    _, claims = _token(arrival)
    assert claims["exp"] - claims["iat"] == 30


@pytest.mark.checklist(13, "halogen: 20 threads + 20 tasks share one token", expected="one mint")
def test_threads_and_tasks_share_one_token(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    import asyncio

    clock = Clock()
    errors: list[BaseException] = []
    barrier = threading.Barrier(21)
    with _client(sandbox, keys["rsa"], clock=clock) as c:

        def worker() -> None:
            barrier.wait()
            try:
                usage.get_profile(c)
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        async def tasks() -> None:
            barrier.wait()
            try:
                await asyncio.gather(*(usage.aget_profile(c) for _ in range(20)))
            finally:
                await c.get_async_httpx_client().aclose()  # its connections belong to this loop

        threads = [threading.Thread(target=worker) for _ in range(20)]
        for t in threads:
            t.start()
        asyncio.run(tasks())
        for t in threads:
            t.join(30)
    assert not errors
    arrivals = sandbox.state.arrivals()
    assert len(arrivals) == 40
    assert all(a.accepted for a in arrivals)
    assert len({a.headers["authorization"] for a in arrivals}) == 1
    assert halogen.token_store(keys["rsa"], clock=clock, base_url=sandbox.base_url).renewals == 1


# ---- errors -----------------------------------------------------------------------------------


def _invest(account: str, amount: Decimal) -> CreateInvestmentRequest:
    return CreateInvestmentRequest(payload=CreateInvestmentRequestPayload(account_id=account, amount=amount))


@pytest.mark.parametrize("alg", ["ec", "rsa"])
def test_412_is_typed_and_not_retried(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], alg: str
) -> None:
    with _client(sandbox, keys[alg]) as c, pytest.raises(PreconditionFailedError) as info:
        usage.invest(c, "account_789", Decimal("100.0"))
    assert info.value.status_code == 412
    assert info.value.error_type == "precondition_failed"
    assert "not allowed for account type" in info.value.message
    assert len(sandbox.state.arrivals("execute_command")) == 1


@pytest.mark.anyio
async def test_412_async_generated_function(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    async with _client(sandbox, keys["ec"]) as c:
        with pytest.raises(PreconditionFailedError):
            await execute_command.asyncio(client=c, body=_invest("account_789", Decimal("5.0")))
    assert len(sandbox.state.arrivals("execute_command")) == 1


@pytest.mark.parametrize("op", ["execute_query", "execute_command"])
def test_429_retried_then_succeeds(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], op: str
) -> None:
    sandbox.state.push(Fault("status", status=429, retry_after="0", operation=op))
    with _client(sandbox, keys["ec"]) as c:
        if op == "execute_query":
            usage.get_profile(c)
        else:
            usage.invest(c, "account_123", Decimal("10.0"))
    first, second = sandbox.state.arrivals(op)
    assert (first.accepted, second.accepted) == (False, True)
    assert first.body == second.body


@pytest.mark.checklist(9, "halogen storm of 429s", expected="RateLimitError after 3 attempts")
@pytest.mark.anyio
async def test_429_storm_is_rate_limit_error_after_the_attempt_limit(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    sandbox.state.push(Fault("status", status=429, retry_after="0", times=50))
    async with _client(sandbox, keys["rsa"]) as c:
        with pytest.raises(RateLimitError) as info:
            await usage.aget_profile(c)
    assert info.value.retry_after == 0.0
    assert info.value.error_type == "rate_limited"
    assert len(sandbox.state.arrivals("execute_query")) == 3


def test_429_storm_sync_on_command(sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]) -> None:
    sandbox.state.push(Fault("status", status=429, retry_after="0", times=50))
    with _client(sandbox, keys["ec"]) as c, pytest.raises(RateLimitError):
        usage.invest(c, "account_123", Decimal("10.0"))
    assert len(sandbox.state.arrivals("execute_command")) == 3


@pytest.mark.checklist(10, "halogen /command 5xx after processing", expected="ServerError, one arrival")
@pytest.mark.parametrize("status", [500, 502, 503])
def test_command_5xx_is_not_retried(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], status: int
) -> None:
    before = len(_provider(sandbox).requests)
    sandbox.state.push(Fault("status", status=status, after_processing=True, operation="execute_command"))
    with _client(sandbox, keys["ec"]) as c, pytest.raises(ServerError):
        usage.invest(c, "account_123", Decimal("10.0"))
    assert len(sandbox.state.arrivals("execute_command")) == 1
    assert len(_provider(sandbox).requests) == before + 1  # processed once, never twice


@pytest.mark.anyio
async def test_command_5xx_not_retried_async(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    sandbox.state.push(Fault("status", status=500, after_processing=True, operation="execute_command"))
    async with _client(sandbox, keys["rsa"]) as c:
        with pytest.raises(ServerError):
            await usage.ainvest(c, "account_123", Decimal("10.0"))
    assert len(sandbox.state.arrivals("execute_command")) == 1


def test_command_with_idempotency_key_is_retried(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    sandbox.state.push(Fault("status", status=500, operation="execute_command"))
    with _client(sandbox, keys["ec"]) as c:
        usage.invest(c, "account_123", Decimal("10.0"), key="inv-2026-0001")
    first, second = sandbox.state.arrivals("execute_command")
    assert (first.accepted, second.accepted) == (False, True)
    assert first.headers["idempotency-key"] == second.headers["idempotency-key"] == "inv-2026-0001"


def test_query_5xx_is_retried(sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]) -> None:
    sandbox.state.push(Fault("status", status=503, operation="execute_query"))
    with _client(sandbox, keys["ec"]) as c:
        assert usage.get_profile(c).id == sim.CLIENT_ID
    assert [a.accepted for a in sandbox.state.arrivals("execute_query")] == [False, True]


def test_400_insufficient_balance(sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]) -> None:
    with _client(sandbox, keys["ec"]) as c:
        with pytest.raises(BadRequestError) as info:
            usage.invest(c, "account_123", sim.CASH_BALANCE + 1)
        assert info.value.error_type == "insufficient_balance"
        with pytest.raises(BadRequestError) as redeem:
            usage.redeem(c, "account_456", Decimal(str(sim.ACCOUNTS["account_456"]["portfolioValue"])) + 1)
        assert redeem.value.error_type == "insufficient_balance"
    assert len(sandbox.state.arrivals("execute_command")) == 2


def test_400_invalid_parameters(sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]) -> None:
    with _client(sandbox, keys["ec"]) as c:
        with pytest.raises(BadRequestError, match="Invalid parameters") as info:
            usage.invest(c, "account_123", Decimal("-5.0"))
        assert info.value.error_type == "bad_request"
        with pytest.raises(BadRequestError, match="unknown account"):
            usage.invest(c, "account_nope", Decimal("5.0"))
    assert len(sandbox.state.arrivals("execute_command")) == 2


def test_404_unknown_account_on_query(sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]) -> None:
    with _client(sandbox, keys["rsa"]) as c, pytest.raises(NotFoundError) as info:
        usage.list_accounts(c, ["account_123", "account_missing"])
    assert info.value.error_type == "not_found"
    assert "account_missing" in info.value.message
    assert len(sandbox.state.arrivals()) == 1


def test_404_unknown_request_id(sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]) -> None:
    with _client(sandbox, keys["ec"]) as c, pytest.raises(NotFoundError):
        usage.request_status(c, "req_never_created")


def test_403_another_clients_account(sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]) -> None:
    with _client(sandbox, keys["ec"]) as c:
        with pytest.raises(PermissionDeniedError) as info:
            usage.list_accounts(c, ["account_999"])
        assert info.value.error_type == "forbidden"
        with pytest.raises(PermissionDeniedError):
            usage.invest(c, "account_999", Decimal("1.0"))


def test_403_read_only_key_on_command(sandbox: LiveSandbox, tmp_path: Path) -> None:
    files = halogen.keygen("ec", SUBJECT, tmp_path)
    key_id = _provider(sandbox).register_csr(files.csr.read_bytes(), can_command=False)
    with _client(sandbox, halogen.Credentials(key_id, files.private_key)) as c:
        assert usage.get_profile(c).id == sim.CLIENT_ID
        with pytest.raises(PermissionDeniedError, match="may only read"):
            usage.invest(c, "account_123", Decimal("1.0"))
    assert [a.accepted for a in sandbox.state.arrivals()] == [True, False]


@pytest.mark.checklist(14, "halogen unregistered key", expected="AuthenticationError after one re-mint")
@pytest.mark.parametrize("mode", ["unregistered", "revoked"])
def test_401_after_exactly_one_re_mint(sandbox: LiveSandbox, tmp_path: Path, mode: str) -> None:
    files = halogen.keygen("ec", SUBJECT, tmp_path)
    key_id = "key_not_registered"
    if mode == "revoked":
        key_id = _provider(sandbox).register_csr(files.csr.read_bytes())
        _provider(sandbox).revoke(key_id)
    creds = halogen.Credentials(key_id, files.private_key)
    with _client(sandbox, creds) as c, pytest.raises(AuthenticationError, match="unknown API key") as info:
        usage.get_profile(c)
    assert info.value.error_type == "unauthorized"
    first, second = sandbox.state.arrivals()
    assert not first.accepted
    assert not second.accepted
    assert first.headers["authorization"] != second.headers["authorization"]  # a new token was minted


@pytest.mark.checklist(4, "halogen: no key or token in DEBUG logs or errors", expected="absent")
def test_no_key_or_token_in_logs_or_errors(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], caplog: pytest.LogCaptureFixture
) -> None:
    creds = keys["rsa"]
    pem = creds.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    sandbox.state.push(Fault("status", status=429, retry_after="0"))
    with caplog.at_level(logging.DEBUG), _client(sandbox, creds) as c:
        usage.get_profile(c)
        with pytest.raises(PreconditionFailedError) as info:
            usage.invest(c, "account_789", Decimal("1.0"))
    tokens = {a.headers["authorization"].removeprefix("Bearer ") for a in sandbox.state.arrivals()}
    text = caplog.text + str(info.value) + repr(info.value) + repr(creds) + repr(c)
    for line in pem.splitlines()[1:-1]:
        assert line not in text
    for token in tokens:
        assert token.split(".")[2] not in text
    assert "execute_query" in caplog.text  # the log did record the calls


def test_wrong_endpoint_is_refused_before_sending(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    with _client(sandbox, keys["ec"]) as c:
        with pytest.raises(TypeError, match=r"halogen\.command"):
            halogen.query(c, _invest("account_123", Decimal("1.0")))  # type: ignore[call-overload]
        with pytest.raises(TypeError, match="halogen_client request model"):
            halogen.query(c, {"name": "get_profile", "payload": {}})  # type: ignore[call-overload]
    assert sandbox.state.arrivals() == []


# ---- the sandbox's own JWT checks (so a passing e2e test means something) ----------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _segment(obj: dict[str, Any]) -> str:
    return _b64(json.dumps(obj, separators=(",", ":")).encode())


def _claims(kid: str, now: float, **over: Any) -> dict[str, Any]:
    base = {"iss": kid, "sub": kid, "iat": int(now), "exp": int(now) + 300, "jti": f"j-{time.monotonic_ns()}"}
    base.update(over)
    return base


def _forge(kind: str, creds: halogen.Credentials, now: float) -> str:
    kid, key = creds.key_id, creds.private_key
    if kind == "valid":
        return jwt.encode(_claims(kid, now), key, algorithm=creds.algorithm, headers={"kid": kid})
    if kind == "alg-none":
        return f"{_segment({'alg': 'none', 'kid': kid, 'typ': 'JWT'})}.{_segment(_claims(kid, now))}."
    if kind == "hs256-public-key":
        public_pem = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        signing_input = (
            f"{_segment({'alg': 'HS256', 'kid': kid, 'typ': 'JWT'})}.{_segment(_claims(kid, now))}"
        )
        mac = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
        return f"{signing_input}.{_b64(mac)}"
    if kind == "der-signature":
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        signing_input = (
            f"{_segment({'alg': 'ES256', 'kid': kid, 'typ': 'JWT'})}.{_segment(_claims(kid, now))}"
        )
        from cryptography.hazmat.primitives import hashes

        return f"{signing_input}.{_b64(key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256())))}"
    if kind == "signed-by-another-key":
        other = halogen.Credentials(kid, ec.generate_private_key(ec.SECP256R1()))
        return jwt.encode(_claims(kid, now), other.private_key, algorithm="ES256", headers={"kid": kid})
    if kind == "expired":
        return jwt.encode(_claims(kid, now - 400), key, algorithm=creds.algorithm, headers={"kid": kid})
    if kind == "iat-in-future":
        return jwt.encode(_claims(kid, now + 120), key, algorithm=creds.algorithm, headers={"kid": kid})
    if kind == "too-long-lived":
        claims = _claims(kid, now, exp=int(now) + 3600)
        return jwt.encode(claims, key, algorithm=creds.algorithm, headers={"kid": kid})
    if kind == "iss-mismatch":
        return jwt.encode(
            _claims(kid, now, iss="someone"), key, algorithm=creds.algorithm, headers={"kid": kid}
        )
    if kind == "no-jti":
        claims = _claims(kid, now)
        del claims["jti"]
        return jwt.encode(claims, key, algorithm=creds.algorithm, headers={"kid": kid})
    if kind == "unknown-kid":
        return jwt.encode(_claims("key_x", now), key, algorithm=creds.algorithm, headers={"kid": "key_x"})
    if kind == "tampered":
        head, _, sig = jwt.encode(
            _claims(kid, now), key, algorithm=creds.algorithm, headers={"kid": kid}
        ).split(".")
        return f"{head}.{_segment(_claims(kid, now, exp=int(now) + 200))}.{sig}"
    raise AssertionError(kind)


FORGERIES = {
    "alg-none": "unsupported JWT alg 'none'",
    "hs256-public-key": "unsupported JWT alg 'HS256'",
    "der-signature": "raw r||s",
    "expired": "expired",
    "iat-in-future": "iat is in the future",
    "too-long-lived": "lifetime",
    "iss-mismatch": "iss/sub",
    "no-jti": "jti is missing",
    "unknown-kid": "unknown API key",
    "tampered": "does not verify",
    "signed-by-another-key": "does not verify",
}


@pytest.mark.parametrize("kind", sorted(FORGERIES))
def test_sandbox_refuses_forged_tokens(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], kind: str
) -> None:
    creds = keys["ec"]
    body = {"name": "get_profile", "payload": {}}
    with httpx.Client(base_url=sandbox.base_url) as raw:
        good = raw.post(
            "/query", json=body, headers={"Authorization": f"Bearer {_forge('valid', creds, time.time())}"}
        )
        bad = raw.post(
            "/query", json=body, headers={"Authorization": f"Bearer {_forge(kind, creds, time.time())}"}
        )
    assert good.status_code == 200
    assert bad.status_code == 401
    assert bad.json()["code"] == "unauthorized"
    assert FORGERIES[kind] in bad.json()["message"]


def test_sandbox_refuses_an_es256_token_for_an_rsa_key(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    kid = keys["rsa"].key_id
    token = jwt.encode(
        _claims(kid, time.time()), ec.generate_private_key(ec.SECP256R1()), "ES256", {"kid": kid}
    )
    with httpx.Client(base_url=sandbox.base_url) as raw:
        answer = raw.post(
            "/query",
            json={"name": "get_profile", "payload": {}},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert answer.status_code == 401
    assert "does not match the registered RSA key" in answer.json()["message"]


@pytest.mark.parametrize("header", [None, "Bearer", "Basic abc", "Bearer not.a.jwt"])
def test_sandbox_refuses_missing_or_malformed_authorization(sandbox: LiveSandbox, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    with httpx.Client(base_url=sandbox.base_url) as raw:
        answer = raw.post("/query", json={"name": "get_profile", "payload": {}}, headers=headers)
    assert answer.status_code == 401
    assert answer.json()["message"].startswith("Invalid or missing API token")


def test_sandbox_refuses_bad_csrs(sandbox: LiveSandbox, tmp_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "example.com")])
    provider = _provider(sandbox)
    for key in (ec.generate_private_key(ec.SECP384R1()), rsa.generate_private_key(65537, 2048)):
        csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())
        with pytest.raises(sim.CsrError, match="Supported algorithms"):
            provider.register_csr(csr.public_bytes(serialization.Encoding.PEM))
    files = halogen.keygen("ec", SUBJECT, tmp_path)
    der = bytearray(x509.load_pem_x509_csr(files.csr.read_bytes()).public_bytes(serialization.Encoding.DER))
    der[der.find(b"example.com")] ^= 1
    tampered = x509.load_der_x509_csr(bytes(der)).public_bytes(serialization.Encoding.PEM)
    with pytest.raises(sim.CsrError, match="signature does not verify"):
        provider.register_csr(tampered)
    with pytest.raises(sim.CsrError, match="not a PEM"):
        provider.register_csr(
            b"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n"
        )


def test_sandbox_answers_the_specs_examples(sandbox: LiveSandbox) -> None:
    """The docs' requests get the spec's documented (and inferred) example answers."""
    post = sandbox.provider.spec["paths"]["/query"]["post"]
    answers = post["responses"]["200"]["content"]["application/json"]
    requests = post["requestBody"]["content"]["application/json"]["examples"]
    creds = halogen.Credentials.from_env(dict(sandbox.provider.demo_credentials))
    token = _forge("valid", creds, time.time())
    with httpx.Client(base_url=sandbox.base_url, headers={"Authorization": f"Bearer {token}"}) as raw:
        listed = raw.post("/query", json=requests["list_client_accounts_curl"]["value"])
        profile = raw.post("/query", json=requests["get_profile"]["value"])
        status = raw.post("/query", json=requests["get_request_status"]["value"])
        command = sandbox.provider.spec["paths"]["/command"]["post"]["requestBody"]["content"][
            "application/json"
        ]
        created = raw.post("/command", json=command["examples"]["create_investment_request"]["value"])
    assert listed.json() == answers["examples"]["list_client_accounts"]["value"]
    assert profile.json()["email"] == answers["examples"]["get_profile"]["value"]["email"]
    assert status.json() == answers["examples"]["get_request_status"]["value"]
    assert created.status_code == 200
    assert set(created.json()) == {"requestId"}


# ---- issue 22: bounded clock trust, tokens bound to their origin -------------------------------


def test_server_date_five_years_ahead_moves_the_clock_at_most_300_s(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials], caplog: pytest.LogCaptureFixture
) -> None:
    """A host answering 401 with a Date five years ahead used to get a JWT with iat 1,825 days ahead."""
    clock = Clock()
    sandbox.state.skew = 5 * 365 * 86400.0
    with _client(sandbox, keys["ec"], clock=clock) as c, pytest.raises(AuthenticationError):
        usage.get_profile(c)
    first, resent = sandbox.state.arrivals()
    _, claims = _token(resent)
    assert claims["iat"] <= time.time() + 300 + 2
    assert abs(clock.offset) <= 300
    assert any(r.levelname == "WARNING" and "cap" in r.getMessage() for r in caplog.records)
    assert first.headers["authorization"] not in caplog.text


def test_token_names_its_origin_and_is_not_shared_across_origins(
    sandbox: LiveSandbox, keys: dict[str, halogen.Credentials]
) -> None:
    """The same JWT went unchanged to staging.example and production: now each origin has its own."""
    clock = Clock()
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"ok": True})

    for base in ("https://staging.example", "https://external-api.wallet.halogen.my"):
        with halogen.transport(
            keys["ec"], base_url=base, clock=clock, inner=httpx.MockTransport(handler)
        ) as t:
            t.handle_request(httpx.Request("POST", base + "/query", json={}))
    staging, production = seen
    assert staging != production
    assert _claims_of(staging)["aud"] == "https://staging.example"
    assert _claims_of(production)["aud"] == "https://external-api.wallet.halogen.my"
    # The sandbox verifies `aud` when present: its own origin passes (every test above), another fails.
    with _client(sandbox, keys["ec"], clock=clock) as c:
        usage.get_profile(c)
    (arrival,) = sandbox.state.arrivals()
    assert _token(arrival)[1]["aud"] == sandbox.base_url.rstrip("/")
    forged = halogen.HalogenAuth(
        keys["ec"],
        halogen.token_store(keys["ec"], clock=FrozenClock(time.time())),
        audience="https://x.example",
    )
    response = httpx.post(
        sandbox.base_url.rstrip("/") + "/query",
        json={"type": "profile"},
        headers={"Authorization": "Bearer " + forged.mint().value},
    )
    assert response.status_code == 401
    assert "aud" in response.json()["message"]


def _claims_of(authorization: str) -> dict[str, Any]:
    decoded: dict[str, Any] = jwt.decode(
        authorization.removeprefix("Bearer "), options={"verify_signature": False}
    )
    return decoded
