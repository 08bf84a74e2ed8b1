"""Time as the stack sees it: wall clock plus a learned server offset, and a sleeper.

Signers read `Clock.now()` so a skewed local clock can be corrected from the server's Date header,
and tests can freeze time. Sleeping is separate so tests stub it without freezing the clock.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Awaitable, Callable

__all__ = ["AsyncSleeper", "Clock", "FrozenClock", "Sleeper", "default_async_sleep", "default_sleep"]

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

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def _wall(self) -> float:
        return time.time()

    def now(self) -> float:
        return self._wall() + self._offset

    @property
    def offset(self) -> float:
        return self._offset

    def observe_server_date(self, date_header: str | None, *, threshold: float = 5.0) -> bool:
        """Adopt the server's clock from an HTTP Date header; True when the offset changed.

        Date has one-second resolution, so offsets under `threshold` seconds are ignored.
        """
        if not date_header:
            return False
        try:
            server = email.utils.parsedate_to_datetime(date_header).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        delta = server - self._wall()
        with self._lock:
            if abs(delta - self._offset) < threshold:
                return False
            self._offset = delta
        return True


class FrozenClock(Clock):
    """A clock for tests: time moves only when told to."""

    def __init__(self, start: float = 1_767_225_600.0) -> None:
        super().__init__()
        self.t = start

    def _wall(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds
