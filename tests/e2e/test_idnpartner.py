"""The generated idnpartner client through auth_plugins.idnpartner against the loopback sandbox."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from idnpartner_client import AuthenticatedClient
from idnpartner_client.api.external import (
    create_transfer,
    get_bank_account,
    get_transfer,
    get_user_balance,
    get_user_profile,
    list_banks,
    list_user_transactions,
)
from idnpartner_client.models import Balance, BankAccount, BankList, Transfer, TransferRequest, UserProfile

from auth_plugins import idnpartner
from auth_plugins._core import FrozenClock
from auth_plugins.errors import AuthenticationError, ConflictError, NotFoundError
from tests.conftest import LiveSandbox
from tests.sandbox.core import Fault
from tests.sandbox.providers import idnpartner as sim

SLUG = "idnpartner"
pytestmark = pytest.mark.e2e

CREDS = idnpartner.Credentials(app_key=sim.APP_KEY)
TRANSFER = TransferRequest.from_dict(
    {"reference_id": "INV-2024-000123", "bank_code": "014", "account_number": "1234567890", "amount": 250000}
)
TOKEN_OPS = ("authenticate_user", "create_token", "refresh_access_token", "renew_refresh_token")
USER_SCOPED = {
    "get_user_profile",
    "get_user_balance",
    "list_user_transactions",
    "create_transfer",
    "get_transfer",
}
NOT_USER_SCOPED = {"list_banks", "get_bank_account", *TOKEN_OPS}


@pytest.fixture
def provider(sandbox: LiveSandbox) -> sim.SandboxProvider:
    """The sandbox's provider with no token or request id left from an earlier test."""
    found = sandbox.provider
    assert isinstance(found, sim.SandboxProvider)
    found.reset()
    return found


def _no_sleep(seconds: float) -> None:
    return None


async def _ano_sleep(seconds: float) -> None:
    return None


def _client(sandbox: LiveSandbox, **kw: Any) -> AuthenticatedClient:
    return idnpartner.client(CREDS, base_url=sandbox.base_url, sleep=_no_sleep, async_sleep=_ano_sleep, **kw)


@contextlib.contextmanager
def _logged_in(sandbox: LiveSandbox, **kw: Any) -> Iterator[AuthenticatedClient]:
    with _client(sandbox, **kw) as c:
        idnpartner.login(c, sim.USERNAME, sim.PASSWORD)
        yield c


def _bearer(sandbox: LiveSandbox, op_id: str) -> list[str]:
    return [a.headers.get("authorization", "") for a in sandbox.state.arrivals(op_id)]


def _accepted(sandbox: LiveSandbox, op_id: str) -> list[bool]:
    return [a.accepted for a in sandbox.state.arrivals(op_id)]


def test_login_call_expiry_renewal_chain(sandbox: LiveSandbox, provider: sim.SandboxProvider) -> None:
    with _logged_in(sandbox) as c:
        (user_token,) = provider.issued("user")
        assert _bearer(sandbox, "authenticate_user") == [""]
        assert _bearer(sandbox, "create_token") == [f"Bearer {user_token}"]
        assert isinstance(get_user_profile.sync(client=c), UserProfile)
        assert isinstance(list_banks.sync(client=c), BankList)

        provider.expire("access")  # the server says no; the client still thinks it is fresh
        assert isinstance(get_user_profile.sync(client=c), UserProfile)
        assert _accepted(sandbox, "get_user_profile") == [True, False, True]
        (first_refresh,) = provider.issued("refresh")
        assert _bearer(sandbox, "refresh_access_token") == [f"Bearer {first_refresh}"]

        provider.expire("access", "refresh")  # refresh token dead too: the x-user-token renews it
        assert isinstance(get_user_balance.sync(client=c), Balance)
    assert _accepted(sandbox, "refresh_access_token") == [True, False, True]
    assert _accepted(sandbox, "renew_refresh_token") == [True]
    assert _bearer(sandbox, "renew_refresh_token") == [f"Bearer {user_token}"]
    new_refresh = next(r for r in provider.issued("refresh") if r != first_refresh)
    assert _bearer(sandbox, "refresh_access_token")[-1] == f"Bearer {new_refresh}"
    assert _accepted(sandbox, "get_user_balance") == [False, True]


