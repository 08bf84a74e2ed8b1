"""The outermost transport: one logical call, several attempts (sync and async, one file).

Every decision is the `CallPlan`'s (`_plan.py`); the two loops only carry it out.
"""

from __future__ import annotations

import logging
from typing import Generic, TypeVar

import httpx

from ._clock import AsyncSleeper, Sleeper
from ._envelope import outcome_of
from ._operations import Operation, OperationTable
from ._plan import Action, CallLabel, CallPlan, connection_error, is_safe, logger
from ._policy import RetryPolicy
from ._signing import OP_KEY, AuthPolicy

__all__ = ["AsyncRetryTransport", "RetryTransport"]

_Inner = TypeVar("_Inner")
_Sleep = TypeVar("_Sleep")


class _RetryBase(Generic[_Inner, _Sleep]):
    def __init__(
        self,
        inner: _Inner,
        *,
        signer: AuthPolicy,
        operations: OperationTable,
        policy: RetryPolicy,
        raise_errors: bool,
        idempotency_headers: tuple[str, ...] = (),
        sleep: _Sleep,
        label: str = "",
    ) -> None:
        self._inner = inner
        self._signer = signer
        self._ops = operations
        self._policy = policy
        self._raise = raise_errors
        self._idem = idempotency_headers
        self._sleep = sleep
        self._label = label

    def _plan(self, request: httpx.Request, op: Operation | None, safe: bool) -> CallPlan:
        return CallPlan(self._policy, safe, self._raise, CallLabel(self._label, request, op))


class RetryTransport(_RetryBase[httpx.BaseTransport, Sleeper], httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        op = self._ops.match(request.method, request.url.path)
        request.extensions[OP_KEY] = op
        self._signer.prepare(request, op)
        safe = is_safe(request, op, self._idem)
        plan: CallPlan | None = None  # built on the first failure: a success never needs one
        while True:
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as exc:
                plan = plan or self._plan(request, op, safe)
                step = plan.after_exception(exc)
                if step.action is Action.RAISE:
                    raise connection_error(exc) from exc
                self._sleep(step.wait)
                continue
            outcome = outcome_of(response)
            if outcome is None:
                return response
            if outcome.ok:
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s -> %s", CallLabel(self._label, request, op), outcome.status)
                return response
            plan = plan or self._plan(request, op, safe)
            step = plan.after_outcome(outcome)
            logger.debug("%s -> %s (%s)", plan.label, outcome.status, step.action.value)
            if step.action is Action.RECOVER:
                if self._signer.recover_unauthorized(request, response, outcome):
                    continue
                step = plan.after_outcome(outcome)
            if step.action is Action.RETRY:
                self._sleep(step.wait)
                continue
            if step.action is Action.RAISE:
                raise outcome.to_error()
            return response

    def close(self) -> None:
        self._inner.close()
        self._signer.close()


class AsyncRetryTransport(_RetryBase[httpx.AsyncBaseTransport, AsyncSleeper], httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op = self._ops.match(request.method, request.url.path)
        request.extensions[OP_KEY] = op
        await self._signer.aprepare(request, op)
        safe = is_safe(request, op, self._idem)
        plan: CallPlan | None = None  # built on the first failure: a success never needs one
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as exc:
                plan = plan or self._plan(request, op, safe)
                step = plan.after_exception(exc)
                if step.action is Action.RAISE:
                    raise connection_error(exc) from exc
                await self._sleep(step.wait)
                continue
            outcome = outcome_of(response)
            if outcome is None:
                return response
            if outcome.ok:
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s -> %s", CallLabel(self._label, request, op), outcome.status)
                return response
            plan = plan or self._plan(request, op, safe)
            step = plan.after_outcome(outcome)
            logger.debug("%s -> %s (%s)", plan.label, outcome.status, step.action.value)
            if step.action is Action.RECOVER:
                if await self._signer.arecover_unauthorized(request, response, outcome):
                    continue
                step = plan.after_outcome(outcome)
            if step.action is Action.RETRY:
                await self._sleep(step.wait)
                continue
            if step.action is Action.RAISE:
                raise outcome.to_error()
            return response

    async def aclose(self) -> None:
        await self._inner.aclose()
        self._signer.close()
