"""What a logical call reports: OpenTelemetry spans and metrics when they are live, and one INFO
record per call on the `auth_plugins` logger.

Off costs nothing: whether `opentelemetry-api` imports is decided once per process (on the first
stack built, never at `import auth_plugins.<slug>`); per call, the global tracer and meter
providers are compared by identity with the last ones seen, so a provider configured after the
client was built is picked up by its next call. With neither a provider nor INFO logging,
`Telemetry.begin` returns None and the retry loop does no other work for telemetry.
Everything that touches OpenTelemetry itself is in `_otel.py` (what may go into an attribute).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from contextvars import ContextVar
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ..errors import ApiError
from ._operations import Operation
from ._outcome import Outcome, outcome_of

if TYPE_CHECKING:
    from . import _otel

__all__ = ["ENCRYPTED_KEY", "PATH_KEY", "Call", "Telemetry", "backchannel", "renewal", "webhook_failed"]

logger = logging.getLogger("auth_plugins")

# Set on a request whose body a policy encrypted (`auth_plugins.encrypted`), and on a backchannel
# request to the path literal it was built from (its `url.template`).
ENCRYPTED_KEY = "auth_plugins.encrypted"
PATH_KEY = "auth_plugins.path"

_DEFAULT_PORTS = {"http": 80, "https": 443}
Attributes = dict[str, str | bool | int | float]
_CURRENT: ContextVar[Call | None] = ContextVar("auth_plugins.call", default=None)
_UNSET: Any = object()
_otel_module: ModuleType | None = _UNSET


def otel() -> ModuleType | None:
    """`_otel` when `opentelemetry-api` imports, else None; tried once per process."""
    global _otel_module
    if _otel_module is _UNSET:
        try:
            from . import _otel as module
        except ImportError:
            _otel_module = None
        else:
            _otel_module = module
    return _otel_module


class Telemetry:
    """One stack's telemetry (built with the stack; `begin` once per logical call)."""

    def __init__(
        self,
        slug: str,
        base_url: str,
        *,
        tracer_provider: object | None = None,
        meter_provider: object | None = None,
        propagate: bool = False,
    ) -> None:
        url = httpx.URL(base_url)
        self.slug = slug
        self.server: dict[str, str | int] = {
            "server.address": url.host,
            "server.port": url.port or _DEFAULT_PORTS.get(url.scheme, 0),
        }
        self.propagate = propagate
        self._otel = otel()
        if self._otel is None and (tracer_provider is not None or meter_provider is not None):
            from ..errors import ConfigurationError

            raise ConfigurationError("tracer_provider / meter_provider need auth-plugins[otel]")
        self._tp = tracer_provider
        self._mp = meter_provider
        self._seen: tuple[object | None, object | None] = (None, None)
        self._inst: _otel.Instruments | None = None
        # What `live` reads per call: the global providers (None when absent, or both explicit).
        self._read: Callable[[], tuple[object | None, object | None]] | None = None
        if self._otel is not None:
            if tracer_provider is None and meter_provider is None:
                self._read = self._otel.global_providers
            elif tracer_provider is None or meter_provider is None:
                self._read = self._providers
            self._rebind(self._providers())

    def _providers(self) -> tuple[object | None, object | None]:
        assert self._otel is not None
        tp, mp = self._otel.global_providers()
        return (tp if self._tp is None else self._tp, mp if self._mp is None else self._mp)

    def _rebind(self, providers: tuple[object | None, object | None]) -> _otel.Instruments | None:
        assert self._otel is not None
        self._seen = providers
        tracer = self._otel.usable_tracer(providers[0])
        meter = self._otel.usable_meter(providers[1])
        self._inst = None if tracer is None and meter is None else self._otel.Instruments(tracer, meter)
        return self._inst

    def begin(self, request: httpx.Request, op: Operation | None) -> Call | None:
        """The call's record; None when no provider is live and the `auth_plugins` logger is below
        INFO (so DEBUG is off too: the retry loop then skips its own log checks)."""
        inst = self._inst  # the instruments of the providers last seen
        read = self._read
        if read is not None:  # global providers: a provider configured since is picked up here
            providers = read()
            seen = self._seen
            if providers[0] is not seen[0] or providers[1] is not seen[1]:
                inst = self._rebind(providers)
        log = logger.isEnabledFor(logging.INFO)
        if inst is None and not log:
            return None
        return Call(self, inst, request, op, log)


