"""The spec-driven sandbox: one Starlette app per provider, served by uvicorn on 127.0.0.1.

It routes every operation of the provider's spec, checks auth with a verifier written from the
provider docs (never by importing the client's signer), validates the request against the spec
(openapi-core), records every arrival in a ledger, answers with the spec's examples or a
provider-specific handler, speaks the provider's error style, and injects faults on demand.
Faults are queued through `state.faults` (in-process) or `POST /__sandbox__/faults`.

Money is exact end to end: request bodies are parsed with `parse_float=Decimal` (`loads`), the
spec's examples are loaded with their written digits (`10000.00` stays `Decimal("10000.00")`), and
every answer is written by `dumps`, which puts a Decimal on the wire as a JSON number with exactly
its digits (never through float). Request validation (openapi-core) parses the body itself, so it
sees plain JSON types; the handlers keep the Decimals.
"""

from __future__ import annotations

import asyncio
import decimal
import email.utils
import json
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import attrs
import yaml
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.validation.request.validators import V31RequestBodyValidator, V31RequestParametersValidator
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse as _StarletteJSONResponse
from starlette.responses import Response
from starlette.routing import Route

from tools._openapi import HTTP_METHODS

ROOT = Path(__file__).resolve().parents[2]

__all__ = [
    "EXACT",
    "Arrival",
    "Fault",
    "JSONResponse",
    "Provider",
    "Sandbox",
    "SandboxState",
    "SpecOperation",
    "dumps",
    "load_spec",
    "loads",
    "number_text",
]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def loads(body: bytes | str) -> Any:
    """JSON with every non-integer number as a Decimal (money keeps the digits it was sent with)."""
    return json.loads(body, parse_float=decimal.Decimal)


# Arithmetic on money in the sandbox: wide enough for any amount a test sends, and an inexact
# result raises instead of rounding silently.
EXACT = decimal.Context(prec=100, traps=[decimal.Inexact, decimal.InvalidOperation, decimal.DivisionByZero])


def number_text(value: decimal.Decimal) -> str:
    """A finite Decimal as a JSON number with exactly its digits and exponent: positional
    (`10000.00`, `0.00000001`) unless the exponent is positive (`1E+2`), where positional would
    drop it."""
    return format(value, "f") if int(value.as_tuple().exponent) <= 0 else str(value)


def _encode(value: Any, out: list[str]) -> None:
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        out.append(number_text(value))
    elif isinstance(value, dict):
        out.append("{")
        for i, (key, item) in enumerate(value.items()):
            if i:
                out.append(",")
            out.append(json.dumps(str(key), ensure_ascii=False))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        out.append(json.dumps(value, ensure_ascii=False, allow_nan=False))


def dumps(value: Any) -> bytes:
    """Compact JSON (Starlette's separators, UTF-8); a Decimal is written with exactly its digits."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode("utf-8")


def plain(value: Any) -> Any:
    """A copy with Decimals as floats, for consumers that accept only plain JSON types."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


class JSONResponse(_StarletteJSONResponse):
    """Starlette's JSONResponse, written by `dumps` (Decimals exact)."""

    def render(self, content: Any) -> bytes:
        return dumps(content)


def merge(target: Any, patch: Any) -> Any:
    """`patch` laid over `target`: dicts merge key by key, a dict over a list applies to every
    item, anything else replaces."""
    if isinstance(target, dict) and isinstance(patch, dict):
        merged = dict(target)
        for key, value in patch.items():
            merged[key] = merge(target.get(key), value) if key in target else value
        return merged
    if isinstance(target, list) and isinstance(patch, dict):
        return [merge(item, patch) for item in target]
    return patch


@attrs.define
class Fault:
    """One injected misbehaviour, consumed by the next matching request.

    kind: status (with `status`, optional `retry_after`, `body`, `content_type`), envelope (htp:
    HTTP 200 carrying `status`), html, nonjson, empty, truncate (Content-Length larger than the
    body, then close), delay (sleep `delay` s, then answer normally), skew (server clock moves by
    `delay` s from now on), patch (the normal answer with `patch` merged into its JSON body, see
    `merge`: how a test makes the provider send an unknown enum value or a field the spec does
    not list; always applied after processing). `after_processing` runs the request (ledger,
    state) before failing, which is how a lost response to a processed payment is simulated.
    """

    kind: str
    status: int = 500
    retry_after: str | None = None
    delay: float = 0.0
    body: str | None = None
    content_type: str = "application/json"
    operation: str | None = None
    times: int = 1
    after_processing: bool = False
    patch: Any = None


