"""TokenStore: one renewal for any mix of threads and tasks; shared failures; leeway."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from auth_plugins._core import FrozenClock, Token, TokenStore
from auth_plugins.errors import AuthenticationError


class Issuer:
    def __init__(self, clock: FrozenClock, *, fail: bool = False, delay: float = 0.05) -> None:
        self.clock = clock
        self.fail = fail
        self.delay = delay
        self.calls = 0
        self.lock = threading.Lock()

    def _next(self) -> Token:
        with self.lock:
            self.calls += 1
            n = self.calls
        if self.fail:
            raise AuthenticationError("refresh rejected", status_code=401)
        return Token(f"tok-{n}", expires_at=self.clock.now() + 3600)

    def fetch(self, old: Token | None) -> Token:
        time.sleep(self.delay)
        return self._next()

    async def afetch(self, old: Token | None) -> Token:
        await asyncio.sleep(self.delay)
        return self._next()


def _expired_store(clock: FrozenClock) -> TokenStore:
    store = TokenStore(clock, leeway=60)
    store.set(Token("old", expires_at=clock.now() - 1))
    return store


def _run_mixed(store: TokenStore, issuer: Issuer, n: int = 20) -> list[object]:
    results: list[object] = []
    lock = threading.Lock()
    barrier = threading.Barrier(n + 1)

    def thread_body() -> None:
        barrier.wait()
        try:
            value: object = store.get(issuer.fetch).value
        except AuthenticationError as exc:
            value = exc
        with lock:
            results.append(value)

    async def task_body() -> object:
        try:
            return (await store.aget(issuer.afetch)).value
        except AuthenticationError as exc:
            return exc

    async def tasks() -> list[object]:
        await asyncio.get_running_loop().run_in_executor(None, barrier.wait)
        return list(await asyncio.gather(*(task_body() for _ in range(n))))

    threads = [threading.Thread(target=thread_body) for _ in range(n)]
    for t in threads:
        t.start()
    results.extend(asyncio.run(tasks()))
    for t in threads:
        t.join()
    return results


@pytest.mark.checklist(13, "20 threads + 20 tasks on an expired token", expected="1 renewal")
def test_twenty_threads_and_twenty_tasks_renew_once() -> None:
    clock = FrozenClock()
    store, issuer = _expired_store(clock), Issuer(clock)
    results = _run_mixed(store, issuer)
    assert issuer.calls == 1
    assert results == ["tok-1"] * 40


@pytest.mark.checklist(13, "failing renewal, no stampede", expected="same typed error")
def test_failed_renewal_reaches_every_waiter_without_stampede() -> None:
    clock = FrozenClock()
    store, issuer = _expired_store(clock), Issuer(clock, fail=True, delay=0.2)
    results = _run_mixed(store, issuer)
    assert len(results) == 40
    assert all(isinstance(r, AuthenticationError) for r in results)
    # Waiters that queued behind the failing renewal share its error; only late arrivals retry.
    assert issuer.calls < 10


@pytest.mark.checklist(13, "proactive refresh at leeway", expected="renewed at leeway")
def test_proactive_refresh_at_leeway() -> None:
    clock = FrozenClock()
    store, issuer = TokenStore(clock, leeway=60), Issuer(clock, delay=0)
    first = store.get(issuer.fetch)
    clock.advance(3600 - 61)
    assert store.get(issuer.fetch) is first
    clock.advance(2)
    assert store.get(issuer.fetch).value == "tok-2"
    assert issuer.calls == 2


def test_invalidate_only_the_token_that_failed() -> None:
    clock = FrozenClock()
    store, issuer = TokenStore(clock), Issuer(clock, delay=0)
    store.get(issuer.fetch)
    store.invalidate("some-older-token")
    assert store.current is not None
    store.invalidate("tok-1")
    assert store.current is None


def test_usable_follows_the_held_tokens_deadline() -> None:
    """`usable` answers from the deadline kept with the token (`Token.stale_at`): the same answer as
    `Token.fresh`, for a token that expires, one that never does, and none at all."""
    clock = FrozenClock()
    store = TokenStore(clock, leeway=60)
    assert store.usable() is None
    expiring = Token("a", expires_at=clock.now() + 100)
    store.set(expiring)
    assert store.usable() is expiring
    assert expiring.fresh(clock.now(), 60)
    clock.advance(40)  # exactly at expires_at - leeway: stale
    assert store.usable() is None
    assert not expiring.fresh(clock.now(), 60)
    forever = Token("b")
    store.set(forever)
    clock.advance(10**9)
    assert store.usable() is forever
    store.invalidate("b")
    assert store.usable() is None
    assert store.current is None
    store.set(expiring)
    store.set(None)
    assert store.usable() is None
    with pytest.raises(AttributeError):
        store.leeway = 0  # type: ignore[misc]  # fixed when built: the held deadline depends on it


def test_token_repr_hides_value() -> None:
    token = Token("very-secret-token", expires_at=1.0, extra={"refresh_token": "also-secret"})
    assert "very-secret-token" not in repr(token)
    assert "also-secret" not in repr(token)


@pytest.mark.anyio
async def test_aget_does_not_block_the_loop() -> None:
    clock = FrozenClock()
    store, issuer = _expired_store(clock), Issuer(clock, delay=0.05)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        for _ in range(10):
            await asyncio.sleep(0.005)
            ticks += 1

    await asyncio.gather(store.aget(issuer.afetch), store.aget(issuer.afetch), ticker())
    assert ticks == 10
    assert issuer.calls == 1


@pytest.mark.anyio
async def test_invalidate_during_a_renewal_does_not_block_the_loop() -> None:
    clock = FrozenClock()
    store = _expired_store(clock)
    issuer = Issuer(clock, delay=0.1)

    async def invalidate_meanwhile() -> None:
        await asyncio.sleep(0.02)  # the renewal now holds the renewal lock across its await
        store.invalidate("old")
        store.set(Token("manual", expires_at=clock.now() + 10))

    token, _ = await asyncio.wait_for(asyncio.gather(store.aget(issuer.afetch), invalidate_meanwhile()), 5)
    assert token.value == "tok-1"
    assert store.current is not None
    assert store.current.value == "tok-1"
