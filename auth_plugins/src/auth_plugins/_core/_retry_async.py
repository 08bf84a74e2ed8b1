"""The outermost transport: one logical call, several attempts (async twin of `_retry.py`)."""

from __future__ import annotations

import logging

import httpx

from ..errors import AuthPluginsError
from ._clock import AsyncSleeper, default_async_sleep
from ._envelope import MAX_BYTES_KEY, outcome_of
from ._operations import Operation, OperationTable
from ._plan import Action, CallLabel, CallPlan, connection_error, is_safe, logger
from ._policy import RetryPolicy
from ._scrub import scrub_error
from ._signing import OP_KEY, AuthPolicy

__all__ = ["AsyncRetryTransport"]


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        signer: AuthPolicy,
        operations: OperationTable,
        policy: RetryPolicy,
        raise_errors: bool,
        idempotency_headers: tuple[str, ...] = (),
        sleep: AsyncSleeper = default_async_sleep,
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

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._call(request)
        except AuthPluginsError as exc:
            scrub_error(exc, self._signer.secrets_for(request))
            raise

    async def _call(self, request: httpx.Request) -> httpx.Response:
        op = self._ops.match_url(request.method, request.url)
        request.extensions[OP_KEY] = op
        request.extensions[MAX_BYTES_KEY] = self._policy.max_response_bytes
        await self._signer.aprepare(request, op)
        safe = is_safe(request, op, self._idem)
        plan: CallPlan | None = None  # built on the first failure: a success never needs one
        attempts = 0
        while True:
            attempts += 1
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
                raise self._signer.error_for(outcome, response, attempts)
            return response

    def _plan(self, request: httpx.Request, op: Operation | None, safe: bool) -> CallPlan:
        return CallPlan(self._policy, safe, self._raise, CallLabel(self._label, request, op))

    async def aclose(self) -> None:
        await self._inner.aclose()
        self._signer.close()