@attrs.define
class Arrival:
    operation: str
    method: str
    path: str
    accepted: bool
    headers: dict[str, str]
    body: bytes
    at: float


@attrs.define
class SpecOperation:
    id: str
    method: str
    path: str
    regex: re.Pattern[str]
    raw: dict[str, Any]

    def example(self) -> tuple[int, Any] | None:
        for code, resp in sorted(self.raw.get("responses", {}).items()):
            if str(code).startswith("2"):
                content = resp.get("content") or {}
                for media in content.values():
                    if "example" in media:
                        return int(code), media["example"]
                    if media.get("examples"):
                        return int(code), next(iter(media["examples"].values()))["value"]
                return int(code), None
        return None


class SandboxState:
    """Faults to inject, arrivals seen, and the server's clock offset. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.faults: deque[Fault] = deque()
        self.ledger: list[Arrival] = []
        self.skew = 0.0

    def now(self) -> float:
        return time.time() + self.skew

    def push(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def take(self, op_id: str, *, after_processing: bool = False) -> Fault | None:
        """The next fault for this operation and phase; after-processing faults are taken only
        once a request has passed auth and validation, so a rejected attempt never uses one up."""
        with self._lock:
            for fault in self.faults:
                if fault.operation in (None, op_id) and fault.after_processing == after_processing:
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return attrs.evolve(fault)
        return None

    def record(self, arrival: Arrival) -> None:
        with self._lock:
            self.ledger.append(arrival)

    def arrivals(self, op_id: str | None = None, *, accepted: bool | None = None) -> list[Arrival]:
        with self._lock:
            return [
                a
                for a in self.ledger
                if (op_id is None or a.operation == op_id) and (accepted is None or a.accepted == accepted)
            ]

    def reset(self) -> None:
        with self._lock:
            self.faults.clear()
            self.ledger.clear()
            self.skew = 0.0


class _ExactLoader(yaml.SafeLoader):
    """YAML floats as Decimals with the digits as written (`10000.00` → Decimal("10000.00"))."""


def _exact_float(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    assert isinstance(node, yaml.ScalarNode)
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        number = decimal.Decimal(text)
    except decimal.InvalidOperation:
        return loader.construct_yaml_float(node)  # .inf, .nan
    return number if number.is_finite() else loader.construct_yaml_float(node)


_ExactLoader.add_constructor("tag:yaml.org,2002:float", _exact_float)


def load_spec(slug: str, *, exact: bool = False) -> dict[str, Any]:
    """The spec as plain JSON types, or (`exact`) with its non-integer numbers as Decimals."""
    text = (ROOT / "specs" / slug / "openapi.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=_ExactLoader) if exact else yaml.safe_load(text)  # noqa: S506 - a SafeLoader subclass
    assert isinstance(data, dict)
    return data


def _compile(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path)
    rx = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(rx + r"\Z")


def _loosen_binary(node: Any) -> None:
    """Let multipart `format: binary` parts validate as bytes (the sandbox's copy only).

    openapi-core 0.23's OAS 3.1 validator decodes such a part to bytes and then rejects it as
    "not of type 'string'"; the generator needs `type: string, format: binary` to emit a File
    argument, so the spec keeps it and the sandbox drops `type` from those schemas.
    """
    if isinstance(node, dict):
        if node.get("format") == "binary" and node.get("type") == "string":
            del node["type"]
        for value in node.values():
            _loosen_binary(value)
    elif isinstance(node, list):
        for value in node:
            _loosen_binary(value)


def spec_operations(spec: Mapping[str, Any]) -> list[SpecOperation]:
    ops = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                raw = dict(item[method])
                raw.setdefault("parameters", [])
                ops.append(SpecOperation(raw["operationId"], method.upper(), path, _compile(path), raw))
    ops.sort(key=lambda o: (o.path.count("{"), -len(o.path)))
    return ops


class Provider:
    """Per-provider behaviour. Subclasses implement `verify` and `error` from the docs."""

    slug = ""
    demo_credentials: dict[str, str] = {}  # noqa: RUF012 - overridden per provider

    def __init__(self, state: SandboxState) -> None:
        self.state = state
        self.spec = load_spec(self.slug)
        self.exact_spec = load_spec(self.slug, exact=True)  # the examples the sandbox answers with

    async def verify(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        """Return an error response when the request's auth is wrong; None when it is good."""
        raise NotImplementedError

    def error(self, status: int, message: str, **extra: Any) -> Response:
        """An error in the provider's own style."""
        payload: dict[str, Any] = {"code": extra.pop("code", f"http_{status}"), "message": message}
        payload.update(extra)
        return JSONResponse(payload, status_code=status)

    async def handle(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        """A stateful answer for `op`, or None for the spec's example."""
        return None

    def success(self, op: SpecOperation, status: int, example: Any) -> Response:
        return JSONResponse(example, status_code=status)

    def collection(self, op: SpecOperation) -> list[Any] | None:
        """Every item a paging list (`x-pagination`) holds, or None for its example's items."""
        return None

    def fault_status(self, fault: Fault) -> Response:
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
        if fault.body is not None:
            return Response(
                fault.body, status_code=fault.status, media_type=fault.content_type, headers=headers
            )
        response = self.error(fault.status, f"injected {fault.status}")
        if headers:
            response.headers.update(headers)
        return response

    def fault_envelope(self, fault: Fault) -> Response:
        return self.fault_status(fault)


class _Truncated(Response):
    """Promises more bytes than it sends, then drops the connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
            }
        )
        await send(
            {
                "type": "http.response.body",
                "body": b'{"status_code": 200, "data": {"id": "',
                "more_body": True,
            }
        )
        raise ConnectionAbortedError("sandbox: body cut short on purpose")


def _walk(doc: Any, keys: list[str]) -> Any:
    for key in keys:
        doc = doc.get(key) if isinstance(doc, dict) else None
    return doc


def fault_response(provider: Provider, fault: Fault) -> Response:
    if fault.kind == "status":
        return provider.fault_status(fault)
    if fault.kind == "envelope":
        return provider.fault_envelope(fault)
    if fault.kind == "html":
        return Response("<html><body><h1>502 Bad Gateway</h1></body></html>", 200, media_type="text/html")
    if fault.kind == "nonjson":
        return Response("OK", 200, media_type="text/plain")
    if fault.kind == "empty":
        return Response(b"", 200, media_type="application/json")
    if fault.kind == "truncate":
        return _Truncated()
    raise ValueError(f"unknown fault kind {fault.kind!r}")


def _patched(answer: Response, patch: Any) -> Response:
    headers = {k: v for k, v in answer.headers.items() if k.lower() not in ("content-length", "content-type")}
    content = merge(loads(bytes(answer.body)), patch)
    return Response(dumps(content), answer.status_code, headers=headers, media_type="application/json")


class Sandbox:
    def __init__(self, provider_cls: type[Provider]) -> None:
        self.state = SandboxState()
        self.provider = provider_cls(self.state)
        self.operations = spec_operations(self.provider.exact_spec)
        served = json.loads(json.dumps(self.provider.spec))
        served["servers"] = [{"url": "/"}]  # validate paths wherever the sandbox listens
        _loosen_binary(served)
        self._openapi = OpenAPI.from_dict(served)
        self._body_validator = V31RequestBodyValidator(self._openapi.spec)
        self._param_validator = V31RequestParametersValidator(self._openapi.spec)
        self.app = Starlette(
            routes=[
                Route("/__sandbox__/faults", self._control_faults, methods=["POST"]),
                Route("/__sandbox__/ledger", self._control_ledger, methods=["GET"]),
                Route("/__sandbox__/reset", self._control_reset, methods=["POST"]),
                Route("/{path:path}", self._dispatch, methods=[m.upper() for m in HTTP_METHODS]),
            ]
        )

    def find(self, method: str, path: str) -> SpecOperation | None:
        for op in self.operations:
            if op.method == method and op.regex.match(path):
                return op
        return None

    def _date(self, response: Response) -> Response:
        response.headers["Date"] = email.utils.formatdate(self.state.now(), usegmt=True)
        return response

    def _validation_error(self, request: Request, body: bytes) -> str | None:
        oreq = StarletteOpenAPIRequest(request, body)
        for validator in (self._param_validator, self._body_validator):
            try:
                validator.validate(oreq)
            except Exception as exc:  # openapi-core raises many types; all mean "invalid"
                causes = [str(c) for c in getattr(exc, "schema_errors", [])] or [
                    str(getattr(exc, "__cause__", None) or exc)
                ]
                return f"{exc}: {'; '.join(causes)}"[:500]
        return None

    async def _dispatch(self, request: Request) -> Response:
        return self._date(await self._answer(request))

    async def _answer(self, request: Request) -> Response:
        provider = self.provider
        op = self.find(request.method, request.url.path)
        if op is None:
            return provider.error(404, f"no route {request.method} {request.url.path}")
        body = await request.body()
        fault = self.state.take(op.id)
        if fault is not None and fault.kind == "skew":
            self.state.skew += fault.delay
            fault = None
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.delay)
            fault = None
        patch = None
        if fault is not None and fault.kind == "patch":
            patch, fault = fault, None
        if fault is not None:
            self._record(op, request, body, accepted=False)
            return fault_response(provider, fault)
        rejected = await provider.verify(request, body, op)
        if rejected is not None:
            self._record(op, request, body, accepted=False)
            return rejected
        problem = self._validation_error(request, body)
        if problem is not None:
            self._record(op, request, body, accepted=False)
            return provider.error(400, problem)
        self._record(op, request, body, accepted=True)
        fault = self.state.take(op.id, after_processing=True)
        if fault is not None and fault.kind == "patch":
            patch, fault = fault, None
        answer = await provider.handle(request, body, op)
        if answer is None:
            found = op.example()
            answer = provider.success(op, *(found or (200, None)))
        answer = self._paged(op, request, body, answer)
        if patch is not None:
            answer = _patched(answer, patch.patch)
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.delay)  # processed, then answered too late
        elif fault is not None:
            return fault_response(provider, fault)
        return answer

    def _paged(self, op: SpecOperation, request: Request, body: bytes, answer: Response) -> Response:
        """A paging list's answer cut to the requested page (`x-pagination`): the items of the
        provider's collection (or of the answer itself) from page*size, the total, and the page
        fields beside the total (`page`, the size parameter, `total_pages`) set to match."""
        paging = op.raw.get("x-pagination")
        if not paging or not 200 <= answer.status_code < 300:
            return answer
        try:
            doc = loads(bytes(answer.body))
        except ValueError:
            return answer
        source: Any = loads(body) if paging.get("in") == "body" and body else request.query_params
        size_default = next(
            (
                p["schema"].get("default", 20)
                for p in self._parameters(op)
                if p.get("name") == paging["size_param"] and "schema" in p
            ),
            20,
        )
        page = int(source.get(paging["page_param"]) or 1)
        size = int(source.get(paging["size_param"]) or size_default)
        *item_parent, item_key = paging["items"].split(".")
        *total_parent, total_key = paging["total"].split(".")
        holder, meta = _walk(doc, item_parent), _walk(doc, total_parent)
        if not isinstance(holder, dict) or not isinstance(meta, dict):
            return answer
        items = self.provider.collection(op)
        every = list(items if items is not None else holder.get(item_key) or [])
        holder[item_key] = every[(page - 1) * size : page * size]
        meta[total_key] = len(every)
        for key, value in ((paging["page_param"], page), (paging["size_param"], size)):
            if key in meta:
                meta[key] = value
        if "total_pages" in meta:
            meta["total_pages"] = -(-len(every) // size)
        headers = {
            k: v for k, v in answer.headers.items() if k.lower() not in ("content-length", "content-type")
        }
        return Response(dumps(doc), answer.status_code, headers=headers, media_type="application/json")

    def _parameters(self, op: SpecOperation) -> list[dict[str, Any]]:
        params = []
        for p in op.raw.get("parameters", []):
            if "$ref" in p:
                p = _walk(self.provider.exact_spec, p["$ref"].split("/")[1:])
            if isinstance(p, dict):
                params.append(p)
        return params

    def _record(self, op: SpecOperation, request: Request, body: bytes, *, accepted: bool) -> None:
        self.state.record(
            Arrival(
                op.id, request.method, request.url.path, accepted, dict(request.headers), body, time.time()
            )
        )

    async def _control_faults(self, request: Request) -> Response:
        items = loads(await request.body())  # a `patch` keeps its amounts' digits
        self.state.push(*(Fault(**item) for item in (items if isinstance(items, list) else [items])))
        return JSONResponse({"queued": len(self.state.faults)})

    async def _control_ledger(self, request: Request) -> Response:
        rows = [
            {"operation": a.operation, "method": a.method, "path": a.path, "accepted": a.accepted, "at": a.at}
            for a in self.state.arrivals()
        ]
        return JSONResponse(rows)

    async def _control_reset(self, request: Request) -> Response:
        self.state.reset()
        return JSONResponse({"reset": True})
