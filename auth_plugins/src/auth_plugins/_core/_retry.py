"""The stack's transport: one logical call, several attempts (sync and async, one file).

Once per call: its route (its operation, and whether it goes to the configured origin, remembered
per method, origin and path) and the policy's `prepare`. Every attempt: signed if it goes to the
configured origin (`Signing`), sent, its response read once within the cap and classified
(`_envelope.py`). Every decision after that is the `CallPlan`'s (`_plan.py`); the two loops only
carry it out.
"""

from __future__ import annotations

import logging
from time import perf_counter
from typing import Generic, TypeVar

import attrs
import httpx

from ..errors import AuthPluginsError, ConfigurationError
from ._clock import AsyncSleeper, Sleeper
from ._envelope import aread_within, read_within, rejected
from ._httpx_compat import route_key
from ._operations import Operation, OperationTable
from ._outcome import OUTCOME_KEY, Classifier
from ._plan import Action, CallLabel, CallPlan, connection_error, is_safe, logger
from ._policy import RetryPolicy
from ._scrub import scrub_error
from ._signing import OP_KEY, SENT_KEY, Signing, own_async
from ._telemetry import Call, Telemetry

__all__ = ["EXTRA_HEADERS_KEY", "MAX_RETRIES_KEY", "AsyncRetryTransport", "RetryTransport"]

# Request extensions a generated operation sets for its per-call options (`with_call_options`).
EXTRA_HEADERS_KEY = "extra_headers"
MAX_RETRIES_KEY = "max_retries"

_ROUTES = 2048  # remembered (method, origin, path) routes; the memory is emptied when full

_Inner = TypeVar("_Inner")
_Sleep = TypeVar("_Sleep")


class _RetryBase(Generic[_Inner, _Sleep]):
    def __init__(
        self,
        inner: _Inner,
        *,
        signing: Signing,
        classifier: Classifier,
        operations: OperationTable,
        policy: RetryPolicy,
        raise_errors: bool,
        idempotency_headers: tuple[str, ...] = (),
        sleep: _Sleep,
        label: str = "",
        closes_policy: bool = True,
        owned_headers: frozenset[str] = frozenset(),
        telemetry: Telemetry,
    ) -> None:
        self._inner = inner
        self._signing = signing
        self._signer = signer = signing.policy
        self._classifier = classifier
        self._max_bytes = policy.max_response_bytes
        self._ops = operations
        self._policy = policy
        self._raise = raise_errors
        self._idem = idempotency_headers
        self._sleep = sleep
        self._label = label
        self._closes_policy = closes_policy
        self._owned = owned_headers
        self._telemetry = telemetry
        self._prepare = signer.prepare if signer.has_own("prepare") else None  # None: nothing to do
        self._aprepare = own_async(signer, "aprepare")  # the async loop's; None: call `_prepare`
        self._routes: dict[tuple[str, str, str, int | None, str], tuple[Operation | None, bool]] = {}

    def _begin(self, request: httpx.Request) -> tuple[Operation | None, bool]:
        """The call's operation, and whether it is signed (it goes to the configured origin).
        Refuses per-call `extra_headers` that the policy owns, and a redirect to another origin."""
        extra = request.extensions.get(EXTRA_HEADERS_KEY)
        if extra:
            owned = sorted(set(extra) & self._owned)
            if owned:
                raise ConfigurationError(
                    f"extra_headers may not set {', '.join(owned)}: the {self._label} plugin sets it"
                )
        key = route_key(request)
        route = self._routes.get(key)
        if route is None:
            route = self._route(request, key)
        request.extensions[OP_KEY] = route[0]
        if route[1]:
            request.extensions[SENT_KEY] = True
        else:
            self._signing.foreign(request)
        return route

    def _route(
        self, request: httpx.Request, key: tuple[str, str, str, int | None, str]
    ) -> tuple[Operation | None, bool]:
        if len(self._routes) >= _ROUTES:
            self._routes.clear()
        route = self._routes[key] = (self._ops.match(key[0], key[4]), self._signing.to_origin(request))
        return route

    def _plan(self, request: httpx.Request, op: Operation | None) -> CallPlan:
        """Built on a call's first failure: a success never needs one."""
        policy = self._policy
        retries = request.extensions.get(MAX_RETRIES_KEY)  # a call's own max_retries
        if isinstance(retries, int) and retries != policy.max_retries:
            policy = attrs.evolve(policy, max_retries=retries)
        safe = is_safe(request, op, self._idem)
        return CallPlan(policy, safe, self._raise, CallLabel(self._label, request, op))


