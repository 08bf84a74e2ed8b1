"""PayInOut simulator: checks the X-App-* headers exactly as the merchant docs describe.

signStr = "{X-App-Access-Ts}{Email}", X-App-Access-Sig = lowercase hex HMAC-SHA256(signStr,
SecretToken). The timestamp's lifetime is "limited" in the docs; we allow 60 s either way
(inferred, specs/payinout/SOURCE.md). Callbacks are signed over the compact JSON body.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..core import Provider, SpecOperation

TOKEN = "pk_demo_payinout"
EMAIL = "merchant@example.test"
SECRET = "sk_demo_payinout_secret"
TS_WINDOW = 60


class SandboxProvider(Provider):
    slug = "payinout"
    demo_credentials = {"PAYINOUT_TOKEN": TOKEN, "PAYINOUT_EMAIL": EMAIL, "PAYINOUT_SECRET": SECRET}  # noqa: RUF012

    async def verify(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        if request.method != "POST":
            return self.error(405, "every call is a POST", code="method_not_allowed")
        token = request.headers.get("x-app-token")
        ts = request.headers.get("x-app-access-ts", "")
        sig = request.headers.get("x-app-access-sig", "")
        if not token or not ts or not sig:
            return self.error(401, "missing authentication headers", code="unauthorized")
        if not hmac.compare_digest(token.encode(), TOKEN.encode()):
            return self.error(401, "unknown X-App-Token", code="invalid_token")
        if not ts.isdigit() or abs(int(ts) - self.state.now()) > TS_WINDOW:
            return self.error(401, "X-App-Access-Ts expired or invalid", code="invalid_timestamp")
        expected = hmac.new(SECRET.encode("utf-8"), f"{ts}{EMAIL}".encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(sig.encode(), expected.encode()):
            return self.error(401, "Signature mismatch", code="invalid_signature")
        return None

    def error(self, status: int, message: str, **extra: Any) -> Response:
        payload = {"code": extra.get("code", f"http_{status}"), "message": message}
        return Response(json.dumps(payload), status_code=status, media_type="application/json")


def signed_callback(payload: dict[str, Any], secret: str = SECRET) -> tuple[bytes, str]:
    """A callback as the provider sends it: compact JSON body and its X-Signature."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return body, hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
