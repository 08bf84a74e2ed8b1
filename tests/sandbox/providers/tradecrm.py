"""CRM Open API simulator: Authentication V2 exactly as the docs describe it.

`key` must be the API key on every call. Any POST/PATCH/PUT with a body must carry
`signature: sha256=<hex HMAC-SHA256(key=SECRET_TOKEN, msg=raw body bytes)>`; the server checks
the bytes it received. Errors: 403 `invalid_api_key` ("API key is not exist or invalid") and
`invalid_signature` ("Signature does not match").
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..core import Provider, SpecOperation

API_KEY = "crm_api_key_demo"
SECRET = "crm_secret_token_demo"


class SandboxProvider(Provider):
    slug = "tradecrm"
    demo_credentials = {"TRADECRM_API_KEY": API_KEY, "TRADECRM_SECRET": SECRET}  # noqa: RUF012

    async def verify(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        key = request.headers.get("key", "")
        if not hmac.compare_digest(key.encode(), API_KEY.encode()):
            return self.error(403, "API key is not exist or invalid", error="invalid_api_key")
        if request.method in ("POST", "PATCH", "PUT") and body:
            expected = "sha256=" + hmac.new(SECRET.encode("utf-8"), body, hashlib.sha256).hexdigest()
            given = request.headers.get("signature", "")
            if not hmac.compare_digest(given.encode(), expected.encode()):
                return self.error(403, "Signature does not match", error="invalid_signature")
        return None

    def error(self, status: int, message: str, **extra: Any) -> Response:
        payload = {"error": extra.get("error", extra.get("code", f"http_{status}")), "message": message}
        return Response(json.dumps(payload), status_code=status, media_type="application/json")


def signed_webhook(payload: dict[str, Any], secret: str = SECRET) -> tuple[bytes, str]:
    """A webhook as the CRM sends it: the body bytes and its `signature` header."""
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return body, "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