class RetryTransport(_RetryBase[httpx.BaseTransport, Sleeper], httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            op, signed = self._begin(request)
            call = self._telemetry.begin(request, op)
            if call is None:
                return self._attempts(request, op, signed, None)
            with call:  # its span is current for prepare, signing and the policy's own requests
                return call.done(self._attempts(request, op, signed, call))
        except AuthPluginsError as exc:
            scrub_error(exc, self._signer.secrets_for(request))
            raise

    def _attempts(
        self, request: httpx.Request, op: Operation | None, signed: bool, call: Call | None
    ) -> httpx.Response:
        signer = self._signer
        if self._prepare is not None:
            self._prepare(request, op)
        plan: CallPlan | None = None
        attempts = 0
        while True:
            attempts += 1
            if call is not None:
                call.attempt()
            try:
                if signed:
                    signer.sign(request, op)
                sent = perf_counter()
                response = self._inner.handle_request(request)
                response.request = request
                read_within(response, self._max_bytes, sent)
            except httpx.TransportError as exc:
                plan = plan or self._plan(request, op)
                step = plan.after_exception(exc)
                if call is not None:
                    call.failed(exc)
                    call.step(step.action.value, step.wait)
                if step.action is Action.RAISE:
                    raise connection_error(exc) from exc
                self._sleep(step.wait)
                continue
            outcome = self._classifier(response)
            if outcome.ok:
                response.extensions[OUTCOME_KEY] = outcome
                if call is not None:  # without a call, logging is off below INFO (`Telemetry.begin`)
                    call.answered(response, outcome)
                    if logger.isEnabledFor(logging.DEBUG):
                        logger.debug("%s -> %s", CallLabel(self._label, request, op), outcome.status)
                return response
            response = rejected(response, outcome, not self._raise)
            if call is not None:
                call.answered(response, outcome)
            plan = plan or self._plan(request, op)
            step = plan.after_outcome(outcome)
            logger.debug("%s -> %s (%s)", plan.label, outcome.status, step.action.value)
            if step.action is Action.RECOVER:
                if signer.recover_unauthorized(request, response, outcome):
                    if call is not None:
                        call.step("recover")
                    continue
                step = plan.after_outcome(outcome)
            if call is not None:
                call.step(step.action.value, step.wait)
            if step.action is Action.RETRY:
                self._sleep(step.wait)
                continue
            if step.action is Action.RAISE:
                raise signer.error_for(outcome, response, attempts)
            return response

    def close(self) -> None:
        self._inner.close()
        if self._closes_policy:
            self._signer.close()


class AsyncRetryTransport(_RetryBase[httpx.AsyncBaseTransport, AsyncSleeper], httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            op, signed = self._begin(request)
            call = self._telemetry.begin(request, op)
            if call is None:
                return await self._attempts(request, op, signed, None)
            with call:  # its span is current for prepare, signing and the policy's own requests
                return call.done(await self._attempts(request, op, signed, call))
        except AuthPluginsError as exc:
            scrub_error(exc, self._signer.secrets_for(request))
            raise

    async def _attempts(
        self, request: httpx.Request, op: Operation | None, signed: bool, call: Call | None
    ) -> httpx.Response:
        signer = self._signer
        asign = self._signing.asign
        if self._aprepare is not None:
            await self._aprepare(request, op)
        elif self._prepare is not None:
            self._prepare(request, op)
        plan: CallPlan | None = None
        attempts = 0
        while True:
            attempts += 1
            if call is not None:
                call.attempt()
            try:
                if signed:
                    if asign is None:
                        signer.sign(request, op)
                    else:
                        await asign(request, op)
                sent = perf_counter()
                response = await self._inner.handle_async_request(request)
                response.request = request
                await aread_within(response, self._max_bytes, sent)
            except httpx.TransportError as exc:
                plan = plan or self._plan(request, op)
                step = plan.after_exception(exc)
                if call is not None:
                    call.failed(exc)
                    call.step(step.action.value, step.wait)
                if step.action is Action.RAISE:
                    raise connection_error(exc) from exc
                await self._sleep(step.wait)
                continue
            outcome = self._classifier(response)
            if outcome.ok:
                response.extensions[OUTCOME_KEY] = outcome
                if call is not None:  # without a call, logging is off below INFO (`Telemetry.begin`)
                    call.answered(response, outcome)
                    if logger.isEnabledFor(logging.DEBUG):
                        logger.debug("%s -> %s", CallLabel(self._label, request, op), outcome.status)
                return response
            response = rejected(response, outcome, not self._raise)
            if call is not None:
                call.answered(response, outcome)
            plan = plan or self._plan(request, op)
            step = plan.after_outcome(outcome)
            logger.debug("%s -> %s (%s)", plan.label, outcome.status, step.action.value)
            if step.action is Action.RECOVER:
                if await signer.arecover_unauthorized(request, response, outcome):
                    if call is not None:
                        call.step("recover")
                    continue
                step = plan.after_outcome(outcome)
            if call is not None:
                call.step(step.action.value, step.wait)
            if step.action is Action.RETRY:
                await self._sleep(step.wait)
                continue
            if step.action is Action.RAISE:
                raise signer.error_for(outcome, response, attempts)
            return response

    async def aclose(self) -> None:
        await self._inner.aclose()
        if self._closes_policy:
            self._signer.close()
