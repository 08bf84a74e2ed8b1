"""Time as the stack sees it: wall clock plus a learned server offset, and a sleeper.

Signers read `Clock.now()` so a skewed local clock can be corrected from the server's Date header,
and tests can freeze time. Sleeping is separate so tests stub it without freezing the clock.

Trust in the server's clock is bounded: an adopted offset is capped at `MAX_OFFSET` (±300 s), so a
host answering a 401 with a Date years ahead cannot make us sign tokens and signatures for that
future second. When the cap bites, a WARNING is logged (the two clocks' difference, nothing else).
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from collections.abc import Awaitable, Callable

__all__ = [
    "MAX_OFFSET",
    "AsyncSleeper",
    "Clock",
    "FrozenClock",
    "Sleeper",
    "default_async_sleep",
    "default_sleep",
]

logger = logging.getLogger("auth_plugins")

# The most a server's Date header may move our clock, in seconds either way.
MAX_OFFSET = 300.0

Sleeper = Callable[[float], None]
AsyncSleeper = Callable[[float], Awaitable[None]]


def default_sleep(seconds: float) -> None:
    time.sleep(seconds)


async def default_async_sleep(seconds: float) -> None:
    # Imported here: a sync-only user never pays for importing asyncio (nox -s bench, import_ratio);
    # inside a running loop it is already in sys.modules.
    import asyncio

    await asyncio.sleep(seconds)


class Clock:
    """Wall-clock seconds plus an offset learned from the server (`observe_server_date`)."""

    def __init__(self, *, max_offset: float = MAX_OFFSET) -> None:
        if not max_offset >= 0:
            raise ValueError("max_offset must be a number of seconds >= 0")
        self._offset = 0.0
        self._max_offset = float(max_offset)
        self._lock = threading.Lock()

    def _wall(self) -> float:
        return time.time()

    def now(self) -> float:
        return time.time() + self._offset  # a subclass with its own `_wall` overrides this too

    @property
    def offset(self) -> float:
        return self._offset

    def observe_server_date(self, date_header: str | None, *, threshold: float = 5.0) -> bool:
        """Adopt the server's clock from an HTTP Date header; True when the offset changed.

        Date has one-second resolution, so offsets under `threshold` seconds are ignored. The
        adopted offset is capped at ±`max_offset` seconds (default 300): a WARNING is logged when
        the server's clock is further away than that.
        """
        if not date_header:
            return False
        try:
            server = email.utils.parsedate_to_datetime(date_header).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        delta = server - self._wall()
        if delta != delta:  # NaN
            return False
        capped = max(-self._max_offset, min(self._max_offset, delta))
        with self._lock:
            if abs(capped - self._offset) < threshold:
                changed = False
            else:
                self._offset = capped
                changed = True
        if capped != delta:
            logger.warning(
                "server clock differs from ours by %+.0f s; adopting at most %+.0f s (cap %.0f s)",
                delta,
                capped,
                self._max_offset,
            )
        return changed


class FrozenClock(Clock):
    """A clock for tests: time moves only when told to."""

    def __init__(self, start: float = 1_767_225_600.0, *, max_offset: float = MAX_OFFSET) -> None:
        super().__init__(max_offset=max_offset)
        self.t = start

    def _wall(self) -> float:
        return self.t

    def now(self) -> float:
        return self.t + self._offset

    def advance(self, seconds: float) -> None:
        self.t += seconds
