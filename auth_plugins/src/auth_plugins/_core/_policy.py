"""Retry decisions as small pure functions (tested without I/O).

Rules (README.md, "How a call flows"): retry connect errors and 408/409/429/5xx, never
400/401/403/404/412/422.
429 and 503-with-Retry-After mean the server refused before processing, so any method retries.
Other 5xx, 408, 409 and errors after the request may have been sent retry only a *safe* request:
an idempotent HTTP method, an operation marked `x-idempotent: true`, or a call carrying an
idempotency key / request id. A payment is never created twice by our retries.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import attrs
import httpx

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "SAFE_METHODS", "RetryPolicy", "jitter"]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
DEFAULT_MAX_RESPONSE_BYTES = 20 * 1024 * 1024
_NEVER = frozenset({400, 401, 403, 404, 412, 422})
_IF_SAFE = frozenset({408, 409})


def jitter() -> float:
    """Multiplier in [0.75, 1]: spreads clients apart without ever waiting longer than the base."""
    return random.uniform(0.75, 1.0)  # noqa: S311 - backoff spread, not a secret


@attrs.frozen
class RetryPolicy:
    """When to retry and how long to wait; pass one as the `policy=` option of any provider.

    max_retries: retries after the first attempt (a provider's `retries=` option builds a default
      policy with this; a `policy=` given beside it wins).
    backoff_base / backoff_max: wait min(base * 2**n, max) seconds before retry n, times `jitter()`.
    retry_after_cap: a server's Retry-After above this many seconds means "do not retry".
    max_response_bytes: the largest response body the stack reads (default 20 MiB, after
      decompression); a larger one raises `ResponseTooLargeError` and is not retried. None: no cap.
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_cap: float = 60.0
    jitter: Callable[[], float] = jitter
    max_response_bytes: int | None = attrs.field(default=DEFAULT_MAX_RESPONSE_BYTES)

    @max_response_bytes.validator
    def _check_max_response_bytes(self, _attribute: object, value: int | None) -> None:
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            raise ValueError("max_response_bytes must be a positive number of bytes, or None")

    def backoff(self, retry_index: int) -> float:
        """Wait before retry number `retry_index` (0-based): min(base * 2**n, max) * jitter."""
        return float(min(self.backoff_base * (2**retry_index), self.backoff_max) * self.jitter())

    def wait(self, retry_after: float | None, retry_index: int) -> float:
        """The server's Retry-After when it gave one (already capped by `should_retry_status`)."""
        if retry_after is not None:
            return retry_after
        return self.backoff(retry_index)

    def should_retry_status(self, status: int, *, safe: bool, retry_after: float | None) -> bool:
        if status in _NEVER or status < 400:
            return False
        if retry_after is not None and retry_after > self.retry_after_cap:
            return False
        if status == 429 or (status == 503 and retry_after is not None):
            return True
        if status in _IF_SAFE or status >= 500:
            return safe
        return False

    @staticmethod
    def should_retry_exception(exc: Exception, *, safe: bool) -> bool:
        # Never connected, so nothing reached the server: any method may retry.
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return True
        # The request may have been processed: only safe requests retry.
        if isinstance(exc, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError):
            return safe
        return False
