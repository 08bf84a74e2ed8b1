"""RedisTokenStore in one process, against a real redis-server: what a fleet relies on."""

from __future__ import annotations

import asyncio
import logging
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import redis

from auth_plugins import MemoryTokenStore, RedisTokenStore, htp, idnpartner
from auth_plugins._core import Clock, Scope, Token
from tests.conftest import LiveSandbox
from tests.fleet.redis_server import free_port
from tests.sandbox.providers import htp as htp_sim
from tests.sandbox.providers import idnpartner as idn_sim

pytestmark = [pytest.mark.fleet, pytest.mark.e2e]

CREDS = htp.Credentials(agent_id=htp_sim.AGENT_ID, agent_secret=htp_sim.AGENT_SECRET)
ICREDS = idnpartner.Credentials(app_key=idn_sim.APP_KEY)


def _htp(box: LiveSandbox) -> htp_sim.SandboxProvider:
    assert isinstance(box.provider, htp_sim.SandboxProvider)
    return box.provider


def _idn(box: LiveSandbox) -> idn_sim.SandboxProvider:
    assert isinstance(box.provider, idn_sim.SandboxProvider)
    return box.provider


@pytest.fixture(scope="module")
def htp_box() -> Iterator[LiveSandbox]:
    live = LiveSandbox("htp")
    yield live
    live.stop()


@pytest.fixture(scope="module")
def idn_box() -> Iterator[LiveSandbox]:
    live = LiveSandbox("idnpartner")
    yield live
    live.stop()


def _read(client: object) -> object:
    from htp_client.api.agent_top_up_rate import get_agent_top_up_rate

    return get_agent_top_up_rate.sync(client=client)  # type: ignore[arg-type]


def _commands(url: str) -> int:
    raw = redis.Redis.from_url(url)
    stats = raw.info("commandstats")
    raw.close()
    # Each of these connections announces itself (INFO, CLIENT SETINFO, HELLO): count the rest.
    ours = ("cmdstat_info", "cmdstat_client|setinfo", "cmdstat_hello")
    return sum(int(v["calls"]) for k, v in stats.items() if k not in ours)


def test_steady_state_calls_never_touch_redis(htp_box: LiveSandbox, redis_url: str) -> None:
    _htp(htp_box).reset_sessions()
    store = RedisTokenStore(redis_url, namespace="steady")
    with htp.client(CREDS, base_url=htp_box.base_url, token_store=store) as client:
        _read(client)  # the miss: Redis is read, the lease taken, the token written
        before = _commands(redis_url)
        for _ in range(50):
            _read(client)
        assert _commands(redis_url) == before


def test_processes_share_through_redis_and_a_401_goes_back_to_it(
    htp_box: LiveSandbox, redis_url: str
) -> None:
    """Two stores stand for two processes: the second reads the first's token instead of issuing."""
    _htp(htp_box).reset_sessions()
    htp_box.state.reset()
    one = RedisTokenStore(redis_url, namespace="pair")
    two = RedisTokenStore(redis_url, namespace="pair")
    with (
        htp.client(CREDS, base_url=htp_box.base_url, token_store=one) as a,
        htp.client(CREDS, base_url=htp_box.base_url, token_store=two) as b,
    ):
        _read(a)
        _read(b)
        assert len(htp_box.state.arrivals("create_connect_token")) == 1
        _htp(htp_box).expire_tokens()
        _read(a)  # 401, renewed under the lease: the fleet's token is now the new one
        _read(b)  # 401 for the old token: the new one comes from Redis, not from a second issuance
        assert len(htp_box.state.arrivals("create_connect_token")) == 2


@pytest.mark.anyio
async def test_async_callers_share_one_renewal(htp_box: LiveSandbox, redis_url: str) -> None:
    from htp_client.api.agent_top_up_rate import get_agent_top_up_rate

    _htp(htp_box).reset_sessions()
    htp_box.state.reset()
    stores = [RedisTokenStore(redis_url, namespace="async") for _ in range(3)]
    clients = [htp.client(CREDS, base_url=htp_box.base_url, token_store=s) for s in stores]
    try:
        await asyncio.gather(*(get_agent_top_up_rate.asyncio(client=c) for c in clients for _ in range(5)))
    finally:
        for c in clients:
            await c.get_async_httpx_client().aclose()
    assert len(htp_box.state.arrivals("create_connect_token")) == 1


