"""Tokens and the store that renews them once for everyone.

The lock lives on the store, which is shared by every client built from one credential, so any
number of threads and asyncio tasks (in any event loop) waiting on an expired token cause exactly
one renewal. Async waiters poll the lock instead of blocking their event loop. A renewal that
fails is reported to every caller that was already waiting for it, rather than each retrying it
in turn.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import attrs

from ._clock import Clock
from ._telemetry import renewal as _renewal

__all__ = ["Token", "TokenStore"]

_POLL = 0.002


@attrs.frozen(repr=False)
class Token:
    value: str = attrs.field(repr=False)
    expires_at: float | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, repr=False)

    def stale_at(self, leeway: float) -> float:
        """The instant (clock seconds) from which this token is no longer used: `leeway` before it
        expires; never for a token without an expiry."""
        return math.inf if self.expires_at is None else self.expires_at - leeway

    def fresh(self, now: float, leeway: float) -> bool:
        return now < self.stale_at(leeway)

    def __repr__(self) -> str:
        return f"Token(value='**********', expires_at={self.expires_at!r})"


Fetch = Callable[[Token | None], Token]
AsyncFetch = Callable[[Token | None], Awaitable[Token]]


class TokenStore:
    """One credential's current token; `get`/`aget` renew it (single-flight) when stale."""

    def __init__(self, clock: Clock | None = None, *, leeway: float = 60.0) -> None:
        self.clock = clock if clock is not None else Clock()
        self._leeway = leeway
        # The current token and the instant it goes stale (`Token.stale_at`), as one value: a
        # reader without the lock never pairs one token with another's deadline.
        self._held: tuple[Token | None, float] = (None, -math.inf)
        # Two locks: `_lock` serialises renewals and may be held by a task across an await;
        # `_state` guards the fields and is only ever held for a few instructions, so set() and
        # invalidate() never wait on a renewal (and never block an event loop behind one).
        self._lock = threading.Lock()
        self._state = threading.Lock()
        self._round = 0
        self._failure: tuple[int, BaseException] | None = None
        self.renewals = 0

    def __repr__(self) -> str:
        return f"<TokenStore token={'set' if self.current else 'none'} renewals={self.renewals}>"

    @property
    def leeway(self) -> float:
        """Seconds before its expiry from which a token is renewed (fixed when built: `_hold`)."""
        return self._leeway

    @property
    def current(self) -> Token | None:
        return self._held[0]

    def _hold(self, token: Token | None) -> None:
        """Make `token` the current one (callers hold `_state`)."""
        self._held = (token, -math.inf if token is None else token.stale_at(self.leeway))

    def set(self, token: Token | None) -> None:
        with self._state:
            self._hold(token)
            self._failure = None

    def usable(self) -> Token | None:
        """The current token while it is fresh, else None: what `get`/`aget` return without
        renewing (an async caller with a warm token needs no await)."""
        token, stale_at = self._held
        return token if self.clock.now() < stale_at else None

    def invalidate(self, value: str) -> None:
        """Forget the token if it is still `value` (a 401 for an old token changes nothing)."""
        with self._state:
            token = self.current
            if token is not None and token.value == value:
                self._hold(None)

    def _after_wait(self, seen_round: int) -> Token | None:
        token = self.usable()
        if token is not None:
            return token
        if self._failure is not None and self._failure[0] > seen_round:
            raise self._failure[1]
        return None

    def _renewed(self, new: Token) -> Token:
        with self._state:
            self._hold(new)
            self._failure = None
            self.renewals += 1
        return new

    def get(self, fetch: Fetch) -> Token:
        token, stale_at = self._held  # `usable()`, read here: the call every signed attempt makes
        if token is not None and self.clock.now() < stale_at:
            return token
        seen = self._round
        with self._lock:
            token = self._after_wait(seen)
            if token is not None:
                return token
            self._round += 1
            try:
                with _renewal():  # a span and a count, under the call that needed the token
                    return self._renewed(fetch(self.current))
            except BaseException as exc:
                self._failure = (self._round, exc)
                raise

    async def aget(self, fetch: AsyncFetch) -> Token:
        token, stale_at = self._held  # as in `get`
        if token is not None and self.clock.now() < stale_at:
            return token
        seen = self._round
        # Waiters may be threads or tasks of other event loops: no loop-bound Event can wake them all.
        import asyncio  # lazy, as in _clock: keeps asyncio out of sync-only imports

        while not self._lock.acquire(blocking=False):  # noqa: ASYNC110
            await asyncio.sleep(_POLL)
        try:
            token = self._after_wait(seen)
            if token is not None:
                return token
            self._round += 1
            try:
                with _renewal():
                    return self._renewed(await fetch(self.current))
            except BaseException as exc:
                self._failure = (self._round, exc)
                raise
        finally:
            self._lock.release()
