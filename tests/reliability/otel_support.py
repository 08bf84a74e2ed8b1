"""In-memory OpenTelemetry for tests: a tracer and meter provider per test, passed to the client
(`tracer_provider=`, `meter_provider=`) so no test touches the process-global providers."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter


@attrs.frozen
class Point:
    metric: str
    attributes: Mapping[str, Any]
    value: float  # a counter's sum, a histogram's count


class Otel:
    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    @property
    def options(self) -> dict[str, Any]:
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}

    def spans(self) -> list[ReadableSpan]:
        return sorted(self.exporter.get_finished_spans(), key=lambda s: s.start_time or 0)

    def clear(self) -> None:
        self.exporter.clear()

    def points(self) -> list[Point]:
        data = self.reader.get_metrics_data()
        found: list[Point] = []
        for rm in data.resource_metrics if data else ():
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    for dp in metric.data.data_points:
                        value: Any = getattr(dp, "value", None)
                        if value is None:
                            value = getattr(dp, "count", 0)
                        found.append(Point(metric.name, dict(dp.attributes or {}), float(value)))
        return found

    def shutdown(self) -> None:
        self.tracer_provider.shutdown()
        self.meter_provider.shutdown()


def _text(value: object) -> str:
    """An attribute value as an exporter would write it (bytes decoded, sequences joined)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, tuple | list):
        return ",".join(_text(v) for v in value)
    return str(value)


def roots(spans: list[ReadableSpan]) -> list[ReadableSpan]:
    ids = {s.context.span_id for s in spans if s.context is not None}
    return [s for s in spans if s.parent is None or s.parent.span_id not in ids]


def children(spans: list[ReadableSpan], parent: ReadableSpan) -> list[ReadableSpan]:
    assert parent.context is not None
    return [s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id]


def render(spans: list[ReadableSpan], *, skip: tuple[str, ...] = ()) -> str:
    """The span tree as text: name, kind, duration and attributes, children indented."""
    lines: list[str] = []

    def walk(span: ReadableSpan, depth: int) -> None:
        ms = ((span.end_time or 0) - (span.start_time or 0)) / 1e6
        attrs = " ".join(f"{k}={_text(v)}" for k, v in (span.attributes or {}).items() if k not in skip)
        lines.append(f"{'  ' * depth}{span.name} [{span.kind.name}, {ms:.1f} ms] {attrs}")
        for child in children(spans, span):
            walk(child, depth + 1)

    for root in roots(spans):
        walk(root, 0)
    return "\n".join(lines)


def exported_texts(otel: Otel) -> Iterator[str]:
    """Every string an exporter would send: span names, attributes, events, statuses, metric points."""
    for span in otel.exporter.get_finished_spans():
        yield span.name
        yield span.status.description or ""
        for key, value in (span.attributes or {}).items():
            yield f"{key}={_text(value)}"
        for event in span.events:
            yield event.name
            yield from (f"{k}={_text(v)}" for k, v in (event.attributes or {}).items())
        for link in span.links:
            yield from (f"{k}={_text(v)}" for k, v in (link.attributes or {}).items())
    for point in otel.points():
        yield point.metric
        yield from (f"{k}={v}" for k, v in point.attributes.items())