def test_redis_unreachable_falls_back_with_one_warning(
    htp_box: LiveSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    _htp(htp_box).reset_sessions()
    url = f"redis://:hunter2-secret@127.0.0.1:{free_port()}/0"  # nothing listens there
    store = RedisTokenStore(url, namespace="down", retry_interval=0.0)
    caplog.set_level(logging.WARNING, logger="auth_plugins")
    with htp.client(CREDS, base_url=htp_box.base_url, token_store=store) as client:
        for _ in range(3):
            _read(client)
            _htp(htp_box).expire_tokens()  # every call renews, each one trying Redis again
        _read(client)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "hunter2" not in caplog.text
    assert "hunter2" not in repr(store)


def test_a_redis_that_never_answers_costs_one_bounded_timeout(
    htp_box: LiveSandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """A slow Redis: connections are accepted and never answered. Each command is bounded by
    `timeout`, the call succeeds with a per-process token, and Redis is left alone meanwhile."""
    _htp(htp_box).reset_sessions()
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)  # never accept()ed, never read: the kernel completes the handshake
        port = silent.getsockname()[1]
        store = RedisTokenStore(f"redis://127.0.0.1:{port}/0", namespace="slow", timeout=0.3)
        caplog.set_level(logging.WARNING, logger="auth_plugins")
        with htp.client(CREDS, base_url=htp_box.base_url, token_store=store) as client:
            start = time.monotonic()
            _read(client)
            first = time.monotonic() - start
            _htp(htp_box).expire_tokens()
            start = time.monotonic()
            _read(client)  # within retry_interval: straight to the token route
            second = time.monotonic() - start
    assert first < 0.3 * 2 + 1.5
    assert second < 0.3
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_a_rotated_refresh_token_is_reread_not_a_logout(idn_box: LiveSandbox, redis_url: str) -> None:
    """Requirement 3: a process renewing with a refresh token another one already rotated (here
    its first read of Redis missed it) is refused, re-reads the fleet's newest and uses it."""
    from idnpartner_client.api.external import list_banks

    _idn(idn_box).reset()
    store = RedisTokenStore(redis_url, namespace="rotation")
    with idnpartner.client(ICREDS, base_url=idn_box.base_url, token_store=store) as first:
        session = idnpartner.login(first, idn_sim.USERNAME, idn_sim.PASSWORD)
        stale = session.refresh_token
        assert stale is not None
        assert session.user_id is not None
        other = idnpartner.Session(user_id=session.user_id)  # another process's view of the user
        with idnpartner.client(ICREDS, base_url=idn_box.base_url, token_store=store, session=other) as second:
            list_banks.sync(client=second)
            other.latest_refresh()  # it now holds the first refresh token in memory
            # The first process rotates the refresh token (the server revokes the old one).
            _idn(idn_box).expire("access", "refresh")
            list_banks.sync(client=first)
            assert len(idn_box.state.arrivals("renew_refresh_token")) == 1
            fresh = session.refresh_token
            assert fresh is not None
            assert fresh.value != stale.value
            # The second process's access token is refused and its first look at Redis misses.
            _idn(idn_box).expire("access")
            session.access.set(None)  # and gone from Redis too (as if its TTL had run out)
            peek, missed = store.peek, list[Scope]()

            def first_read_misses(scope: Scope, clock: Clock | None = None) -> Token | None:
                if not missed:
                    missed.append(scope)
                    return None
                return peek(scope, clock)

            store.peek = first_read_misses  # type: ignore[method-assign]
            idn_box.state.reset()
            list_banks.sync(client=second)
    assert other.logged_in
    sent = [a.headers.get("authorization") for a in idn_box.state.arrivals("refresh_access_token")]
    assert sent == [f"Bearer {stale.value}", f"Bearer {fresh.value}"]  # refused, then the fleet's newest
    assert idn_box.state.arrivals("renew_refresh_token") == []  # no second rotation
    assert idn_box.state.arrivals("authenticate_user") == []


def test_another_key_reads_nothing(redis_url: str) -> None:
    scope = Scope("htp", "agent", "https://x", "connect", b"secret-one")
    token = Token("tok-value", expires_at=Clock().now() + 600)
    RedisTokenStore(redis_url, namespace="k").publish(scope, token)
    assert RedisTokenStore(redis_url, namespace="k").peek(scope) == token
    assert RedisTokenStore(redis_url, namespace="k", key=b"k" * 32).peek(scope) is None
    other_secret = Scope("htp", "agent", "https://x", "connect", b"secret-two")
    same_store = RedisTokenStore(redis_url, namespace="k")
    assert same_store.peek(scope) == token
    assert same_store.peek(other_secret) is None  # a rotated secret is another key


def test_memory_store_is_the_default_and_reprs_hide_tokens(htp_box: LiveSandbox) -> None:
    _htp(htp_box).reset_sessions()
    with htp.client(CREDS, base_url=htp_box.base_url, token_store=MemoryTokenStore()) as client:
        _read(client)
    store = RedisTokenStore("redis://:pw-secret@127.0.0.1:1/0")
    scope = Scope("htp", htp_sim.AGENT_ID, "https://x", "connect", htp_sim.AGENT_SECRET.encode())
    fleet = store.store(scope)
    fleet.set(Token("tok-secret-value"))
    for text in (repr(store), repr(fleet), repr(scope), str(scope)):
        assert "secret" not in text
        assert htp_sim.AGENT_ID not in text


def test_importing_a_provider_or_building_a_memory_client_imports_no_redis() -> None:
    code = (
        "import sys; from auth_plugins import htp, idnpartner, MemoryTokenStore, RedisTokenStore\n"
        "htp.client(htp.Credentials(agent_id='3f8e2b1c-7d4a-4e6f-9a0b-1c2d3e4f5a6b', agent_secret='s'),"
        " base_url='http://127.0.0.1:1', token_store=MemoryTokenStore())\n"
        "assert 'redis' not in sys.modules, 'redis imported'\n"
        "RedisTokenStore('redis://127.0.0.1:1/0')\n"
        "assert 'redis' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_given_client_of_either_kind_serves_sync_and_async_calls(
    htp_box: LiveSandbox, redis_url: str
) -> None:
    import redis.asyncio
    from htp_client.api.agent_top_up_rate import get_agent_top_up_rate

    _htp(htp_box).reset_sessions()
    htp_box.state.reset()
    given_sync = redis.Redis.from_url(redis_url)
    given_async = redis.asyncio.Redis.from_url(redis_url)
    first = RedisTokenStore(given_sync, namespace="given")
    second = RedisTokenStore(given_async, namespace="given")
    with (
        htp.client(CREDS, base_url=htp_box.base_url, token_store=first) as a,
        htp.client(CREDS, base_url=htp_box.base_url, token_store=second) as b,
    ):
        asyncio.run(get_agent_top_up_rate.asyncio(client=a))  # an asyncio sibling of the sync client
        _read(b)  # a sync sibling of the asyncio client
        asyncio.run(get_agent_top_up_rate.asyncio(client=b))  # another loop: its own connections
    assert len(htp_box.state.arrivals("create_connect_token")) == 1
    given_sync.close()


def test_an_htp_user_signed_in_once_serves_another_process(htp_box: LiveSandbox, redis_url: str) -> None:
    """htp user sessions: a second process joins by user id, reads the user's tokens from Redis,
    and a refresh (which rotates the pair) runs once for both, with the newest refresh token."""
    from htp_client.api.profile import get_profile

    _htp(htp_box).reset_sessions()
    one = RedisTokenStore(redis_url, namespace="users")
    two = RedisTokenStore(redis_url, namespace="users")
    with htp.client(CREDS, base_url=htp_box.base_url, token_store=one) as agent:
        signed_in = htp.login(agent, "ana@example.com", htp_sim.DEMO_PASSWORD)
    assert signed_in.user_id is not None
    joined = htp.UserSession(user_id=signed_in.user_id)
    with (
        htp.client(CREDS, base_url=htp_box.base_url, token_store=one, user=signed_in) as a,
        htp.client(CREDS, base_url=htp_box.base_url, token_store=two, user=joined) as b,
    ):
        get_profile.sync(client=a)
        get_profile.sync(client=b)  # no login here: the user's tokens come from Redis
        assert joined.logged_in
        htp_box.state.reset()
        _htp(htp_box).expire_tokens()  # the user's access token (and the connect token) refused
        get_profile.sync(client=a)
        get_profile.sync(client=b)
    assert len(htp_box.state.arrivals("refresh_token", accepted=True)) == 1
    assert htp_box.state.arrivals("login_user") == []