@pytest.mark.anyio
async def test_login_call_expiry_renewal_chain_async(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    async with _client(sandbox) as c:
        await idnpartner.alogin(c, sim.USERNAME, sim.PASSWORD)
        assert isinstance(await get_user_profile.asyncio(client=c), UserProfile)
        provider.expire("access", "refresh")
        assert isinstance(await list_banks.asyncio(client=c), BankList)
    assert _accepted(sandbox, "list_banks") == [False, True]
    assert _accepted(sandbox, "refresh_access_token") == [False, True]
    assert _accepted(sandbox, "renew_refresh_token") == [True]


def test_access_token_renewed_before_it_expires(sandbox: LiveSandbox, provider: sim.SandboxProvider) -> None:
    clock = FrozenClock(time.time())
    with _client(sandbox, session=idnpartner.Session(clock)) as c:
        idnpartner.login(c, sim.USERNAME, sim.PASSWORD)
        clock.advance(sim.DEFAULT_TTL["access"] - 30)  # inside the 60 s leeway
        assert isinstance(list_banks.sync(client=c), BankList)
    assert _accepted(sandbox, "refresh_access_token") == [True]
    assert _accepted(sandbox, "list_banks") == [True]  # no 401 was needed


@pytest.mark.checklist(
    13, "idnpartner: 20 threads + 20 tasks on an expired access token", expected="1 renewal"
)
@pytest.mark.anyio
async def test_20_threads_and_20_tasks_cause_exactly_one_refresh(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    sync_client = _client(sandbox)
    idnpartner.login(sync_client, sim.USERNAME, sim.PASSWORD)
    # A second client sharing the user only because it is given the session explicitly.
    async_client = _client(sandbox, session=idnpartner.session_of(sync_client))
    assert idnpartner.session_of(async_client) is idnpartner.session_of(sync_client)
    provider.expire("access")
    go = threading.Event()
    results: list[object] = []

    def worker() -> None:
        go.wait(10)
        results.append(get_user_profile.sync(client=sync_client))

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for t in threads:
        t.start()
    async with async_client:
        go.set()
        results += await asyncio.gather(*(get_user_profile.asyncio(client=async_client) for _ in range(20)))
    for t in threads:
        t.join(30)
    sync_client.get_httpx_client().close()
    assert len(results) == 40
    assert all(isinstance(r, UserProfile) for r in results)
    assert len(sandbox.state.arrivals("refresh_access_token")) == 1
    assert sandbox.state.arrivals("renew_refresh_token") == []
    assert len(sandbox.state.arrivals("get_user_profile", accepted=True)) == 40


def test_expired_refresh_token_falls_back_to_the_user_token(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    with _logged_in(sandbox) as c:
        provider.expire("refresh")  # only the refresh token: found out at the next renewal
        provider.expire("access")
        assert isinstance(get_bank_account.sync("014", "1234567890", client=c), BankAccount)
    ops = [a.operation for a in sandbox.state.arrivals() if a.operation not in TOKEN_OPS[:2]]
    assert ops == [
        "get_bank_account",
        "refresh_access_token",
        "renew_refresh_token",
        "refresh_access_token",
        "get_bank_account",
    ]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.anyio
async def test_everything_expired_asks_for_a_new_login(
    sandbox: LiveSandbox, provider: sim.SandboxProvider, use_async: bool
) -> None:
    c = _client(sandbox)
    if use_async:
        await idnpartner.alogin(c, sim.USERNAME, sim.PASSWORD)
    else:
        idnpartner.login(c, sim.USERNAME, sim.PASSWORD)
    provider.expire("access", "refresh", "user")

    async def call() -> object:
        return await get_user_profile.asyncio(client=c) if use_async else get_user_profile.sync(client=c)

    with pytest.raises(AuthenticationError, match="log in again") as info:
        await call()
    c.get_httpx_client().close()
    await c.get_async_httpx_client().aclose()
    assert isinstance(info.value, idnpartner.LoginRequired)
    assert info.value.error_type == "user_token_expired"
    assert not idnpartner.session_of(c).logged_in
    # A new login recovers.
    with _logged_in(sandbox) as again:
        assert isinstance(get_user_profile.sync(client=again), UserProfile)


def test_retried_call_keeps_its_request_id_and_calls_do_not_share_one(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    with _logged_in(sandbox) as c:
        sandbox.state.push(Fault("status", status=503, retry_after="0"))
        first = create_transfer.sync(client=c, body=TRANSFER)
        second = create_transfer.sync(client=c, body=TRANSFER)
    assert isinstance(first, Transfer)
    assert isinstance(second, Transfer)
    arrivals = sandbox.state.arrivals("create_transfer")
    assert [a.accepted for a in arrivals] == [False, True, True]
    ids = [a.headers["x-request-id"] for a in arrivals]
    assert ids[0] == ids[1] != ids[2]
    assert all(uuid.UUID(i).version == 4 for i in ids)


@pytest.mark.anyio
async def test_retried_call_keeps_its_request_id_async(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    async with _client(sandbox) as c:
        await idnpartner.alogin(c, sim.USERNAME, sim.PASSWORD)
        sandbox.state.push(Fault("status", status=500, operation="get_transfer"))
        assert isinstance(await get_transfer.asyncio("trf_01J9A2B3C4D5E6F7G8H9", client=c), Transfer)
    first, second = sandbox.state.arrivals("get_transfer")
    assert (first.accepted, second.accepted) == (False, True)
    assert first.headers["x-request-id"] == second.headers["x-request-id"]


@pytest.mark.checklist(
    10, "idnpartner: 5xx after a processed transfer: no duplicate", expected="409, 1 accepted"
)
def test_a_processed_transfer_is_never_processed_twice(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    """The response is lost after processing; the resend carries the same x-request-id: refused."""
    with _logged_in(sandbox) as c:
        sandbox.state.push(Fault("status", status=503, after_processing=True, operation="create_transfer"))
        with pytest.raises(ConflictError) as info:
            create_transfer.sync(client=c, body=TRANSFER)
    assert info.value.error_type == "duplicate_request_id"
    arrivals = sandbox.state.arrivals("create_transfer")
    assert len({a.headers["x-request-id"] for a in arrivals}) == 1
    assert len(sandbox.state.arrivals("create_transfer", accepted=True)) == 1


def test_messages_arrive_in_the_chosen_language(sandbox: LiveSandbox, provider: sim.SandboxProvider) -> None:
    with _client(sandbox) as c, pytest.raises(AuthenticationError) as default:
        idnpartner.login(c, sim.USERNAME, "wrong-password")
    assert default.value.message == "Nama pengguna atau kata sandi salah"
    assert "x-language" not in sandbox.state.arrivals("authenticate_user")[0].headers
    assert "wrong-password" not in str(default.value)

    with _client(sandbox, language="en") as c, pytest.raises(AuthenticationError) as english:
        idnpartner.login(c, sim.USERNAME, "wrong-password")
    assert english.value.message == "Invalid username or password"

    with _logged_in(sandbox, language="en") as c:
        with pytest.raises(NotFoundError) as en:
            get_bank_account.sync("014", "5555555555", client=c)
        with pytest.raises(NotFoundError) as id_:
            get_bank_account.sync("014", "5555555555", client=c, x_language="id")  # the call's choice wins
    assert (en.value.message, en.value.error_type) == ("Account not found", "account_not_found")
    assert id_.value.message == "Rekening tidak ditemukan"
    languages = [a.headers.get("x-language") for a in sandbox.state.arrivals("get_bank_account")]
    assert languages == ["en", "id"]


def test_x_user_token_only_reaches_user_scoped_operations(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    with _logged_in(sandbox) as c:
        list_banks.sync(client=c)
        get_bank_account.sync("014", "1234567890", client=c)
        get_user_profile.sync(client=c)
        get_user_balance.sync(client=c)
        list_user_transactions.sync(client=c)
        create_transfer.sync(client=c, body=TRANSFER)
        get_transfer.sync("trf_01J9A2B3C4D5E6F7G8H9", client=c)
        provider.expire("access", "refresh")
        list_banks.sync(client=c)
    (user_token,) = provider.issued("user")
    seen = {a.operation for a in sandbox.state.arrivals()}
    assert seen == USER_SCOPED | NOT_USER_SCOPED
    for arrival in sandbox.state.arrivals():
        expected = user_token if arrival.operation in USER_SCOPED else None
        assert arrival.headers.get("x-user-token") == expected, arrival.operation
        assert arrival.headers["x-app-key"] == sim.APP_KEY
    rejected = [a.operation for a in sandbox.state.arrivals() if not a.accepted]
    assert rejected == ["list_banks", "refresh_access_token"]  # the expired tokens, nothing else


def test_unknown_app_key_is_an_authentication_error_not_a_login_prompt(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    bad = idnpartner.Credentials(app_key="ak_not_registered")
    with idnpartner.client(bad, base_url=sandbox.base_url) as c, pytest.raises(AuthenticationError) as info:
        idnpartner.login(c, sim.USERNAME, sim.PASSWORD)
    assert not isinstance(info.value, idnpartner.LoginRequired)
    assert info.value.error_type == "app_key_invalid"
    assert "ak_not_registered" not in str(info.value)


# The sandbox enforces the General Request headers (so the tests above can fail).


def _raw(sandbox: LiveSandbox, method: str, path: str, **headers: str) -> httpx.Response:
    with httpx.Client(base_url=sandbox.base_url) as c:
        return c.request(method, path, headers=headers)


def _token_headers(provider: sim.SandboxProvider) -> dict[str, str]:
    (access,) = provider.issued("access")
    (user,) = provider.issued("user")
    return {"x-app-key": sim.APP_KEY, "authorization": f"Bearer {access}", "x-user-token": user}


def test_sandbox_enforces_the_general_request_headers(
    sandbox: LiveSandbox, provider: sim.SandboxProvider
) -> None:
    with _logged_in(sandbox):
        pass
    good = _token_headers(provider)
    rid = str(uuid.uuid4())
    assert _raw(sandbox, "GET", "/v1/users/me", **good, **{"x-request-id": rid}).status_code == 200

    cases: list[tuple[dict[str, str], int, str]] = [
        ({**good, "x-request-id": rid}, 409, "duplicate_request_id"),
        (good, 400, "bad_request"),
        ({**good, "x-app-key": "", "x-request-id": "r-1"}, 401, "app_key_invalid"),
        (
            {k: v for k, v in good.items() if k != "x-app-key"} | {"x-request-id": "r-2"},
            401,
            "app_key_invalid",
        ),
        ({**good, "x-request-id": "r-3", "x-language": "fr"}, 400, "bad_request"),
        ({**good, "x-request-id": "r-4", "x-user-token": "ut_unknown"}, 401, "user_token_invalid"),
        (
            {k: v for k, v in good.items() if k != "x-user-token"} | {"x-request-id": "r-5"},
            401,
            "user_token_invalid",
        ),
        (
            {**good, "x-request-id": "r-6", "authorization": f"Bearer {provider.issued('refresh')[0]}"},
            401,
            "token_invalid",
        ),
    ]
    for headers, status, code in cases:
        answer = _raw(sandbox, "GET", "/v1/users/me", **headers)
        assert (answer.status_code, answer.json()["code"]) == (status, code), headers
        assert set(answer.json()) >= {"code", "message", "request_id"}
    provider.expire("access")
    expired = _raw(sandbox, "GET", "/v1/banks", **good, **{"x-request-id": "r-7"})
    assert (expired.status_code, expired.json()["code"]) == (401, "token_expired")
    assert expired.json()["message"] == "Token sudah kedaluwarsa"
    assert expired.json()["request_id"] == "r-7"


@pytest.mark.anyio
async def test_a_response_read_through_the_stack_has_its_elapsed_time(sandbox: LiveSandbox) -> None:
    """Over a real connection httpx times each response; the stack, which reads the body first,
    keeps that (`response.elapsed`, as latency logging reads it)."""
    with _logged_in(sandbox) as c:
        sync = c.get_httpx_client().get("/v1/banks")
        asynchronous = await c.get_async_httpx_client().get("/v1/banks")
        await c.get_async_httpx_client().aclose()
    assert sync.status_code == asynchronous.status_code == 200
    assert sync.elapsed > timedelta(0)
    assert asynchronous.elapsed > timedelta(0)
