"""idnpartner token lifecycle over httpx.MockTransport: renewal chain, single flight, login, sharing."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from auth_plugins import idnpartner
from auth_plugins._core import FrozenClock, Token
from auth_plugins.errors import AuthenticationError, ConfigurationError, ServerError
from tests.unit.test_idnpartner_support import (
    BASE,
    CREDS,
    START,
    FakeServer,
    async_client,
    error,
    logged_in,
    sync_client,
)

ACCESS, REFRESH, USER = "/v1/auth/token/access", "/v1/auth/token/refresh", "/v1/auth/token"


def test_a_401_renews_the_access_token_with_the_refresh_token_and_resends() -> None:
    fake = FakeServer()
    fake.access.clear()
    session = logged_in()
    with sync_client(fake, session) as c:
        assert c.get("/v1/users/me").status_code == 200
        assert c.get("/v1/users/me").status_code == 200
    assert fake.paths() == ["/v1/users/me", ACCESS, "/v1/users/me", "/v1/users/me"]
    assert fake.requests[1].headers["authorization"] == "Bearer rt-1"
    new = session.access.current
    assert new is not None
    assert new.value in fake.access
    assert fake.requests[2].headers["authorization"] == fake.requests[3].headers["authorization"]
    assert fake.requests[2].headers["authorization"] == f"Bearer {new.value}"


def test_access_token_is_renewed_before_it_expires() -> None:
    clock = FrozenClock(START)
    fake = FakeServer()
    with sync_client(fake, logged_in(clock)) as c:
        c.get("/v1/banks")
        clock.advance(900 - 59)  # inside the 60 s leeway
        c.get("/v1/banks")
    assert fake.paths() == ["/v1/banks", ACCESS, "/v1/banks"]
    assert fake.requests[2].headers["authorization"] != "Bearer at-1"


def test_rejected_refresh_token_falls_back_to_the_user_token() -> None:
    fake = FakeServer()
    fake.access.clear()
    fake.refresh.clear()
    session = logged_in()
    with sync_client(fake, session) as c:
        assert c.get("/v1/banks").status_code == 200
    assert fake.paths() == ["/v1/banks", ACCESS, REFRESH, ACCESS, "/v1/banks"]
    assert fake.requests[2].headers["authorization"] == "Bearer ut-1"
    fresh_refresh = session.refresh_token
    assert fresh_refresh is not None
    assert fresh_refresh.value != "rt-1"
    assert fake.requests[3].headers["authorization"] == f"Bearer {fresh_refresh.value}"


def test_refresh_token_known_to_be_expired_goes_straight_to_the_user_token() -> None:
    clock = FrozenClock(START)
    session = logged_in(clock)
    session.adopt(refresh=Token("rt-1", START + 10))
    clock.advance(3600)  # access and refresh both past expiry
    fake = FakeServer()
    with sync_client(fake, session) as c:
        c.get("/v1/banks")
    assert fake.paths() == [REFRESH, ACCESS, "/v1/banks"]


def test_everything_rejected_asks_for_a_new_login() -> None:
    fake = FakeServer()
    fake.access.clear()
    fake.refresh.clear()
    fake.user.clear()
    session = logged_in()
    with sync_client(fake, session) as c:
        with pytest.raises(idnpartner.LoginRequired, match="log in again") as info:
            c.get("/v1/banks")
        assert isinstance(info.value, AuthenticationError)
        assert info.value.status_code == 401
        assert info.value.error_type == "user_token_expired"
        assert not session.logged_in
        sent = len(fake.requests)
        with pytest.raises(idnpartner.LoginRequired, match="not logged in"):
            c.get("/v1/banks")
    assert fake.paths()[:sent] == ["/v1/banks", ACCESS, REFRESH]
    assert len(fake.requests) == sent  # the second call fails fast, without the network


@pytest.mark.anyio
async def test_everything_rejected_async() -> None:
    fake = FakeServer()
    fake.access.clear()
    fake.refresh.clear()
    fake.user.clear()
    async with async_client(fake, logged_in()) as c:
        with pytest.raises(idnpartner.LoginRequired, match="log in again"):
            await c.get("/v1/users/me")
    assert fake.paths() == ["/v1/users/me", ACCESS, REFRESH]


def test_a_rejected_x_user_token_on_a_user_scoped_call_asks_for_a_new_login() -> None:
    fake = FakeServer()
    fake.user.clear()  # access token still good, the user's token is not
    session = logged_in()
    with sync_client(fake, session) as c, pytest.raises(idnpartner.LoginRequired):
        c.get("/v1/users/me")
    assert fake.paths() == ["/v1/users/me"]
    assert not session.logged_in


def test_an_unknown_app_key_is_not_mistaken_for_an_expired_token() -> None:
    fake = FakeServer()
    fake.script = [error(401, "app_key_invalid")]
    with sync_client(fake, logged_in()) as c, pytest.raises(AuthenticationError) as info:
        c.get("/v1/banks")
    assert not isinstance(info.value, idnpartner.LoginRequired)
    assert info.value.error_type == "app_key_invalid"
    assert fake.paths() == ["/v1/banks"]


def test_a_failed_renewal_is_reported_and_retried_by_the_next_call() -> None:
    fake = FakeServer()
    fake.access.clear()
    session = logged_in()
    with sync_client(fake, session) as c:
        fake.script = [error(401, "token_expired"), error(503, "internal_error")]
        with pytest.raises(ServerError):
            c.get("/v1/banks")
        assert session.logged_in  # a server failure is not a rejected token
        assert c.get("/v1/banks").status_code == 200
    assert fake.paths() == ["/v1/banks", ACCESS, ACCESS, "/v1/banks"]


def test_not_logged_in_fails_before_the_network() -> None:
    fake = FakeServer()
    session = idnpartner.Session(FrozenClock(START))
    with sync_client(fake, session) as c:
        for method, path in (("GET", "/v1/banks"), ("POST", USER), ("POST", ACCESS)):
            with pytest.raises(idnpartner.LoginRequired):
                c.request(method, path)
    assert fake.requests == []


@pytest.mark.anyio
async def test_20_threads_and_20_tasks_cause_one_renewal() -> None:
    fake = FakeServer()
    fake.access.clear()
    fake.delay = 0.05
    session = logged_in()
    go = threading.Event()
    statuses: list[int] = []

    with sync_client(fake, session) as sc:

        def worker() -> None:
            go.wait(5)
            statuses.append(sc.get("/v1/users/me").status_code)

        threads = [threading.Thread(target=worker) for _ in range(20)]
        for t in threads:
            t.start()
        async with async_client(fake, session) as ac:
            go.set()
            responses = await asyncio.gather(*(ac.get("/v1/users/me") for _ in range(20)))
        for t in threads:
            t.join(10)
    assert statuses + [r.status_code for r in responses] == [200] * 40
    assert fake.count(ACCESS) == 1
    assert fake.count(REFRESH) == 0
    assert session.access.renewals == 1


def test_login_authenticates_the_user_then_obtains_the_token_pair() -> None:
    fake = FakeServer()
    session = idnpartner.Session(FrozenClock(START))
    c = idnpartner.client(CREDS, base_url=BASE, session=session, transport=httpx.MockTransport(fake))
    with c:
        assert idnpartner.login(c, "budi", "pw-123456") is session
        c.get_httpx_client().get("/v1/users/me")
    auth, issue, me = fake.requests
    assert (auth.url.path, issue.url.path) == ("/v1/auth/user", USER)
    assert "authorization" not in auth.headers
    assert issue.headers["authorization"] == "Bearer ut-1"
    assert session.user_id == "usr_1"
    access, refresh = session.access.current, session.refresh_token
    assert access is not None
    assert refresh is not None
    assert access.expires_at == START + 900
    assert refresh.expires_at == START + 604800
    assert me.headers["authorization"] == f"Bearer {access.value}"
    assert me.headers["x-user-token"] == "ut-1"


@pytest.mark.anyio
async def test_alogin_through_an_httpx_async_client_and_transport() -> None:
    fake = FakeServer()
    session = idnpartner.Session(FrozenClock(START))
    t = idnpartner.async_transport(CREDS, base_url=BASE, session=session, inner=httpx.MockTransport(fake))
    async with httpx.AsyncClient(base_url=BASE, transport=t) as c:
        await idnpartner.alogin(c, "budi", "pw-123456", session=session)
        assert (await c.get("/v1/users/me")).status_code == 200
    assert fake.paths() == ["/v1/auth/user", USER, "/v1/users/me"]
    assert session.logged_in


def test_login_failure_is_a_typed_error_and_leaves_the_session_alone() -> None:
    fake = FakeServer()
    fake.script = [error(401, "invalid_credentials", "Invalid username or password")]
    session = logged_in()
    c = idnpartner.client(CREDS, base_url=BASE, session=session, transport=httpx.MockTransport(fake))
    with c, pytest.raises(AuthenticationError, match="Invalid username") as info:
        idnpartner.login(c, "budi", "wrong-pw-xyz")
    assert "wrong-pw-xyz" not in str(info.value)
    assert fake.paths() == ["/v1/auth/user"]  # invalid_credentials is not renewable: no resend
    assert session.user_token == Token("ut-1", START + 86400)


def test_clients_of_one_credential_do_not_share_a_user_unless_given_the_same_session() -> None:
    """Issue 17: two clients of one credential and base URL are two users; sharing is explicit."""
    base = "https://shared.idn.invalid"
    fake = FakeServer()
    a = idnpartner.client(CREDS, base_url=base, transport=httpx.MockTransport(fake))
    b = idnpartner.client(CREDS, base_url=base, transport=httpx.MockTransport(fake))
    assert idnpartner.session_of(a) is not idnpartner.session_of(b)
    session = idnpartner.login(a, "budi", "pw-123456")
    assert session.logged_in
    assert not idnpartner.session_of(b).logged_in  # no login, no user
    with pytest.raises(idnpartner.LoginRequired):
        b.get_httpx_client().get("/v1/users/me")
    # Logging b in does not replace a's user (a keeps its own tokens).
    before = session.access.current
    assert before is not None
    other = idnpartner.login(b, "siti", "pw-654321")
    assert idnpartner.session_of(a) is session
    assert other is not session
    after, theirs = session.access.current, other.access.current
    assert after is not None
    assert theirs is not None
    assert after.value == before.value != theirs.value
    # Shared only when passed explicitly: c acts as a's user.
    c = idnpartner.client(CREDS, base_url=base, session=session, transport=httpx.MockTransport(fake))
    assert idnpartner.session_of(c) is session
    access = session.access.current
    assert access is not None
    c.get_httpx_client().get("/v1/users/me")
    assert fake.requests[-1].headers["authorization"] == f"Bearer {access.value}"
    assert not hasattr(idnpartner, "session_for")
    for x in (a, b, c):
        x.get_httpx_client().close()


def test_session_of_an_unknown_object_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="session="):
        idnpartner.session_of(httpx.Client())


@pytest.mark.timeout(15)
@pytest.mark.anyio
async def test_a_401_arriving_while_a_task_renews_does_not_block_the_event_loop() -> None:
    """Task A renews (holding the store's lock, awaiting the server) when task B's 401 arrives:
    B's invalidation must wait off the loop, or A can never finish."""
    renewing = asyncio.Event()
    requests: list[str] = []

    async def server(request: httpx.Request) -> httpx.Response:
        requests.append(request.url.path)
        bearer = request.headers.get("authorization", "")
        if request.url.path == ACCESS:
            renewing.set()
            await asyncio.sleep(0.2)
            return httpx.Response(200, json={"access_token": "at-new", "expires_in": 900})
        if bearer == "Bearer at-1":
            arrival = requests.count("/v1/banks")
            await asyncio.sleep(0.01)  # both callers send the old token before either hears back
            if arrival > 1:
                await renewing.wait()  # the second caller's 401 lands mid-renewal
            return error(401, "token_expired")
        return httpx.Response(200, json={})

    async with async_client(server, logged_in()) as c:
        first, second = await asyncio.gather(c.get("/v1/banks"), c.get("/v1/banks"))
    assert (first.status_code, second.status_code) == (200, 200)
    assert requests.count(ACCESS) == 1
    assert requests.count("/v1/banks") == 4
