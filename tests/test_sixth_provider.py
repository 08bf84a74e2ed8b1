"""A throwaway sixth provider, built the way docs/PROVIDER_GUIDE.md says, end to end.

Its spec is written here (an HMAC-header provider: `X-Demo-Key` on every call and
`X-Demo-Signature` = hex HMAC-SHA256 of the body), its client is generated into a temp dir by
the same pipeline as the five real ones, it is declared with the kit, and a signed call goes to a
loopback server that checks the signature. If adding a provider needs more than the guide says,
this test is where it shows.
"""

from __future__ import annotations

import hashlib
import hmac
import http.server
import importlib
import json
import sys
import threading
from collections.abc import Iterator
from typing import Any, Unpack

import attrs
import httpx
import pytest

from auth_plugins._core import (
    AuthPolicy,
    Operation,
    OperationTable,
    Options,
    Provider,
    Setup,
    classify_http_json,
    require_text,
    update_headers,
)
from auth_plugins.errors import AuthenticationError
from tools import codegen

SPEC = """\
openapi: 3.1.0
info: {title: Demo, version: 1.0.0}
servers: [{url: "https://api.demo.invalid"}]
security: [{demoKey: []}]
paths:
  /v1/echo:
    post:
      operationId: echo
      tags: [echo]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/EchoRequest"}
      responses:
        "200":
          description: the message back
          content:
            application/json:
              schema: {$ref: "#/components/schemas/EchoResponse"}
        "401":
          description: bad key or signature
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
components:
  securitySchemes:
    demoKey: {type: apiKey, in: header, name: X-Demo-Key}
  schemas:
    EchoRequest:
      type: object
      required: [message]
      properties: {message: {type: string}}
    EchoResponse:
      type: object
      required: [message, signed]
      properties: {message: {type: string}, signed: {type: boolean}}
    Error:
      type: object
      required: [error]
      properties: {error: {type: string}}
"""
CODEGEN = """\
project_name_override: demo-client
package_name_override: demo_client
literal_enums: true
post_hooks:
  - "ruff check . --fix-only --quiet"
  - "ruff format --quiet ."
"""
KEY, SECRET = "demo-key-1", "demo-secret-1"


# ---- the provider module, as a newcomer writes it (credentials, policy, declaration) ----
@attrs.frozen(repr=False)
class Credentials:
    key: str = attrs.field(repr=False)
    secret: str = attrs.field(repr=False)

    def __attrs_post_init__(self) -> None:
        require_text("demo.Credentials", "key", self.key)
        require_text("demo.Credentials", "secret", self.secret)


class DemoAuth(AuthPolicy):
    def __init__(self, credentials: Credentials) -> None:
        self._creds = credentials

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        digest = hmac.new(self._creds.secret.encode(), request.read(), hashlib.sha256).hexdigest()
        update_headers(request.headers, {"X-Demo-Key": self._creds.key, "X-Demo-Signature": digest})


def configure(credentials: Credentials, *, base_url: str, **options: Unpack[Options]) -> Setup:
    return Setup(DemoAuth(credentials), base_url, options)


# ---- the generated client and the loopback server ----
@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, OperationTable]]:
    root = tmp_path_factory.mktemp("sixth")
    (root / "specs" / "demo").mkdir(parents=True)
    (root / "specs" / "demo" / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    (root / "specs" / "demo" / "codegen.yaml").write_text(CODEGEN, encoding="utf-8")
    out = root / "out"
    out.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(codegen, "SPECS", root / "specs")
        mp.setattr(codegen, "ROOT", root)
        doc = codegen.load_spec("demo")
        codegen.render("demo", doc, out, "test", codegen.tool_versions())
    manifest = json.loads((out / "demo.ops.json").read_text("utf-8"))
    sys.path.insert(0, str(out / "demo-client"))
    try:
        yield importlib.import_module("demo_client"), OperationTable.from_manifest(manifest)
    finally:
        sys.path.remove(str(out / "demo-client"))
        for name in [m for m in sys.modules if m == "demo_client" or m.startswith("demo_client.")]:
            del sys.modules[name]


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []  # noqa: RUF012 - one server per module, reset per test

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        _Handler.seen.append({k.lower(): v for k, v in self.headers.items()})
        expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        ok = self.headers.get("x-demo-key") == KEY and hmac.compare_digest(
            self.headers.get("x-demo-signature", ""), expected
        )
        status, payload = (200, {**json.loads(body), "signed": True}) if ok else (401, {"error": "bad"})
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _declare(generated: tuple[Any, OperationTable]) -> Provider[Any, Any]:
    package, operations = generated
    return Provider(
        "demo",
        configure=configure,
        client_class=lambda: package.AuthenticatedClient,
        credentials_type=Credentials,
        classifier=classify_http_json,
        base_url_hint="the demo host",
        credential_headers=("X-Demo-Key", "X-Demo-Signature"),
        operations=operations,
    )


def test_a_signed_call_through_the_generated_client(
    generated: tuple[Any, OperationTable], server: str
) -> None:
    demo = _declare(generated)
    echo = importlib.import_module("demo_client.api.echo.echo")
    models = importlib.import_module("demo_client.models")
    with demo.client(Credentials(KEY, SECRET), base_url=server, retries=0) as client:
        answer = echo.sync(client=client, body=models.EchoRequest(message="hello"))
    assert answer.message == "hello"
    assert answer.signed is True
    with (
        demo.client(Credentials(KEY, "wrong-secret"), base_url=server, retries=0) as client,
        pytest.raises(AuthenticationError),
    ):
        echo.sync(client=client, body=models.EchoRequest(message="hello"))


def test_cross_origin_requests_lose_the_declared_credential_headers(
    generated: tuple[Any, OperationTable],
) -> None:
    seen: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(200, json={"message": "x", "signed": False})

    demo = _declare(generated)
    inner = httpx.MockTransport(handler)
    transport = demo.transport(Credentials(KEY, SECRET), base_url="https://api.demo.invalid", inner=inner)
    with httpx.Client(transport=transport) as http:
        http.post("https://api.demo.invalid/v1/echo", json={"message": "a"})
        http.post(
            "https://elsewhere.invalid/v1/echo",
            json={"message": "b"},
            headers={"X-Demo-Key": KEY, "X-Demo-Signature": "forged", "Authorization": "Bearer x"},
        )
    assert seen[0]["x-demo-key"] == KEY
    assert "x-demo-signature" in seen[0]
    for name in ("x-demo-key", "x-demo-signature", "authorization"):
        assert name not in seen[1], name
