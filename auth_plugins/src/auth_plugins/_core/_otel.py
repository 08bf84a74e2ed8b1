"""OpenTelemetry spans and metrics for the stack; imported only once a stack is built and
`opentelemetry-api` is importable (`auth-plugins[otel]`).

What goes into an attribute is decided here and nowhere else: method, host, port, the spec's path
template, statuses, class names, counts and the provider's own trace and request ids. Never a
header value, a body, a query string, a filled-in URL or an error message (a provider's message
may name a user).

The global providers are read from the API's module globals (one attribute load each) rather than
through `get_tracer_provider()`, which consults `os.environ` on every call while nothing is
configured (`nox -s bench` reports what the per-call check costs). The public getters are the
fallback should a release of the API rename those globals.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from opentelemetry import context as otel_context
from opentelemetry import metrics, trace
from opentelemetry.metrics import Counter, Histogram, MeterProvider, NoOpMeterProvider
from opentelemetry.trace import (
    NoOpTracerProvider,
    ProxyTracerProvider,
    Span,
    SpanKind,
    Status,
    StatusCode,
    Tracer,
    TracerProvider,
)
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from ._outcome import outcome_of
from ._telemetry import qualified

__all__ = ["CallTrace", "Instruments", "global_providers", "usable_meter", "usable_tracer"]

SCOPE = "auth_plugins"
Attributes = dict[str, str | bool | int | float]

# The HTTP semantic conventions' advisory buckets for http.client.request.duration (seconds).
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)
_PROPAGATOR = TraceContextTextMapPropagator()  # traceparent/tracestate only: never baggage


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("auth-plugins")
    except metadata.PackageNotFoundError:
        return "0"


_VERSION = _version()


def _globals_reader() -> Callable[[], tuple[object | None, object | None]]:
    from opentelemetry.metrics import _internal as metrics_internal

    if hasattr(trace, "_TRACER_PROVIDER") and hasattr(metrics_internal, "_METER_PROVIDER"):
        if "OTEL_PYTHON_TRACER_PROVIDER" in os.environ:
            trace.get_tracer_provider()  # installs the provider the variable names, once
        if "OTEL_PYTHON_METER_PROVIDER" in os.environ:
            metrics.get_meter_provider()

        def read() -> tuple[object | None, object | None]:
            return trace._TRACER_PROVIDER, metrics_internal._METER_PROVIDER

        return read

    def public() -> tuple[object | None, object | None]:  # pragma: no cover - a future API
        return trace.get_tracer_provider(), metrics.get_meter_provider()

    return public


global_providers = _globals_reader()


def usable_tracer(provider: object | None) -> TracerProvider | None:
    """The provider, unless it is unset, the API's proxy or a no-op one."""
    if isinstance(provider, TracerProvider) and not isinstance(
        provider, ProxyTracerProvider | NoOpTracerProvider
    ):
        return provider
    return None


def usable_meter(provider: object | None) -> MeterProvider | None:
    if (
        isinstance(provider, MeterProvider)
        and not isinstance(provider, NoOpMeterProvider)
        and type(provider).__name__ != "_ProxyMeterProvider"
    ):
        return provider
    return None


class Instruments:
    """The tracer and the instruments of one (tracer provider, meter provider) pair."""

    def __init__(self, tracer_provider: TracerProvider | None, meter_provider: MeterProvider | None) -> None:
        self.tracer: Tracer | None = None
        self.duration: Histogram | None = None
        self.retries: Counter | None = None
        self.renewals: Counter | None = None
        self.webhook_failures: Counter | None = None
        if tracer_provider is not None:
            self.tracer = tracer_provider.get_tracer(SCOPE, _VERSION)
        if meter_provider is not None:
            meter = meter_provider.get_meter(SCOPE, _VERSION)
            self.duration = meter.create_histogram(
                "http.client.request.duration",
                unit="s",
                description="Logical calls through the auth_plugins stack, every attempt included.",
                explicit_bucket_boundaries_advisory=_BUCKETS,
            )
            self.retries = meter.create_counter(
                "auth_plugins.client.retries", unit="{retry}", description="Attempts resent, by reason."
            )
            self.renewals = meter.create_counter(
                "auth_plugins.token.renewals", unit="{renewal}", description="Token renewals (fetch or mint)."
            )
            self.webhook_failures = meter.create_counter(
                "auth_plugins.webhook.verification_failures",
                unit="{failure}",
                description="Webhook deliveries whose signature did not verify.",
            )


def _end(span: Span, error_type: str | None) -> None:
    if error_type is not None:
        span.set_attribute("error.type", error_type)
        span.set_status(Status(StatusCode.ERROR))  # no description: a message may name a user
    span.end()