class Call:
    """One logical call's record: attempts, the last answer, the spans (`_otel.CallTrace`)."""

    __slots__ = (
        "_exc_name",
        "_log",
        "_outcome",
        "_reasons",
        "_request",
        "_reset",
        "_response",
        "_start",
        "_telemetry",
        "attempts",
        "op",
        "trace",
    )

    def __init__(
        self,
        telemetry: Telemetry,
        inst: _otel.Instruments | None,
        request: httpx.Request,
        op: Operation | None,
        log: bool,
    ) -> None:
        self._telemetry = telemetry
        self._request = request
        self._log = log
        self._start = time.perf_counter()
        self._response: httpx.Response | None = None
        self._outcome: Outcome | None = None
        self._reasons: list[str] = []
        self._exc_name = "unknown"
        self.op = op
        self.attempts = 0
        self.trace: _otel.CallTrace | None = None
        if inst is not None:
            module = otel()
            assert module is not None
            attributes: Attributes = {
                "http.request.method": request.method,
                **telemetry.server,
                "auth_plugins.provider": telemetry.slug,
            }
            name = request.method
            if op is not None:
                attributes["url.template"] = op.path
                attributes["auth_plugins.operation"] = op.id
                name = f"{request.method} {op.path}"
            headers = request.headers if telemetry.propagate else None
            self.trace = module.CallTrace(inst, name, attributes, headers)
        self._reset = _CURRENT.set(self)

    # --- the retry loop's hooks --------------------------------------------------------------
    def attempt(self) -> None:
        self.attempts += 1
        self._response = None
        self._outcome = None
        if self.trace is not None:
            self.trace.attempt(self.attempts)

    def answered(self, response: httpx.Response, outcome: Outcome | None) -> None:
        self._response = response
        self._outcome = outcome
        if self.trace is not None:
            attributes: Attributes = {"http.response.status_code": response.status_code}
            if outcome is not None and outcome.status != response.status_code:
                attributes["auth_plugins.envelope.status_code"] = outcome.status
            failed = outcome is not None and not outcome.ok
            self.trace.attempt_result(attributes, _status_error(outcome) if failed else None)

    def failed(self, exc: BaseException) -> None:
        self._exc_name = type(exc).__name__
        if self.trace is not None:
            self.trace.attempt_result({}, qualified(type(exc)))

    def step(self, action: str, wait: float = 0.0) -> None:
        """What the plan decided after this attempt: `retry` (after `wait` s), `recover`, `raise`..."""
        reason = self._reason()
        if action in ("retry", "recover"):
            self._reasons.append(reason)
        if self.trace is not None:
            attributes: Attributes = {"auth_plugins.attempt.action": action}
            if action in ("retry", "recover"):
                attributes["auth_plugins.retry.reason"] = reason
                if action == "retry":  # a recovered 401 is resent at once
                    attributes["auth_plugins.retry.wait_s"] = round(wait, 6)
                    self.trace.retried(reason)
            self.trace.attempt_result(attributes, None)
            if action in ("retry", "recover"):
                self.trace.resending()

    def _reason(self) -> str:
        """`http_503`, `envelope_429`, or the transport error's class (`ConnectError`)."""
        response, outcome = self._response, self._outcome
        if response is None:
            return self._exc_name
        if outcome is not None and outcome.status != response.status_code:
            return f"envelope_{outcome.status}"
        return f"http_{response.status_code}"

    def base(self) -> Attributes:
        return {**self._telemetry.server, "auth_plugins.provider": self._telemetry.slug}

    def done(self, response: httpx.Response) -> httpx.Response:
        self._finish(response, None)
        return response

    def __enter__(self) -> Call:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:
            self._finish(None, exc)

    # --- the end ------------------------------------------------------------------------------
    def _finish(self, response: httpx.Response | None, exc: BaseException | None) -> None:
        _CURRENT.reset(self._reset)
        seconds = time.perf_counter() - self._start
        last = response if response is not None else self._response
        outcome = outcome_of(response) if response is not None else self._outcome
        attributes: Attributes = {"auth_plugins.attempts": self.attempts}
        if self.attempts > 1:
            attributes["http.request.resend_count"] = self.attempts - 1
        if last is not None:
            attributes["http.response.status_code"] = last.status_code
            if outcome is not None and outcome.status != last.status_code:
                attributes["auth_plugins.envelope.status_code"] = outcome.status
        error_type: str | None = None
        if exc is not None:
            error_type = qualified(type(exc))
        elif outcome is not None and not outcome.ok:
            error_type = _status_error(outcome)
        trace_id = exc.trace_id if isinstance(exc, ApiError) else outcome.trace_id if outcome else None
        request_id = exc.request_id if isinstance(exc, ApiError) else outcome.request_id if outcome else None
        if trace_id:
            attributes["auth_plugins.trace_id"] = trace_id
        if request_id:
            attributes["auth_plugins.request_id"] = request_id
        if self._request.extensions.get(ENCRYPTED_KEY):
            attributes["auth_plugins.encrypted"] = True
        if self.trace is not None:
            self.trace.end(attributes, error_type, seconds, error_type is None)
        if self._log:
            self._log_call(outcome, last, exc, error_type, seconds)

    def _log_call(self, outcome: Outcome | None, last: httpx.Response | None, exc: BaseException | None,
                  error_type: str | None, seconds: float) -> None:  # fmt: skip
        status = outcome.status if outcome is not None else last.status_code if last is not None else None
        fields = {
            "provider": self._telemetry.slug,
            "operation": self.op.id if self.op is not None else None,
            "method": self._request.method,
            "attempts": self.attempts,
            "status_code": status,
            "http_status_code": last.status_code if last is not None else None,
            "elapsed_ms": round(seconds * 1000, 3),
            "error_type": type(exc).__name__ if exc is not None else error_type,
            "retry_reasons": tuple(self._reasons),
        }
        result = str(status) if status is not None else "no answer"
        if fields["error_type"] is not None and exc is not None:
            result = f"{fields['error_type']} ({result})"
        logger.info(
            "%s %s: %s after %d attempt(s) in %.1f ms",
            fields["provider"],
            fields["operation"] or f"{self._request.method} (no operation)",
            result,
            self.attempts,
            seconds * 1000,
            extra=fields,
        )


