"""PayInOut simulator: checks the X-App-* headers exactly as the merchant docs describe.

signStr = "{X-App-Access-Ts}{Email}", X-App-Access-Sig = lowercase hex HMAC-SHA256(signStr,
SecretToken). The timestamp's lifetime is "limited" in the docs; we allow 60 s either way
(inferred, specs/payinout/SOURCE.md). Callbacks are signed over the compact JSON body.

A created PayIn/PayOut answers with the order id, amount and currency the merchant sent (the
amount exactly as sent: `19.99` stays `19.99`), and its status call returns that record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..core import JSONResponse, Provider, SandboxState, SpecOperation, dumps, loads

TOKEN = "pk_demo_payinout"
EMAIL = "merchant@example.test"
SECRET = "sk_demo_payinout_secret"
TS_WINDOW = 60


class SandboxProvider(Provider):
    slug = "payinout"
    demo_credentials = {"PAYINOUT_TOKEN": TOKEN, "PAYINOUT_EMAIL": EMAIL, "PAYINOUT_SECRET": SECRET}  # noqa: RUF012

    def __init__(self, state: SandboxState) -> None:
        super().__init__(state)
        self._lock = threading.Lock()
        self.payments: dict[str, dict[str, Any]] = {}

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

    async def handle(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        if op.id in ("create_payin", "create_payout"):
            return self._create(op, loads(body))
        if op.id in ("get_payin", "get_payout"):
            payment_id = loads(body)["id"]
            with self._lock:
                found = self.payments.get(payment_id)
            if found is not None and found["id"].startswith("pi_" if op.id == "get_payin" else "po_"):
                return JSONResponse(found)
            example = op.example()
            if example is not None and isinstance(example[1], dict) and example[1].get("id") == payment_id:
                return None  # the documented example id answers the example
            return self.error(404, "Payment not found", code="not_found")
        return None

    def _create(self, op: SpecOperation, doc: dict[str, Any]) -> Response:
        found = op.example()
        assert found is not None
        assert isinstance(found[1], dict)
        prefix = "pi" if op.id == "create_payin" else "po"
        payment_id = f"{prefix}_{secrets.token_hex(4)}"
        record = {
            **found[1],
            "id": payment_id,
            "order_id": doc["order_id"],
            "amount": doc["amount"],  # a Decimal (or int) exactly as the merchant wrote it
            "currency": doc["currency"],
            "created_at": int(self.state.now()),
        }
        if "payment_url" in record:
            record["payment_url"] = f"https://pay.payinout.invalid/{payment_id}"
        with self._lock:
            self.payments[payment_id] = record
        return JSONResponse(record, status_code=found[0])


def signed_callback(payload: dict[str, Any], secret: str = SECRET) -> tuple[bytes, str]:
    """A callback as the provider sends it: compact JSON body (Decimals with exactly their
    digits) and its X-Signature."""
    body = dumps(payload)
    return body, hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
