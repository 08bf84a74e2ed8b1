"""Issue 18, in fresh interpreters: OpenTelemetry absent, configured after the client was built
(the process-global providers), the webhook failure counter, and lazy imports."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CLIENT = """
import httpx, logging
from auth_plugins import payinout
logging.basicConfig(level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
def handler(request):
    return httpx.Response(200, json={"balances": []})
creds = payinout.Credentials(token="pk_test_token_value", email="ops@example.com", secret="s3cret-value-xyz")
mock = httpx.MockTransport(handler)
client = payinout.client(creds, base_url="https://api.invalid", transport=mock, async_transport=mock)
def call():
    return client.get_httpx_client().post("/api/balance", json={}).status_code
"""


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def test_absent_opentelemetry_costs_nothing_and_logs_still_work() -> None:
    out = _run(
        "import sys\nsys.modules['opentelemetry'] = None  # as if not installed\n"
        + _CLIENT
        + """
assert call() == 200
assert 'auth_plugins._core._telemetry' in sys.modules
assert 'auth_plugins._core._otel' not in sys.modules
from auth_plugins._core import _telemetry
assert _telemetry.otel() is None
try:
    payinout.client(creds, base_url="https://api.invalid", tracer_provider=object())
except Exception as exc:
    assert type(exc).__name__ == "ConfigurationError", exc
else:
    raise AssertionError("tracer_provider without opentelemetry was accepted")
print("absent ok")
"""
    )
    assert "absent ok" in out
    assert "auth_plugins INFO payinout get_balance: 200 after 1 attempt(s)" in out


def test_global_providers_configured_after_the_client_was_built() -> None:
    out = _run(
        _CLIENT
        + """
import sys
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

assert call() == 200  # nothing configured yet: no span, no metric
exporter, reader = InMemorySpanExporter(), InMemoryMetricReader()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)
metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
assert call() == 200
(span,) = [s for s in exporter.get_finished_spans() if s.kind.name == "CLIENT"]
assert span.name == "POST /api/balance", span.name
assert span.attributes["auth_plugins.operation"] == "get_balance"

from auth_plugins.errors import WebhookSignatureError
for signature in ("00" * 32, "not-hex"):
    try:
        payinout.verify_webhook(b'{"a":1}', signature, "s3cret-value-xyz")
    except WebhookSignatureError:
        pass
points = {}
for rm in reader.get_metrics_data().resource_metrics:
    for sm in rm.scope_metrics:
        for m in sm.metrics:
            for dp in m.data.data_points:
                points.setdefault(m.name, []).append((dict(dp.attributes), getattr(dp, "value", None)))
assert len(points["http.client.request.duration"]) == 1, points
failures = sorted((a["auth_plugins.provider"], a["auth_plugins.webhook.reason"], v)
                  for a, v in points["auth_plugins.webhook.verification_failures"])
assert failures == [("payinout", "malformed", 1), ("payinout", "mismatch", 1)], failures
print("configured later ok")
"""
    )
    assert "configured later ok" in out


def test_importing_a_provider_does_not_import_opentelemetry() -> None:
    _run(
        """
import sys
import auth_plugins.payinout, auth_plugins.htp
assert not [m for m in sys.modules if m.startswith("opentelemetry")]
"""
    )
