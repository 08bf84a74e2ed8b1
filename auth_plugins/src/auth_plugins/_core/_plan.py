"""One logical call's retry state machine, shared by the sync and async retry transports.

Pure bookkeeping: given what an attempt produced, say whether to return, wait and retry, ask the
signer to repair a 401 and resend, or raise. The two loops in `_retry.py` only
carry out these answers, so sync and async cannot drift apart.
"""

from __future__ import annotations

import enum
import logging

import attrs
import httpx

from ..errors import ApiConnectionError, ApiTimeoutError, AuthPluginsError
from ._operations import Operation
from ._outcome import Outcome
from ._policy import SAFE_METHODS, RetryPolicy

__all__ = ["Action", "CallLabel", "CallPlan", "Step", "connection_error", "is_safe", "logger"]

logger = logging.getLogger("auth_plugins")


class Action(enum.Enum):
    RETURN = "return"
    RETRY = "retry"
    RECOVER = "recover"
    RAISE = "raise"


class CallLabel:
    """`<slug> <METHOD> <operation id or path>` for log lines, built only when a line is emitted.

    Formatting it eagerly cost about a microsecond on every call, and almost no call logs.
    """

    __slots__ = ("_method", "_op", "_prefix", "_url")

    def __init__(self, prefix: str, request: httpx.Request, op: Operation | None) -> None:
        self._prefix = prefix
        self._method = request.method
        self._op = op
        self._url = request.url

    def __str__(self) -> str:
        return f"{self._prefix} {self._method} {self._op.id if self._op else self._url.path}"


@attrs.frozen
class Step:
    action: Action
    wait: float = 0.0


# Immutable, so every call shares them instead of allocating a Step.
_RETURN = Step(Action.RETURN)
_RAISE = Step(Action.RAISE)


def is_safe(request: httpx.Request, op: Operation | None, idempotency_headers: tuple[str, ...]) -> bool:
    """May this request be sent again after it possibly reached the server?"""
    if request.method in SAFE_METHODS:
        return True
    if op is not None and op.idempotent:
        return True
    return any(h in request.headers for h in idempotency_headers)


def connection_error(exc: Exception) -> AuthPluginsError:
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(f"request timed out ({type(exc).__name__})")
    return ApiConnectionError(f"connection failed ({type(exc).__name__}): {exc}")


@attrs.define
class CallPlan:
    policy: RetryPolicy
    safe: bool
    raise_errors: bool
    label: CallLabel | str
    retries: int = 0
    repaired: bool = False

    def after_outcome(self, outcome: Outcome) -> Step:
        if outcome.ok:
            return _RETURN
        if outcome.malformed:
            return _RAISE
        if outcome.status == 401 and not self.repaired:
            self.repaired = True
            return Step(Action.RECOVER)
        if self.retries < self.policy.max_retries and self.policy.should_retry_status(
            outcome.status, safe=self.safe, retry_after=outcome.retry_after
        ):
            wait = self.policy.wait(outcome.retry_after, self.retries)
            self.retries += 1
            logger.debug("%s: status %s, retry %d in %.3fs", self.label, outcome.status, self.retries, wait)
            return Step(Action.RETRY, wait)
        return _RAISE if self.raise_errors else _RETURN

    def after_exception(self, exc: Exception) -> Step:
        if self.retries < self.policy.max_retries and self.policy.should_retry_exception(exc, safe=self.safe):
            wait = self.policy.backoff(self.retries)
            self.retries += 1
            logger.debug("%s: %s, retry %d in %.3fs", self.label, type(exc).__name__, self.retries, wait)
            return Step(Action.RETRY, wait)
        return _RAISE