def _same(response: httpx.Response) -> httpx.Response:
    return response


def qualified(cls: type) -> str:
    """`error.type` for an exception: its canonical class name."""
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def _status_error(outcome: Outcome | None) -> str:
    return str(outcome.status) if outcome is not None else "unknown"


def backchannel(request: httpx.Request) -> AbstractContextManager[Callable[[httpx.Response], httpx.Response]]:
    """A span for a policy's own request (a token fetch, a key handshake) under the current call;
    what it yields notes the answer's status."""
    call = _CURRENT.get()
    if call is None or call.trace is None:
        return nullcontext(_same)
    path = request.extensions.get(PATH_KEY)
    return call.trace.backchannel(request.method, path if isinstance(path, str) else None, call.base())


def renewal() -> AbstractContextManager[None]:
    """A span (and a count) for a token renewal caused by the current call."""
    call = _CURRENT.get()
    if call is None or call.trace is None:
        return nullcontext()
    return call.trace.renewal(call.base(), call.op.id if call.op is not None else None)


def webhook_failed(reason: str, provider: str) -> None:
    """Count a webhook whose signature did not verify (on the global meter provider)."""
    if "opentelemetry.metrics" in sys.modules:  # else nothing in this process configured it
        module = otel()
        if module is not None:
            module.count_webhook_failure(reason, provider)
