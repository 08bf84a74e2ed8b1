"""Issue 18: spans, metrics and the per-call INFO record, across the five providers, sync and async.

Each test passes its own SDK providers (in-memory exporter and reader) to the client, so nothing
here sets the process-global providers (tests/unit/test_telemetry_process.py does, in children).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.trace import SpanKind, StatusCode

from auth_plugins.errors import AuthPluginsError, BadRequestError, PreconditionFailedError
from tests.conftest import LiveSandbox
from tests.reliability.otel_support import Otel, children, exported_texts, render, roots
from tests.reliability.providers import PROVIDERS, Entry, entry
from tests.sandbox.core import Fault

NO_SLEEP: dict[str, Any] = {"sleep": lambda s: None, "async_sleep": None}
TOKEN_PROVIDERS = ("halogen", "htp", "idnpartner")  # payinout and tradecrm sign with static keys


async def _no_async_sleep(seconds: float) -> None:
    return None


NO_SLEEP["async_sleep"] = _no_async_sleep

_sandboxes: dict[str, LiveSandbox] = {}


@pytest.fixture(scope="module", autouse=True)
def _stop_sandboxes() -> Iterator[None]:
    yield
    for live in _sandboxes.values():
        live.stop()
    _sandboxes.clear()


def sandbox_for(slug: str) -> LiveSandbox:
    """One loopback sandbox per provider for this module, its state reset per test."""
    live = _sandboxes.get(slug)
    if live is None:
        live = _sandboxes[slug] = LiveSandbox(slug)
    live.state.reset()
    return live


@pytest.fixture
def otel() -> Iterator[Otel]:
    o = Otel()
    yield o
    o.shutdown()


def _ops(slug: str) -> Any:
    import importlib

    return importlib.import_module(f"auth_plugins.{slug}._provider").provider.operations


async def call(e: Entry, client: Any, mode: str) -> Any:
    if mode == "sync":
        return e.read(client)
    return await e.aread(client)


def the_call(spans: list[ReadableSpan]) -> ReadableSpan:
    (root,) = roots(spans)
    assert root.kind is SpanKind.CLIENT
    return root


def attempts_of(spans: list[ReadableSpan], root: ReadableSpan) -> list[ReadableSpan]:
    found = [s for s in children(spans, root) if s.name.endswith(" attempt")]
    assert all(s.kind is SpanKind.INTERNAL for s in found)
    return found


def check_call_attributes(root: ReadableSpan, e: Entry, live: LiveSandbox) -> dict[str, Any]:
    op = _ops(e.slug).by_id[e.read_op]
    attrs = dict(root.attributes or {})
    assert root.name == f"{op.method} {op.path}"
    assert attrs["http.request.method"] == op.method
    assert attrs["url.template"] == op.path
    assert attrs["server.address"] == "127.0.0.1"
    assert attrs["server.port"] == int(live.base_url.rsplit(":", 1)[1])
    assert attrs["auth_plugins.provider"] == e.slug
    assert attrs["auth_plugins.operation"] == e.read_op
    return attrs


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.mark.anyio
@pytest.mark.parametrize("slug", PROVIDERS)
async def test_plain_success(slug: str, mode: str, otel: Otel) -> None:
    e, live = entry(slug), sandbox_for(slug)
    with e.client(live.base_url, **otel.options, **NO_SLEEP) as c:
        e.prepare(c)
        e.read(c)  # tokens warm
        otel.clear()
        await call(e, c, mode)
    spans = otel.spans()
    root = the_call(spans)
    attrs = check_call_attributes(root, e, live)
    assert attrs["http.response.status_code"] == 200
    assert attrs["auth_plugins.attempts"] == 1
    assert "error.type" not in attrs
    assert "http.request.resend_count" not in attrs
    assert root.status.status_code is StatusCode.UNSET
    assert spans == [root], render(spans)  # answered at once: no attempt spans, nothing under it
    durations = [p for p in otel.points() if p.metric == "http.client.request.duration"]
    assert any(
        p.attributes["auth_plugins.provider"] == slug
        and p.attributes["auth_plugins.operation"] == e.read_op
        and p.attributes["auth_plugins.outcome"] == "success"
        and p.attributes["http.response.status_code"] == 200
        for p in durations
    )


@pytest.mark.anyio
@pytest.mark.parametrize("slug", PROVIDERS)
async def test_retried_503(slug: str, mode: str, otel: Otel) -> None:
    e, live = entry(slug), sandbox_for(slug)
    with e.client(live.base_url, **otel.options, **NO_SLEEP) as c:
        e.prepare(c)
        e.read(c)
        otel.clear()
        live.state.push(Fault("status", status=503, operation=e.read_op))
        await call(e, c, mode)
    spans = otel.spans()
    root = the_call(spans)
    attrs = check_call_attributes(root, e, live)
    assert attrs["auth_plugins.attempts"] == 2
    assert attrs["http.request.resend_count"] == 1
    assert attrs["http.response.status_code"] == 200
    assert "error.type" not in attrs
    first, second = attempts_of(spans, root)
    assert first.end_time is not None
    assert second.start_time is not None
    assert first.end_time <= second.start_time  # the first attempt's real times, then the wait
    reason = "envelope_503" if slug == "htp" else "http_503"  # htp answers errors in HTTP 200
    assert first.attributes is not None
    assert second.attributes is not None
    assert first.attributes["auth_plugins.attempt.action"] == "retry"
    assert first.attributes["auth_plugins.retry.reason"] == reason
    assert first.attributes["error.type"] == "503"
    assert isinstance(first.attributes["auth_plugins.retry.wait_s"], float)
    assert second.attributes["http.request.resend_count"] == 1
    assert "error.type" not in second.attributes
    retries = [p for p in otel.points() if p.metric == "auth_plugins.client.retries"]
    assert [(p.attributes["auth_plugins.retry.reason"], p.value) for p in retries] == [(reason, 1.0)]


@pytest.mark.anyio
async def test_htp_envelope_error_inside_http_200(mode: str, otel: Otel) -> None:
    e, live = entry("htp"), sandbox_for("htp")
    with e.client(live.base_url, **otel.options, **NO_SLEEP) as c:
        e.prepare(c)
        e.read(c)
        otel.clear()
        live.state.push(Fault("envelope", status=400, operation=e.read_op))
        with pytest.raises(BadRequestError) as info:
            await call(e, c, mode)
    spans = otel.spans()
    root = the_call(spans)
    attrs = check_call_attributes(root, e, live)
    assert attrs["http.response.status_code"] == 200
    assert attrs["auth_plugins.envelope.status_code"] == 400
    assert attrs["error.type"] == "auth_plugins.errors.BadRequestError"
    assert attrs["auth_plugins.trace_id"] == info.value.trace_id
    assert root.status.status_code is StatusCode.ERROR
    assert not root.status.description  # a provider's message never reaches telemetry
    assert spans == [root]  # one attempt, not retried
    errors = [
        p
        for p in otel.points()
        if p.metric == "http.client.request.duration" and p.attributes["auth_plugins.outcome"] == "error"
    ]
    assert [p.attributes["error.type"] for p in errors] == ["auth_plugins.errors.BadRequestError"]
    assert errors[0].attributes["http.response.status_code"] == 200


@pytest.mark.anyio
@pytest.mark.parametrize("slug", TOKEN_PROVIDERS)
async def test_token_renewal_after_401(slug: str, mode: str, otel: Otel) -> None:
    """A 401 drops the token; the resend renews it: the renewal (and, for providers that fetch
    tokens, the token request) is a span under the attempt that needed it."""
    e, live = entry(slug), sandbox_for(slug)
    with e.client(live.base_url, **otel.options, **NO_SLEEP) as c:
        e.prepare(c)
        e.read(c)
        otel.clear()
        renewals_before = sum(p.value for p in otel.points() if p.metric == "auth_plugins.token.renewals")
        live.state.push(Fault("status", status=401, operation=e.read_op))
        await call(e, c, mode)
    spans = otel.spans()
    root = the_call(spans)
    attrs = check_call_attributes(root, e, live)
    assert attrs["auth_plugins.attempts"] == 2
    first, second = attempts_of(spans, root)
    assert first.attributes is not None
    assert first.attributes["auth_plugins.attempt.action"] == "recover"
    assert first.attributes["auth_plugins.retry.reason"] in ("http_401", "envelope_401")
    (renewal,) = children(spans, second)
    assert renewal.name == "auth_plugins token renewal"
    assert renewal.attributes is not None
    assert renewal.attributes["auth_plugins.operation"] == e.read_op
    fetches = children(spans, renewal)
    if slug == "halogen":
        assert fetches == []  # a JWT is minted locally
    else:
        (fetch,) = fetches
        assert fetch.kind is SpanKind.CLIENT
        assert fetch.attributes is not None
        assert fetch.attributes["auth_plugins.backchannel"] is True
        assert fetch.attributes["http.response.status_code"] == 200
        assert str(fetch.attributes["url.template"]).startswith("/")
    renewals = sum(p.value for p in otel.points() if p.metric == "auth_plugins.token.renewals")
    assert renewals - renewals_before == 1


@pytest.mark.anyio
async def test_halogen_412(mode: str, otel: Otel) -> None:
    e, live = entry("halogen"), sandbox_for("halogen")
    with e.client(live.base_url, **otel.options, **NO_SLEEP) as c:
        e.read(c)
        otel.clear()
        live.state.push(Fault("status", status=412, operation=e.read_op))
        with pytest.raises(PreconditionFailedError):
            await call(e, c, mode)
    spans = otel.spans()
    root = the_call(spans)
    attrs = check_call_attributes(root, e, live)
    assert attrs["http.response.status_code"] == 412
    assert attrs["error.type"] == "auth_plugins.errors.PreconditionFailedError"
    assert attrs["auth_plugins.attempts"] == 1  # a 412 is never retried
    assert "auth_plugins.envelope.status_code" not in attrs
    assert spans == [root]


def test_url_template_never_the_filled_in_url(otel: Otel) -> None:
    e, live = entry("tradecrm"), sandbox_for("tradecrm")
    with e.client(live.base_url, **otel.options, **NO_SLEEP) as c:
        e.write(c)
    (root,) = roots(otel.spans())
    assert root.attributes is not None
    assert root.attributes["url.template"] == _ops("tradecrm").by_id[e.write_op].path
    assert "{" in root.name
    assert not [t for t in exported_texts(otel) if "wl_5c0e19" in t]


@pytest.mark.parametrize("slug", PROVIDERS)
def test_trace_context_is_not_sent_by_default(slug: str, otel: Otel) -> None:
    e, live = entry(slug), sandbox_for(slug)
    with e.client(live.base_url, **otel.options, **NO_SLEEP) as c:
        e.prepare(c)
        e.read(c)
    assert not [a for a in live.state.arrivals() if "traceparent" in a.headers]


@pytest.mark.parametrize("slug", PROVIDERS)
def test_trace_context_propagated_and_signed(slug: str, otel: Otel) -> None:
    """Turned on, `traceparent` names the call span and the provider still accepts the signature."""
    e, live = entry(slug), sandbox_for(slug)
    with e.client(live.base_url, propagate_trace_context=True, **otel.options, **NO_SLEEP) as c:
        e.prepare(c)
        otel.clear()
        e.read(c)
    arrival = live.state.arrivals(e.read_op)[-1]  # (htp: after a 401 for the seeded token)
    assert arrival.accepted
    root = the_call(otel.spans())
    assert root.context is not None
    sent = {k.lower(): v for k, v in arrival.headers.items()}["traceparent"]
    version, trace_id, span_id, _flags = sent.split("-")
    assert (version, trace_id, span_id) == (
        "00",
        f"{root.context.trace_id:032x}",
        f"{root.context.span_id:016x}",
    )


def test_one_info_record_per_call(caplog: pytest.LogCaptureFixture) -> None:
    e, live = entry("payinout"), sandbox_for("payinout")
    caplog.set_level(logging.INFO, logger="auth_plugins")
    with e.client(live.base_url, **NO_SLEEP) as c:  # no OpenTelemetry providers: logs alone
        live.state.push(Fault("status", status=503, operation=e.read_op))
        e.read(c)
    records = [r for r in caplog.records if r.name == "auth_plugins" and r.levelno == logging.INFO]
    (record,) = records
    fields = {
        k: getattr(record, k) for k in ("provider", "operation", "attempts", "status_code", "error_type")
    }
    assert fields == {
        "provider": "payinout",
        "operation": "get_balance",
        "attempts": 2,
        "status_code": 200,
        "error_type": None,
    }
    assert record.retry_reasons == ("http_503",)  # type: ignore[attr-defined]
    assert isinstance(record.elapsed_ms, float)  # type: ignore[attr-defined]
    assert record.getMessage().startswith("payinout get_balance: 200 after 2 attempt(s) in ")


def test_info_record_names_the_typed_error(caplog: pytest.LogCaptureFixture) -> None:
    e, live = entry("halogen"), sandbox_for("halogen")
    caplog.set_level(logging.INFO, logger="auth_plugins")
    with e.client(live.base_url, **NO_SLEEP) as c:
        live.state.push(Fault("status", status=412, operation=e.read_op))
        with pytest.raises(PreconditionFailedError):
            e.read(c)
    (record,) = [r for r in caplog.records if r.levelno == logging.INFO and r.name == "auth_plugins"]
    assert record.error_type == "PreconditionFailedError"  # type: ignore[attr-defined]
    assert "PreconditionFailedError (412) after 1 attempt(s)" in record.getMessage()


def _user_values(e: Entry, live: LiveSandbox) -> set[str]:
    """Values no telemetry may carry: the matrix's secrets, every credential header value that
    reached the sandbox (issued tokens, JWTs, signatures), the tokens the sandbox issued, the
    idnpartner user's name and password, and the wallet id filled into tradecrm's write URL."""
    found = set(e.secrets)
    for arrival in live.state.arrivals():
        for name in e.credential_headers:
            value = arrival.headers.get(name) or arrival.headers.get(name.title()) or ""
            found.add(value)
            found.add(value.partition(" ")[2])
    provider = live.provider
    issued, tokens = getattr(provider, "issued", None), getattr(provider, "tokens", None)
    if isinstance(issued, dict):  # htp: token -> grant
        found.update(issued)
    if isinstance(tokens, dict):  # idnpartner: token -> Issued
        found.update(t.value for t in tokens.values())
    if e.slug == "idnpartner":
        from tests.sandbox.providers import idnpartner as sim

        found.update({sim.USERNAME, sim.PASSWORD})
    if e.slug == "tradecrm":
        found.add("wl_5c0e19")
    return {v for v in found if len(v) >= 8 and not v.isdigit()}  # not the signed timestamps


@pytest.mark.anyio
@pytest.mark.parametrize("slug", PROVIDERS)
async def test_no_secret_in_any_exported_attribute_or_log(
    slug: str, otel: Otel, caplog: pytest.LogCaptureFixture
) -> None:
    e, live = entry(slug), sandbox_for(slug)
    caplog.set_level(logging.DEBUG)
    with e.client(live.base_url, propagate_trace_context=True, **otel.options, **NO_SLEEP) as c:
        e.prepare(c)
        e.read(c)
        await e.aread(c)
        live.state.push(Fault("status", status=503, operation=e.read_op))
        e.read(c)
        for status in (401, 400):  # a renewal (or, with static keys, an error), then an error
            live.state.push(Fault("status", status=status, operation=e.read_op))
            with contextlib.suppress(AuthPluginsError):
                await e.aread(c)
        with contextlib.suppress(AuthPluginsError):  # a refused write still leaves telemetry
            e.write(c)
    values = _user_values(e, live)
    assert values, "nothing to scan for"
    texts = list(exported_texts(otel))
    ours = [r for r in caplog.records if r.name.startswith("auth_plugins")]  # (httpx logs URLs)
    assert ours
    texts += [r.getMessage() for r in ours]
    texts += [repr(v) for r in ours for v in vars(r).values()]
    assert len(roots(otel.spans())) >= 6
    leaks = sorted({v for v in values for t in texts if v in t})
    assert leaks == []


def test_htp_encrypted_call_and_key_handshake(otel: Otel) -> None:
    """An encrypted htp call says so, and its key handshake is a span under it."""
    e, live = entry("htp"), sandbox_for("htp")
    with e.client(live.base_url, encrypt=True, **otel.options, **NO_SLEEP) as c:
        e.prepare(c)  # a user signs in: the payment order acts for a user
        e.write(c)
    spans = otel.spans()
    calls = [s for s in roots(spans) if (s.attributes or {}).get("auth_plugins.operation") == e.write_op]
    (root,) = calls
    assert root.attributes is not None
    assert root.attributes["auth_plugins.encrypted"] is True
    fetched = [s for s in spans if (s.attributes or {}).get("auth_plugins.backchannel")]
    handshakes = [s for s in fetched if "key" in s.name]
    assert handshakes, render(spans)
    # The handshake is a span under the first encrypted call that needed it (the sign-in, whose
    # body carries the password), never a trace of its own.
    by_trace = {s.context.trace_id: s for s in roots(spans) if s.context is not None}
    for handshake in handshakes:
        assert handshake.parent is not None
        assert handshake.context is not None
        owner = by_trace[handshake.context.trace_id]
        assert owner.attributes is not None
        assert owner.attributes["auth_plugins.encrypted"] is True