class CallTrace:
    """The call span (CLIENT), its attempt spans (INTERNAL, when it resends) and its metrics."""

    __slots__ = ("_attempt", "_attempt_token", "_first", "_inst", "_metric_attrs", "_name", "_token", "span")

    def __init__(
        self,
        inst: Instruments,
        name: str,
        attributes: Attributes,
        headers: httpx.Headers | None,
    ) -> None:
        self._inst = inst
        self._name = name
        self._metric_attrs = attributes
        self._attempt: Span | None = None
        self._attempt_token: object | None = None
        self._first: tuple[int, Attributes] | None = None
        self.span: Span | None = None
        self._token: object | None = None
        if inst.tracer is not None:
            span = self.span = inst.tracer.start_span(name, kind=SpanKind.CLIENT, attributes=attributes)
            ctx = trace.set_span_in_context(span)
            self._token = otel_context.attach(ctx)
            if headers is not None:
                _PROPAGATOR.inject(headers, context=ctx)  # above signing: signed like any header

    def attempt(self, number: int) -> None:
        """Attempt spans exist only for calls that resend: the first attempt is held as a record
        and becomes a span (with its real start and end) when a second one follows, so a call
        answered at once exports one span. From the second on, the attempt span is current (a
        renewal it needs nests under it)."""
        self.close_attempt()
        if number == 1:
            self._first = (time.time_ns(), {"http.request.resend_count": 0})
            return
        tracer = self._inst.tracer
        if tracer is not None:
            span = self._attempt = tracer.start_span(
                f"{self._name} attempt",
                kind=SpanKind.INTERNAL,
                attributes={"http.request.resend_count": number - 1},
            )
            self._attempt_token = otel_context.attach(trace.set_span_in_context(span))

    def attempt_result(self, attributes: Attributes, error_type: str | None) -> None:
        target: Any = self._attempt
        if target is None:
            if self._first is None:
                return
            target = self._first[1]
            target.update(attributes)
            if error_type is not None:
                target["error.type"] = error_type
            return
        target.set_attributes(attributes)
        if error_type is not None:
            target.set_attribute("error.type", error_type)

    def retried(self, reason: str) -> None:
        if self._inst.retries is not None:
            self._inst.retries.add(1, {**self._metric_attrs, "auth_plugins.retry.reason": reason})

    def resending(self) -> None:
        """Another attempt follows this one: the first attempt becomes a span now."""
        first, tracer = self._first, self._inst.tracer
        if first is not None and tracer is not None:
            self._first = None
            span = tracer.start_span(
                f"{self._name} attempt", kind=SpanKind.INTERNAL, attributes=first[1], start_time=first[0]
            )
            if "error.type" in first[1]:
                span.set_status(Status(StatusCode.ERROR))
            span.end()
        self.close_attempt()

    def close_attempt(self, error_type: str | None = None) -> None:
        self._first = None  # a call answered by its first attempt: the call span says it all
        span, token = self._attempt, self._attempt_token
        if span is not None:
            self._attempt = self._attempt_token = None
            if token is not None:
                otel_context.detach(token)  # type: ignore[arg-type]
            if error_type is not None:
                span.set_attribute("error.type", error_type)
                span.set_status(Status(StatusCode.ERROR))
            span.end()

    def end(self, attributes: Attributes, error_type: str | None, seconds: float, ok: bool) -> None:
        self.close_attempt(error_type if not ok else None)
        span = self.span
        if span is not None:
            span.set_attributes(attributes)
            if self._token is not None:
                otel_context.detach(self._token)  # type: ignore[arg-type]
            _end(span, error_type)
        if self._inst.duration is not None:
            metric = {**self._metric_attrs, "auth_plugins.outcome": "success" if ok else "error"}
            for key in ("http.response.status_code", "error.type"):
                value = attributes.get(key)
                if value is not None:
                    metric[key] = value
            if error_type is not None:
                metric["error.type"] = error_type
            self._inst.duration.record(seconds, metric)

    @contextmanager
    def child(self, name: str, kind: SpanKind, attributes: Attributes) -> Iterator[Span | None]:
        """A span under the current one (a token fetch, a key handshake, a renewal)."""
        tracer = self._inst.tracer
        if tracer is None:
            yield None
            return
        with tracer.start_as_current_span(
            name, kind=kind, attributes=attributes, record_exception=False, set_status_on_exception=False
        ) as span:
            try:
                yield span
            except BaseException as exc:
                span.set_attribute("error.type", qualified(type(exc)))
                span.set_status(Status(StatusCode.ERROR))
                raise

    @contextmanager
    def backchannel(
        self, method: str, path: str | None, base: Attributes
    ) -> Iterator[Callable[[httpx.Response], httpx.Response]]:
        """A CLIENT span for a policy's own request; `path` is the literal it was built from."""
        attributes: Attributes = {"http.request.method": method, **base, "auth_plugins.backchannel": True}
        if path is not None:
            attributes["url.template"] = path
        with self.child(f"{method} {path}" if path else method, SpanKind.CLIENT, attributes) as span:

            def answered(response: httpx.Response) -> httpx.Response:
                if span is not None:
                    span.set_attribute("http.response.status_code", response.status_code)
                    outcome = outcome_of(response)
                    if outcome is not None and outcome.status != response.status_code:
                        span.set_attribute("auth_plugins.envelope.status_code", outcome.status)
                return response

            yield answered

    @contextmanager
    def renewal(self, base: Attributes, operation: str | None) -> Iterator[None]:
        """An INTERNAL span around a token renewal, counted once it succeeds."""
        attributes: Attributes = {"auth_plugins.provider": base["auth_plugins.provider"]}
        counted = dict(attributes)
        if operation is not None:
            attributes["auth_plugins.operation"] = operation
        with self.child("auth_plugins token renewal", SpanKind.INTERNAL, attributes):
            yield
        if self._inst.renewals is not None:
            self._inst.renewals.add(1, counted)


def count_webhook_failure(reason: str, provider: str) -> None:
    """The webhook failure counter on the global meter provider (webhooks are verified outside
    any stack); nothing when none is configured."""
    global _webhook_counter
    meter_provider = usable_meter(global_providers()[1])
    if meter_provider is None:
        return
    if _webhook_counter is None or _webhook_counter[0] is not meter_provider:
        _webhook_counter = (meter_provider, Instruments(None, meter_provider).webhook_failures)
    counter = _webhook_counter[1]
    if counter is None:
        return
    counter.add(1, {"auth_plugins.provider": provider, "auth_plugins.webhook.reason": reason})


_webhook_counter: tuple[MeterProvider, Counter | None] | None = None
