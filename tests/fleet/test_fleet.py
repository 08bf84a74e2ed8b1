"""Fleets (issue 19): 8 processes x 10 threads sharing tokens through a real redis-server.

Each test starts one sandbox on loopback in this process and worker processes
(`tests/fleet/worker.py`) that call it through `RedisTokenStore`; the sandbox's ledger counts the
token issuances. Nothing is mocked.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from auth_plugins import RedisTokenStore, htp, idnpartner
from tests.conftest import LiveSandbox
from tests.fleet.fleet import Fleet
from tests.fleet.redis_server import RedisServer
from tests.sandbox.core import Fault
from tests.sandbox.providers import htp as htp_sim
from tests.sandbox.providers import idnpartner as idn_sim

pytestmark = [pytest.mark.fleet, pytest.mark.e2e, pytest.mark.timeout(90)]

PROCESSES, THREADS = 8, 10
HTP_ENV = {"HTP_AGENT_ID": htp_sim.AGENT_ID, "HTP_AGENT_SECRET": htp_sim.AGENT_SECRET}
IDN_ENV = {"IDNPARTNER_APP_KEY": idn_sim.APP_KEY}


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


def _config(box: LiveSandbox, redis_url: str, slug: str, **extra: Any) -> dict[str, Any]:
    return {
        "slug": slug,
        "base_url": box.base_url,
        "redis_url": redis_url,
        "namespace": "fleet-test",
        "threads": THREADS,
        "calls": 3,
        **extra,
    }


def _all_ok(results: list[dict[str, Any]], processes: int, threads: int, calls: int) -> None:
    errors = [e for r in results for e in r["errors"]]
    assert errors == []
    assert sum(r["ok"] for r in results) == processes * threads * calls


def _htp_warm(box: LiveSandbox, redis_url: str) -> None:
    """This process issues the connect token and stores it in Redis; then the server expires it."""
    from htp_client.api.agent_top_up_rate import get_agent_top_up_rate

    creds = htp.Credentials(agent_id=htp_sim.AGENT_ID, agent_secret=htp_sim.AGENT_SECRET)
    store = RedisTokenStore(redis_url, namespace="fleet-test")
    with htp.client(creds, base_url=box.base_url, token_store=store) as client:
        get_agent_top_up_rate.sync(client=client)
    assert len(box.state.arrivals("create_connect_token")) == 1


def _run(fleet: Fleet) -> list[dict[str, Any]]:
    try:
        fleet.ready()
        return fleet.round()
    finally:
        fleet.close()


def test_htp_expired_connect_token_is_issued_once_for_8_processes(
    htp_box: LiveSandbox, redis_url: str
) -> None:
    htp_box.state.reset()
    _htp(htp_box).reset_sessions()
    _htp_warm(htp_box, redis_url)
    _htp(htp_box).expire_tokens()  # every process reads it from Redis, gets a 401, renews
    htp_box.state.reset()
    results = _run(Fleet(PROCESSES, _config(htp_box, redis_url, "htp"), HTP_ENV))
    _all_ok(results, PROCESSES, THREADS, 3)
    assert len(htp_box.state.arrivals("create_connect_token")) == 1


def _idn_login(box: LiveSandbox, redis_url: str) -> str:
    creds = idnpartner.Credentials(app_key=idn_sim.APP_KEY)
    store = RedisTokenStore(redis_url, namespace="fleet-test")
    with idnpartner.client(creds, base_url=box.base_url, token_store=store) as client:
        session = idnpartner.login(client, idn_sim.USERNAME, idn_sim.PASSWORD)
    assert session.user_id is not None
    return session.user_id


def test_idnpartner_access_token_renewed_once_for_8_processes(idn_box: LiveSandbox, redis_url: str) -> None:
    idn_box.state.reset()
    _idn(idn_box).reset()
    user_id = _idn_login(idn_box, redis_url)
    _idn(idn_box).expire("access")
    idn_box.state.reset()
    results = _run(Fleet(PROCESSES, _config(idn_box, redis_url, "idnpartner", user_id=user_id), IDN_ENV))
    _all_ok(results, PROCESSES, THREADS, 3)
    assert len(idn_box.state.arrivals("refresh_access_token")) == 1
    assert idn_box.state.arrivals("renew_refresh_token") == []
    assert idn_box.state.arrivals("authenticate_user") == []


def test_idnpartner_refresh_token_rotated_once_for_8_processes(idn_box: LiveSandbox, redis_url: str) -> None:
    idn_box.state.reset()
    _idn(idn_box).reset()
    user_id = _idn_login(idn_box, redis_url)
    _idn(idn_box).expire("access", "refresh")
    idn_box.state.reset()
    results = _run(Fleet(PROCESSES, _config(idn_box, redis_url, "idnpartner", user_id=user_id), IDN_ENV))
    _all_ok(results, PROCESSES, THREADS, 3)
    assert len(idn_box.state.arrivals("renew_refresh_token")) == 1  # one rotation, no storm
    assert len(idn_box.state.arrivals("refresh_access_token", accepted=True)) == 1
    assert idn_box.state.arrivals("authenticate_user") == []  # nobody was logged out


def _wait_for(predicate: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_lock_holder_killed_mid_renewal_loses_its_lease(htp_box: LiveSandbox, redis_url: str) -> None:
    htp_box.state.reset()
    _htp(htp_box).reset_sessions()
    lease = 1.5
    # The first token request is processed, then answered only after 5 s: its sender holds the lease.
    htp_box.state.push(Fault("delay", delay=5, operation="create_connect_token", after_processing=True))
    holder = Fleet(1, _config(htp_box, redis_url, "htp", threads=1, calls=1, lease=lease), HTP_ENV)
    others = Fleet(PROCESSES - 1, _config(htp_box, redis_url, "htp", calls=2, lease=lease), HTP_ENV)
    try:
        holder.ready()
        others.ready()
        holder.send()
        _wait_for(lambda: len(htp_box.state.arrivals("create_connect_token")) == 1, 10)
        others.send()
        time.sleep(0.3)  # they are waiting on the lease now
        killed_at, killed_wall = time.monotonic(), time.time()
        holder.kill(0)
        results = others.results()
        done_at = time.monotonic()
    finally:
        holder.close()
        others.close()
    _all_ok(results, PROCESSES - 1, THREADS, 2)
    # The dead holder's request, then exactly one renewal by a survivor, after the lease ran out.
    arrivals = htp_box.state.arrivals("create_connect_token")
    assert len(arrivals) == 2
    # Not before the dead holder's lease ran out (last extended at most a third of it before).
    assert arrivals[1].at - killed_wall >= lease / 2
    assert done_at - killed_at < lease + 5


def test_redis_stopped_and_restarted_mid_run(
    htp_box: LiveSandbox, redis_server: RedisServer, redis_url: str
) -> None:
    htp_box.state.reset()
    _htp(htp_box).reset_sessions()
    _htp_warm(htp_box, redis_url)
    htp_box.state.reset()
    fleet = Fleet(PROCESSES, _config(htp_box, redis_url, "htp", calls=2, retry_interval=0.5), HTP_ENV)
    try:
        fleet.ready()
        _all_ok(fleet.round(), PROCESSES, THREADS, 2)
        assert htp_box.state.arrivals("create_connect_token") == []  # all read the shared token

        redis_server.stop()  # Redis is gone; the token is refused: every process renews alone
        _htp(htp_box).expire_tokens()
        _all_ok(fleet.round(), PROCESSES, THREADS, 2)
        assert len(htp_box.state.arrivals("create_connect_token")) == PROCESSES

        redis_server.start()  # back, empty (no persistence: also a flushed Redis)
        time.sleep(0.7)  # past retry_interval
        _htp(htp_box).expire_tokens()
        htp_box.state.reset()
        _all_ok(fleet.round(), PROCESSES, THREADS, 2)
        assert len(htp_box.state.arrivals("create_connect_token")) == 1  # sharing again
    finally:
        logs = fleet.close()
    for log in logs:
        warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
        assert len(warnings) == 1, log
        assert "per-process tokens" in warnings[0]


def test_the_redis_keyspace_holds_no_token_secret_or_credential_in_clear(
    htp_box: LiveSandbox, idn_box: LiveSandbox, redis_url: str
) -> None:
    import redis
    from htp_client.api.agent_top_up_rate import get_agent_top_up_rate
    from htp_client.api.profile import get_profile
    from idnpartner_client.api.external import list_banks

    _htp(htp_box).reset_sessions()
    _idn(idn_box).reset()
    store = RedisTokenStore(redis_url, namespace="fleet-test")
    creds = htp.Credentials(agent_id=htp_sim.AGENT_ID, agent_secret=htp_sim.AGENT_SECRET)
    with htp.client(creds, base_url=htp_box.base_url, token_store=store, encrypt=True) as agent:
        get_agent_top_up_rate.sync(client=agent)
        user = htp.login(agent, "ana@example.com", htp_sim.DEMO_PASSWORD)
    with htp.client(creds, base_url=htp_box.base_url, token_store=store, user=user) as client:
        get_profile.sync(client=client)
    icreds = idnpartner.Credentials(app_key=idn_sim.APP_KEY)
    with idnpartner.client(icreds, base_url=idn_box.base_url, token_store=store) as iclient:
        session = idnpartner.login(iclient, idn_sim.USERNAME, idn_sim.PASSWORD)
        list_banks.sync(client=iclient)

    raw = redis.Redis.from_url(redis_url)
    dump = b""
    names = list(raw.scan_iter("*"))
    assert len(names) >= 6  # connect token, key session, user access + refresh, idnpartner's three
    for name in names:
        assert name.startswith(b"fleet-test:t:")
        value = raw.get(name)
        assert isinstance(value, bytes)
        ttl = raw.pttl(name)
        assert 0 < ttl <= 86_400_000  # every entry dies with its token (or max_ttl)
        dump += name + b"\n" + value + b"\n"
    raw.close()
    forbidden = [
        *_htp(htp_box).issued,  # every connect and user token the server issued
        *_htp(htp_box).refresh_tokens,
        *(t for kind in ("user", "access", "refresh") for t in _idn(idn_box).issued(kind)),
        htp_sim.AGENT_ID,
        htp_sim.AGENT_SECRET,
        idn_sim.APP_KEY,
        idn_sim.USERNAME,
        session.user_id or "",
        user.user_id or "missing",
        htp_box.base_url,
        idn_box.base_url.split("//")[1],
    ]
    assert len(forbidden) > 12
    for text in forbidden:
        assert text
        for form in (text.encode(), text.encode().hex().encode(), uuid_hex(text)):
            assert form not in dump


def uuid_hex(text: str) -> bytes:
    try:
        return uuid.UUID(text).hex.encode()
    except ValueError:
        return text.encode()
