"""Webhook replay protection: remember the event ids seen within a window.

A valid webhook signature proves who sent the body, not that it is sent for the first time: an
attacker who captured one delivery can post it again, and it verifies. Providers also redeliver
on their own (a timeout on our side). De-duplicate by the event's id after verifying the
signature: `guard.seen_before(event_id)` is True for a repeat within `window` seconds.

In memory, per process: several workers or hosts need a shared store (a database unique key on
the event id, or Redis `SET NX EX`). Bounded: past `max_size` ids the oldest are forgotten first.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

__all__ = ["ReplayGuard"]


class ReplayGuard:
    """Thread-safe memory of event ids seen in the last `window` seconds (at most `max_size`)."""

    def __init__(
        self,
        window: float = 24 * 3600.0,
        *,
        max_size: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not window > 0:
            raise ValueError("window must be a positive number of seconds")
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self.window = float(window)
        self.max_size = max_size
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()  # id -> when it expires, oldest first
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<ReplayGuard window={self.window:g}s size={len(self._seen)}/{self.max_size}>"

    def __len__(self) -> int:
        return len(self._seen)

    def seen_before(self, event_id: str) -> bool:
        """True when `event_id` was already seen within the window (a replay: ignore the event);
        otherwise remember it and return False (process the event)."""
        if not isinstance(event_id, str) or not event_id:
            raise ValueError("event_id must be a non-empty string")
        now = self._clock()
        with self._lock:
            seen = self._seen
            while seen:
                oldest, expires = next(iter(seen.items()))
                if expires > now:
                    break
                del seen[oldest]
            if event_id in seen:
                return True
            seen[event_id] = now + self.window
            while len(seen) > self.max_size:
                seen.popitem(last=False)
            return False

    def forget(self, event_id: str) -> None:
        """Drop `event_id` (e.g. processing it failed and the provider's redelivery is welcome)."""
        with self._lock:
            self._seen.pop(event_id, None)
