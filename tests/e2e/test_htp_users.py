"""Issue 17: htp user sessions. User operations (`x-user-session`) carry the signed-in user's own
access token, agent operations the connect token; two users at once never mix; renewal through
the refresh route is single-flight; logout drops the session; no user → LoginRequired."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from htp_client import AuthenticatedClient
from htp_client.api.agent_top_up_rate import get_agent_top_up_rate
from htp_client.api.profile import get_profile

from auth_plugins import htp
from auth_plugins.errors import AuthenticationError
from tests.conftest import LiveSandbox
from tests.sandbox.providers import htp as sim

SLUG = "htp"
pytestmark = pytest.mark.e2e

CREDS = htp.Credentials(agent_id=sim.AGENT_ID, agent_secret=sim.AGENT_SECRET)
USERS = ("ana@example.com", "bob@example.com")


@pytest.fixture(autouse=True)
def fresh(sandbox: LiveSandbox) -> Iterator[None]:
    _sim(sandbox).reset_sessions()
    htp.token_store(CREDS, base_url=sandbox.base_url).set(None)
    yield
    _sim(sandbox).reset_sessions()


def _sim(sandbox: LiveSandbox) -> sim.SandboxProvider:
    provider = sandbox.provider
    assert isinstance(provider, sim.SandboxProvider)
    return provider


def _client(sandbox: LiveSandbox, **kw: Any) -> AuthenticatedClient:
    return htp.client(CREDS, base_url=sandbox.base_url, **kw)


def _bearer(headers: dict[str, str]) -> str:
    return headers["authorization"].removeprefix("Bearer ")


def _check_ledger(sandbox: LiveSandbox, sessions: dict[str, htp.UserSession]) -> None:
    provider = _sim(sandbox)
    (connect,) = provider.live_tokens()
    user_tokens = {email: s.access.current.value for email, s in sessions.items() if s.access.current}
    assert len(set(user_tokens.values())) == 2
    profiles = sandbox.state.arrivals("get_profile", accepted=True)
    assert len(profiles) == 6
    for arrival in profiles:  # each user op carried a user token, never the connect token
        token = _bearer(arrival.headers)
        assert token != connect
        assert token in user_tokens.values()
    for email, token in user_tokens.items():
        assert provider.user_of(token) == email
        assert sum(_bearer(a.headers) == token for a in profiles) == 3
    for name in ("get_agent_top_up_rate", "login_user"):
        arrivals = sandbox.state.arrivals(name, accepted=True)
        assert arrivals
        assert {_bearer(a.headers) for a in arrivals} == {connect}


def test_two_users_concurrently_each_with_their_own_token(sandbox: LiveSandbox) -> None:
    sessions: dict[str, htp.UserSession] = {}
    emails: dict[str, list[str]] = {}
    with _client(sandbox) as agent:
        start = threading.Barrier(2)

        def run(email: str) -> None:
            start.wait()
            session = htp.login(agent, email, sim.DEMO_PASSWORD)
            sessions[email] = session
            with _client(sandbox, user=session) as mine:
                seen = []
                for _ in range(3):
                    profile = get_profile.sync(client=mine)
                    seen.append(str(profile.data.email))
                    get_agent_top_up_rate.sync(client=mine)  # agent op on a user's client
                emails[email] = seen

        threads = [threading.Thread(target=run, args=(email,)) for email in USERS]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert emails == {email: [email] * 3 for email in USERS}
    _check_ledger(sandbox, sessions)


@pytest.mark.anyio
async def test_two_users_concurrently_async(sandbox: LiveSandbox) -> None:
    sessions: dict[str, htp.UserSession] = {}
    async with _client(sandbox) as agent:

        async def run(email: str) -> list[str]:
            session = await htp.alogin(agent, email, sim.DEMO_PASSWORD)
            sessions[email] = session
            async with _client(sandbox, user=session) as mine:
                seen = []
                for _ in range(3):
                    profile, _rate = await asyncio.gather(
                        get_profile.asyncio(client=mine), get_agent_top_up_rate.asyncio(client=mine)
                    )
                    seen.append(str(profile.data.email))
                return seen

        results = await asyncio.gather(*(run(email) for email in USERS))
    assert results == [[email] * 3 for email in USERS]
    _check_ledger(sandbox, sessions)


def test_a_client_without_a_user_refuses_user_operations_before_sending(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as agent:
        with pytest.raises(htp.LoginRequired, match=r"get_profile acts for a signed-in user"):
            get_profile.sync(client=agent)
        assert get_agent_top_up_rate.sync(client=agent).status_code == 200
    assert sandbox.state.arrivals("get_profile") == []
    assert issubclass(htp.LoginRequired, AuthenticationError)


def test_user_token_renewed_once_after_expiry_under_threads(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as agent:
        session = htp.login(agent, USERS[0], sim.DEMO_PASSWORD)
    first = session.access.current
    assert first is not None
    with _client(sandbox, user=session) as mine:
        get_profile.sync(client=mine)
        _sim(sandbox).expire_tokens()  # the user's token (and the connect token) die server-side
        results: list[object] = []
        go = threading.Event()

        def call() -> None:
            go.wait()
            results.append(get_profile.sync(client=mine))

        threads = [threading.Thread(target=call) for _ in range(10)]
        for t in threads:
            t.start()
        go.set()
        for t in threads:
            t.join()
    assert len(results) == 10
    assert len(sandbox.state.arrivals("refresh_token", accepted=True)) == 1  # single-flight
    renewed = session.access.current
    assert renewed is not None
    assert renewed.value != first.value
    assert repr(session).count(renewed.value) == 0


def test_logout_drops_the_session(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as agent:
        session = htp.login(agent, USERS[0], sim.DEMO_PASSWORD)
        with _client(sandbox, user=session) as mine:
            get_profile.sync(client=mine)
            htp.logout(agent, session)
            assert not session.logged_in
            with pytest.raises(htp.LoginRequired):
                get_profile.sync(client=mine)
    assert _sim(sandbox).live_tokens("user") == []
    (logout,) = sandbox.state.arrivals("logout_user", accepted=True)
    assert "authorization" not in logout.headers


def test_sandbox_refuses_the_connect_token_on_a_user_operation(sandbox: LiveSandbox) -> None:
    import httpx

    with _client(sandbox) as agent:
        get_agent_top_up_rate.sync(client=agent)
    (connect,) = _sim(sandbox).live_tokens()
    answer = httpx.get(
        sandbox.base_url + "/api/v1/profile", headers={"Authorization": f"Bearer {connect}"}
    ).json()
    assert answer["status_code"] == 401
