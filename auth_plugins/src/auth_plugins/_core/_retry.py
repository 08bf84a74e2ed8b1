"""The outermost transport: one logical call, several attempts (sync)."""

from __future__ import annotations

import httpx

from ._clock import Sleeper, default_sleep
from ._envelope import outcome_of
from ._ops import OperationTable
from ._plan import Action, CallLabel, CallPlan, connection_error, is_safe, logger
from ._policy import RetryPolicy
from ._signing import OP_KEY, Signer

__all__ = ["RetryTransport"]


class RetryTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        signer: Signer,
        operations: OperationTable,
        policy: RetryPolicy,
        raise_errors: bool,
        idempotency_headers: tuple[str, ...] = (),
        sleep: Sleeper = default_sleep,
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

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        op = self._ops.match(request.method, request.url.path)
        request.extensions[OP_KEY] = op
        self._signer.prepare(request, op)
        label = CallLabel(self._label, request, op)
        plan = CallPlan(self._policy, is_safe(request, op, self._idem), self._raise, label)
        while True:
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as exc:
                step = plan.after_exception(exc)
                if step.action is Action.RAISE:
                    raise connection_error(exc) from exc
                self._sleep(step.wait)
                continue
            outcome = outcome_of(response)
            if outcome is None:
                return response
            step = plan.after_outcome(outcome)
            logger.debug("%s -> %s (%s)", label, outcome.status, step.action.value)
            if step.action is Action.REPAIR:
                if self._signer.on_rejected(request, response, outcome):
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
