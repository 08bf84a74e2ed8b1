"""`RedisTokenStore`: one renewal per token for a fleet of processes, tokens encrypted at rest.

Each token's store (`SharedTokenStore`) is an in-process `TokenStore`: a call whose token is in
memory and fresh never touches Redis. On a miss, near expiry (the store's leeway) or after a 401
(`invalidate`), the one thread or task renewing for this process (the in-process single flight)
goes to Redis: it takes a fresh token another process wrote, or takes the token's lease
(`SET lock owner NX PX lease`), reads once more, renews, writes the token and releases the lease
only if it still owns it (a compare-and-delete script). The others poll until the token appears
or the lease is free again, so a holder killed mid-renewal costs its lease and no more. While it
renews, the holder extends its lease every third of it, so a slow token route does not let a
second process renew too.

At rest (`_sealing.py`): an entry is named by a hash of provider, credential id, base URL and
kind, sealed with AES-256-GCM under a key derived by HKDF-SHA256 from the credential's secret
(or from `key=`), and expires with its token. Reading Redis alone yields no usable token.

Redis never fails a call: an error or timeout (bounded by `timeout`) logs one warning, and the
store renews in process for `retry_interval` seconds, then tries Redis again (an info line says
it is back). A flushed Redis is a miss like any other.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
import time
import weakref
from typing import TYPE_CHECKING, Any

from ._clock import Clock
from ._sealing import Sealer
from ._store import Scope, SharedTokenStore
from ._tokens import AsyncFetch, Fetch, Token, TokenStore

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["RedisTokenStore"]

logger = logging.getLogger("auth_plugins")

# Lua, run atomically by Redis: act on the lock only while it still names this owner.
_IF_OWNER = "if redis.call('get', KEYS[1]) == ARGV[1] then return "
_RELEASE = _IF_OWNER + "redis.call('del', KEYS[1]) end return 0"
_EXTEND = _IF_OWNER + "redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"


class _Waited(Exception):
    """Neither a token nor the lease within `max_wait`: renew in process."""


class RedisTokenStore:
    """The `token_store=` for a fleet: `RedisTokenStore("redis://host:6379/0", namespace="myapp")`.

    `redis`: a URL, a `redis.Redis` or a `redis.asyncio.Redis` (the other kind, for async or sync
    calls, is built from its host, port, db and credentials). `key`: 32 bytes to encrypt every
    entry with (default: a key derived from each credential's own secret). `lease`: seconds a
    renewing process holds a token's lock before another may take it over. `timeout`: each
    Redis command's socket timeout when the store builds its clients. `max_wait`: how long a
    process waits for another's renewal before renewing itself (default: three leases).
    Requires the `redis` package (`pip install 'auth-plugins[redis]'`), imported here only.
    """

    def __init__(
        self,
        redis: str | redis.Redis | redis.asyncio.Redis,
        *,
        namespace: str = "auth-plugins",
        key: bytes | None = None,
        lease: float = 10.0,
        timeout: float = 0.5,
        retry_interval: float = 5.0,
        max_wait: float | None = None,
        max_ttl: float = 86_400.0,
        poll: float = 0.01,
    ) -> None:
        import redis as _redis
        import redis.asyncio as _aredis

        if key is not None and len(key) != 32:
            raise ValueError("key must be 32 bytes")
        if not namespace or any(c in namespace for c in "\r\n "):
            raise ValueError("namespace must be a non-empty word")
        self._sync: _redis.Redis | None = None
        self._async: _aredis.Redis | None = None
        self._url: str | None = None
        if isinstance(redis, str):
            self._url = redis
        elif isinstance(redis, _aredis.Redis):
            self._async = redis
        elif isinstance(redis, _redis.Redis):
            self._sync = redis
        else:
            raise TypeError("redis must be a URL, a redis.Redis or a redis.asyncio.Redis")
        self.namespace = namespace
        self._sealer = Sealer(namespace, key, max_ttl)
        self.lease, self.timeout, self.poll = lease, timeout, poll
        self.retry_interval, self.max_ttl = retry_interval, max_ttl
        self.max_wait = max_wait if max_wait is not None else 3 * lease
        # RuntimeError: an asyncio client used after its loop closed. None of these fails a call.
        self._errors: tuple[type[BaseException], ...] = (
            _redis.RedisError,
            OSError,
            TimeoutError,
            RuntimeError,
        )
        self._giving_up: tuple[type[BaseException], ...] = (*self._errors, _Waited)
        self._aclients: weakref.WeakKeyDictionary[Any, _aredis.Redis] = weakref.WeakKeyDictionary()
        self._state = threading.Lock()
        self._down_until = 0.0
        self._warned = False

    def __repr__(self) -> str:
        up = "down" if self._warned else "up"
        return f"<RedisTokenStore namespace={self.namespace!r} {up}>"

    # -- the TokenBackend interface --------------------------------------------------------------

    def store(self, scope: Scope, *, clock: Clock | None = None, leeway: float = 60.0) -> TokenStore:
        return SharedTokenStore(self, scope, clock, leeway=leeway)

    def peek(self, scope: Scope, clock: Clock | None = None) -> Token | None:
        if not self._up():
            return None
        try:
            found = self._read(self._client(), scope)
        except self._errors as exc:
            self._failed(exc)
            return None
        self._recovered()
        return found

    def publish(self, scope: Scope, token: Token | None, clock: Clock | None = None) -> None:
        if not self._up():
            return
        try:
            if token is None:
                self._client().delete(self._sealer.entry(scope))
            else:
                self._write(self._client(), scope, token, clock or Clock())
        except self._errors as exc:
            self._failed(exc)

    # -- clients and health ------------------------------------------------------------------

    def _client(self) -> redis.Redis:
        if self._sync is None:
            import redis as _redis

            self._sync = _redis.Redis(**self._options(_redis.retry.Retry))
        return self._sync

    def _aclient(self) -> redis.asyncio.Redis:
        """An asyncio client of the running loop (their connections cannot cross loops)."""
        import asyncio

        loop = asyncio.get_running_loop()
        client = self._aclients.get(loop)
        if client is None:
            if self._async is not None and not self._aclients:
                client = self._async  # the caller's own client, on the first loop that uses it
            else:
                import redis.asyncio as _aredis

                client = _aredis.Redis(**self._options(_aredis.retry.Retry))
            self._aclients[loop] = client
        return client

    def _options(self, retry: Any) -> dict[str, Any]:
        from redis.backoff import NoBackoff
        from redis.connection import parse_url

        if self._url is not None:
            base: dict[str, Any] = parse_url(self._url)  # type: ignore[no-untyped-call]
        else:
            other = self._sync if self._sync is not None else self._async
            assert other is not None
            given = other.connection_pool.connection_kwargs
            names = ("host", "port", "db", "username", "password", "socket_timeout", "socket_connect_timeout")
            base = {k: given[k] for k in names if k in given}
            if "path" in given:
                base["unix_socket_path"] = given["path"]
            return {**base, "retry": retry(NoBackoff(), 0)}
        base.pop("connection_class", None)  # rediss:// (TLS) is kept by `ssl` below
        if self._url.startswith("rediss://"):
            base["ssl"] = True
        return {
            **base,
            "socket_timeout": self.timeout,
            "socket_connect_timeout": self.timeout,
            "retry": retry(NoBackoff(), 0),
        }

    def _up(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, exc: BaseException) -> None:
        with self._state:
            self._down_until = time.monotonic() + self.retry_interval
            first, self._warned = not self._warned, True
        if first:  # the error's type only: its text may carry the URL and its password
            logger.warning(
                "auth_plugins: Redis token store %r unavailable (%s); using per-process tokens, "
                "retrying Redis every %g s",
                self.namespace,
                type(exc).__name__,
                self.retry_interval,
            )

    def _recovered(self) -> None:
        if self._warned:
            with self._state:
                back, self._warned = self._warned, False
            if back:
                logger.info(
                    "auth_plugins: Redis token store %r is back; sharing tokens again", self.namespace
                )

    def _read(self, client: redis.Redis, scope: Scope) -> Token | None:
        raw: Any = client.get(self._sealer.entry(scope))
        return self._sealer.open(scope, raw)

    def _write(self, client: redis.Redis, scope: Scope, token: Token, clock: Clock) -> None:
        sealed, ttl = self._sealer.seal(scope, token), self._sealer.ttl_ms(token, clock)
        if sealed is not None and ttl > 0:
            client.set(self._sealer.entry(scope), sealed, px=ttl)

    async def _aread(self, client: redis.asyncio.Redis, scope: Scope) -> Token | None:
        raw: Any = await client.get(self._sealer.entry(scope))
        return self._sealer.open(scope, raw)

    async def _awrite(self, client: redis.asyncio.Redis, scope: Scope, token: Token, clock: Clock) -> None:
        sealed, ttl = self._sealer.seal(scope, token), self._sealer.ttl_ms(token, clock)
        if sealed is not None and ttl > 0:
            await client.set(self._sealer.entry(scope), sealed, px=ttl)

    # -- fleet-wide single flight --------------------------------------------------------------

    def renew(self, store: SharedTokenStore, fetch: Fetch, old: Token | None) -> Token:
        """Under `store`'s in-process lock: the fleet's token, or this process renews it."""
        if not self._up():
            return fetch(old)
        scope, owner, lock = store.scope, secrets.token_hex(16), self._sealer.lock(store.scope)
        try:
            client = self._client()
            deadline = time.monotonic() + self.max_wait
            while True:
                found = self._read(client, scope)
                if store.acceptable(found):
                    self._recovered()
                    return found  # type: ignore[return-value]  # acceptable() is not None
                if client.set(lock, owner, nx=True, px=int(self.lease * 1000)):
                    break
                if time.monotonic() > deadline:
                    raise _Waited
                time.sleep(self.poll)
            found = self._read(client, scope)  # written between our read and our lease?
        except self._giving_up as exc:
            self._failed(exc)
            return fetch(old)
        self._recovered()
        if store.acceptable(found):
            self._release(client, lock, owner)
            return found  # type: ignore[return-value]
        stop = threading.Event()
        beat = threading.Thread(target=self._beat, args=(client, lock, owner, stop), daemon=True)
        beat.start()
        try:
            token = fetch(old)
            try:
                self._write(client, scope, token, store.clock)
            except self._errors as exc:
                self._failed(exc)
            return token
        finally:
            stop.set()
            self._release(client, lock, owner)

    def _beat(self, client: redis.Redis, lock: str, owner: str, stop: threading.Event) -> None:
        while not stop.wait(self.lease / 3):
            try:
                client.eval(_EXTEND, 1, lock, owner, str(int(self.lease * 1000)))
            except self._errors:
                return

    def _release(self, client: redis.Redis, lock: str, owner: str) -> None:
        with contextlib.suppress(*self._errors):  # else the lease runs out by itself
            client.eval(_RELEASE, 1, lock, owner)

    async def arenew(self, store: SharedTokenStore, fetch: AsyncFetch, old: Token | None) -> Token:
        import asyncio

        if not self._up():
            return await fetch(old)
        scope, owner, lock = store.scope, secrets.token_hex(16), self._sealer.lock(store.scope)
        try:
            client = self._aclient()
            deadline = time.monotonic() + self.max_wait
            while True:
                found = await self._aread(client, scope)
                if store.acceptable(found):
                    self._recovered()
                    return found  # type: ignore[return-value]
                if await client.set(lock, owner, nx=True, px=int(self.lease * 1000)):
                    break
                if time.monotonic() > deadline:
                    raise _Waited
                await asyncio.sleep(self.poll)
            found = await self._aread(client, scope)
        except self._giving_up as exc:
            self._failed(exc)
            return await fetch(old)
        self._recovered()
        if store.acceptable(found):
            await self._arelease(client, lock, owner)
            return found  # type: ignore[return-value]
        beat = asyncio.ensure_future(self._abeat(client, lock, owner))
        try:
            token = await fetch(old)
            try:
                await self._awrite(client, scope, token, store.clock)
            except self._errors as exc:
                self._failed(exc)
            return token
        finally:
            beat.cancel()
            await self._arelease(client, lock, owner)

    async def _abeat(self, client: redis.asyncio.Redis, lock: str, owner: str) -> None:
        import asyncio

        while True:
            await asyncio.sleep(self.lease / 3)
            try:
                await client.eval(_EXTEND, 1, lock, owner, str(int(self.lease * 1000)))
            except self._errors:
                return

    async def _arelease(self, client: redis.asyncio.Redis, lock: str, owner: str) -> None:
        with contextlib.suppress(*self._errors):
            await client.eval(_RELEASE, 1, lock, owner)
