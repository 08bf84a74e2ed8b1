"""CRM Open API simulator: Authentication V2 exactly as the docs describe it.

`key` must be the API key on every call. Any POST/PATCH/PUT with a body must carry
`signature: sha256=<hex HMAC-SHA256(key=SECRET_TOKEN, msg=raw body bytes)>`; the server checks
the bytes it received. Errors: 403 `invalid_api_key` ("API key is not exist or invalid") and
`invalid_signature` ("Signature does not match").

Money moves are stateful and exact: a wallet balance order or an MT4 deposit/withdrawal answers
with the amount (and currency) exactly as sent and the balance after it, computed in Decimal; the
wallet and the balance order read back what was written.
"""

from __future__ import annotations

import datetime
import decimal
import hashlib
import hmac
import json
import secrets
import threading
from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..core import EXACT, JSONResponse, Provider, SandboxState, SpecOperation, dumps, loads

API_KEY = "crm_api_key_demo"
SECRET = "crm_secret_token_demo"


class SandboxProvider(Provider):
    slug = "tradecrm"
    demo_credentials = {"TRADECRM_API_KEY": API_KEY, "TRADECRM_SECRET": SECRET}  # noqa: RUF012

    def __init__(self, state: SandboxState) -> None:
        super().__init__(state)
        self._lock = threading.Lock()
        self.wallets: dict[str, dict[str, Any]] = {}
        self.balance_orders: dict[str, dict[str, Any]] = {}
        self.mt4_balances: dict[int, Decimal] = {}
        self._ticket = 88001234
        self.clients: list[dict[str, Any]] | None = None  # None: list_clients pages its example

    def seed_clients(self, count: int | None) -> list[dict[str, Any]]:
        """Test hook: `count` clients (the documented one, numbered) for list_clients to page
        through, in order; None goes back to the spec's example."""
        if count is None:
            self.clients = None
            return []
        example = self._example("list_clients")["data"][0]
        self.clients = [
            {**example, "id": f"cl_{i:04d}", "email": f"client{i:04d}@example.test"}
            for i in range(1, count + 1)
        ]
        return list(self.clients)

    def collection(self, op: SpecOperation) -> list[Any] | None:
        return self.clients if op.id == "list_clients" else None

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

    async def handle(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        match = op.regex.match(request.url.path)
        params = match.groupdict() if match else {}
        if op.id == "get_wallet":
            with self._lock:
                return JSONResponse(dict(self._wallet(op, params["wallet_id"])))
        if op.id == "update_wallet_balance":
            return self._update_wallet(op, params["wallet_id"], loads(body))
        if op.id == "get_wallet_balance_order":
            with self._lock:
                order = self.balance_orders.get(params["order_id"])
            if order is not None and order["wallet_id"] == params["wallet_id"]:
                return JSONResponse(order)
            return None  # any other order id: the documented example
        if op.id in ("deposit_mt4_account", "withdraw_mt4_account"):
            return self._mt4_balance(op, int(params["login"]), loads(body))
        return None

    def _now(self) -> str:
        now = datetime.datetime.fromtimestamp(int(self.state.now()), datetime.UTC)
        return now.strftime("%Y-%m-%dT%H:%M:%SZ")

    def _wallet(self, op: SpecOperation, wallet_id: str) -> dict[str, Any]:
        """The wallet's state (callers hold the lock); a new id starts as the documented wallet."""
        if wallet_id not in self.wallets:
            example = self._example("get_wallet")
            self.wallets[wallet_id] = {**example, "id": wallet_id}
        return self.wallets[wallet_id]

    def _example(self, op_id: str) -> dict[str, Any]:
        for path in self.exact_spec["paths"].values():
            for raw in path.values():
                if isinstance(raw, dict) and raw.get("operationId") == op_id:
                    example = raw["responses"]["200"]["content"]["application/json"]["example"]
                    assert isinstance(example, dict)
                    return dict(example)
        raise KeyError(op_id)

    def _update_wallet(self, op: SpecOperation, wallet_id: str, doc: dict[str, Any]) -> Response:
        amount = doc["amount"]
        now = self._now()
        with self._lock, decimal.localcontext(EXACT):
            wallet = self._wallet(op, wallet_id)
            currency = doc.get("currency", wallet["currency"])
            if currency != wallet["currency"]:
                mismatch = f"currency {currency} does not match the wallet's {wallet['currency']}"
                return self.error(400, mismatch)
            order_id = f"wbo_{secrets.token_hex(4)}"
            order = {
                "order_id": order_id,
                "wallet_id": wallet_id,
                "reference_id": doc["reference_id"],
                "type": doc["type"],
                "amount": amount,
                "currency": currency,
                "status": "pending",
                "remark": doc.get("remark"),
                "failure_reason": None,
                "created_at": now,
                "completed_at": None,
            }
            # Settled at once (Decimal arithmetic, exact); the order reads back as completed.
            sign = 1 if doc["type"] == "credit" else -1
            if sign < 0 and amount > wallet["available"]:
                settled = {**order, "status": "failed", "failure_reason": "insufficient available balance"}
            else:
                wallet["balance"] += sign * amount
                wallet["available"] += sign * amount
                wallet["updated_at"] = now
                settled = {**order, "status": "completed", "completed_at": now}
            self.balance_orders[order_id] = settled
        return JSONResponse(order)

    def _mt4_balance(self, op: SpecOperation, login: int, doc: dict[str, Any]) -> Response:
        amount = doc["amount"]
        deposit = op.id == "deposit_mt4_account"
        with self._lock, decimal.localcontext(EXACT):
            balance = self.mt4_balances.get(login, Decimal("0.00"))  # a new account starts empty
            if not deposit and amount > balance:
                return self.error(400, "Insufficient balance", error="insufficient_balance")
            balance = balance + amount if deposit else balance - amount
            self.mt4_balances[login] = balance
            self._ticket += 1
            ticket = self._ticket
        answer = {
            "ticket": ticket,
            "login": login,
            "connection_id": doc["connection_id"],
            "type": "deposit" if deposit else "withdrawal",
            "amount": amount,
            "balance": balance,
            "comment": doc.get("comment"),
            "created_at": self._now(),
        }
        return JSONResponse(answer)


def signed_webhook(payload: dict[str, Any], secret: str = SECRET) -> tuple[bytes, str]:
    """A webhook as the CRM sends it: the body bytes (Decimals with exactly their digits) and its
    `signature` header."""
    body = dumps(payload)
    return body, "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
