"""Where tokens live: the token-store interface, and the in-process store that is the default.

Every provider that holds tokens asks a `TokenBackend` (the `token_store=` client option) for
one `TokenStore` per `Scope`: one provider, credential and base URL, and what the token is for
(a connect token, a key session, one user's access or refresh token). The default,
`MemoryTokenStore`, hands out plain in-process `TokenStore`s, which is how tokens always lived.
`RedisTokenStore` (`_redis_store.py`) hands out stores that keep reading from memory in the
steady state and go to Redis on a miss, near expiry or after a 401, so a fleet of processes
renews each token once.

A `Scope` names the token by a hash (`digest`) of provider, credential id, base URL and kind,
never by the secret; `secret` is only key material for encrypting what a shared store writes.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

import attrs

from ._clock import Clock
from ._tokens import AsyncFetch, Fetch, Token, TokenStore

__all__ = ["Codec", "MemoryTokenStore", "Scope", "SharedBackend", "SharedTokenStore", "TokenBackend"]


@attrs.frozen
class Codec:
    """How a token's `extra` crosses a process boundary (e.g. a key session's cipher suite).

    `dump(extra) -> bytes`, `load(bytes) -> extra`. Without one, a shared store shares only the
    value and expiry of tokens whose `extra` is empty, and keeps the others in process.
    """

    dump: Callable[[dict[str, Any]], bytes]
    load: Callable[[bytes], dict[str, Any]]


@attrs.frozen(repr=False)
class Scope:
    """One token's identity. `credential_id` and `secret` never leave the process in clear."""

    provider: str
    credential_id: str = attrs.field(repr=False)
    base_url: str
    kind: str
    secret: bytes = attrs.field(repr=False)
    codec: Codec | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        return f"<Scope {self.provider} {self.kind} {self.digest[:12]}>"

    @property
    def digest(self) -> str:
        """A hash of provider, credential id, base URL and kind: the token's name in a shared store."""
        parts = (self.provider, self.credential_id, self.base_url.rstrip("/"), self.kind)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def child(self, kind: str) -> Scope:
        """The same credential and base URL, another token (e.g. one user's refresh token)."""
        return attrs.evolve(self, kind=kind)


@runtime_checkable
class TokenBackend(Protocol):
    """The `token_store=` option: hands out the store of each token a provider holds."""

    def store(self, scope: Scope, *, clock: Clock | None = None, leeway: float = 60.0) -> TokenStore:
        """The store for one token (single-flight renewal, `invalidate` after a 401)."""
        ...

    def peek(self, scope: Scope, clock: Clock | None = None) -> Token | None:
        """The fleet's current copy of a token that is not renewed through a store (a refresh
        token), or None; in process there is no other copy, so the in-memory store says None."""
        ...

    def publish(self, scope: Scope, token: Token | None, clock: Clock | None = None) -> None:
        """Make `token` the fleet's copy (None: forget it). Never raises for a store outage."""
        ...


class MemoryTokenStore:
    """The default: every token in this process only (what every client did before fleets)."""

    def __repr__(self) -> str:
        return "<MemoryTokenStore>"

    def store(self, scope: Scope, *, clock: Clock | None = None, leeway: float = 60.0) -> TokenStore:
        return TokenStore(clock, leeway=leeway)

    def peek(self, scope: Scope, clock: Clock | None = None) -> Token | None:
        return None

    def publish(self, scope: Scope, token: Token | None, clock: Clock | None = None) -> None:
        return None


class SharedBackend(TokenBackend, Protocol):
    """A `TokenBackend` shared by processes: it renews under its own lock, for `SharedTokenStore`."""

    def renew(self, store: SharedTokenStore, fetch: Fetch, old: Token | None) -> Token: ...

    async def arenew(self, store: SharedTokenStore, fetch: AsyncFetch, old: Token | None) -> Token: ...


class SharedTokenStore(TokenStore):
    """A `TokenStore` whose renewals go through a `SharedBackend` (`RedisTokenStore`): memory
    first, the backend on a miss, near expiry or after a 401 (`invalidate`)."""

    def __init__(self, fleet: SharedBackend, scope: Scope, clock: Clock | None, *, leeway: float) -> None:
        super().__init__(clock, leeway=leeway)
        self.fleet = fleet
        self.scope = scope
        self._refused: str | None = None  # the value a 401 refused: a copy in Redis is no better

    def __repr__(self) -> str:
        return f"<SharedTokenStore {self.scope!r} token={'set' if self.current else 'none'}>"

    def acceptable(self, token: Token | None) -> bool:
        return (
            token is not None and token.value != self._refused and token.fresh(self.clock.now(), self.leeway)
        )

    def get(self, fetch: Fetch) -> Token:
        return self.usable() or super().get(functools.partial(self.fleet.renew, self, fetch))

    async def aget(self, fetch: AsyncFetch) -> Token:
        return self.usable() or await super().aget(functools.partial(self.fleet.arenew, self, fetch))

    def invalidate(self, value: str) -> None:
        self._refused = value
        super().invalidate(value)

    def set(self, token: Token | None) -> None:
        """Adopt `token` here and as the fleet's copy (None: forget it everywhere)."""
        super().set(token)
        self.fleet.publish(self.scope, token, self.clock)
