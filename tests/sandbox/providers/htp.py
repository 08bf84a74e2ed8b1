"""HTP simulator, written from docs/htp.txt (never importing the plugin).

- Every error is HTTP 200 with the real status inside the envelope
  `{trace_id, status_code, message, data: null}`; successes are the spec's examples (full
  envelopes), with HTTP 201 for register. `Accept-Language: zh` answers in Chinese.
- `POST /api/v1/connect/token` checks `X-Agent-ID` (the demo agent UUID) and `X-Signature` =
  lowercase hex HMAC-SHA256 over the raw body bytes keyed by the agent secret (inferred, the same
  definition as specs/htp/SOURCE.md), and issues a random Bearer token with `expires_in`.
- Protected routes (every operation without `security: []`) need a live issued token, else the
  envelope 401 "Authentication required" with a trace_id.
- `POST /api/v1/sys/key-pair` creates a key session (X25519; key_version names it). Operations
  marked `x-encrypted-body` accept `{key_version, salt, data}`: HKDF-SHA256(salt, info
  "htp-payload-v1") → AES-256-GCM, nonce || ciphertext || tag, key_version as associated data
  (inferred). Unknown key_version → envelope 401 "unknown key_version" (inferred, so a client can
  re-handshake); a tampered wrapper → envelope 400. The decrypted payload (extra top-level fields
  merged back in) is validated against the operation's plain schema.
- `POST /api/v1/auth/logout` ends the sending device's session: tokens issued to that Device-ID
  are revoked.
- `POST /api/v1/auth/login` (inferred route) accepts only the demo user's password (the spec's
  example, `DEMO_PASSWORD`, for any email); any other answers the envelope 401 "Invalid email or
  password".
- Users (issue 17): login and register (sent with the connect token) issue a user access token
  and a refresh token; operations marked `x-user-session` accept only a live user access token,
  every other protected operation only a connect token (the envelope 401 "Authentication
  required" otherwise). `refresh_token` (with the connect token) rotates the pair; logout revokes
  the given refresh token and its access tokens.

- Money is exact: bodies are parsed with Decimals; a payment order, a card top-up (and its quote)
  and a card withdrawal answer with the amount (and currency) the client sent, fees and totals
  computed in Decimal; a payment order reads back (and cancels) by its id.

Test hooks: `expire_tokens()`, `token_ttl`, `rotate_keys()`, `reset_sessions()`, and what was
seen: `issued`, `decrypted`, `uploads`.
"""

from __future__ import annotations

import base64
import binascii
import decimal
import email.parser
import email.policy
import hashlib
import hmac
import json
import secrets
import threading
from typing import Any

import attrs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from openapi_schema_validator import OAS31Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from starlette.requests import Request
from starlette.responses import Response

from ..core import EXACT, Fault, JSONResponse, Provider, SandboxState, SpecOperation, loads

AGENT_ID = "3f8e2b1c-7d4a-4e6f-9a0b-1c2d3e4f5a6b"
AGENT_SECRET = "htp_demo_agent_secret"
DEMO_PASSWORD = "N3w-Passw0rd!"  # the spec's login example
TOKEN_TTL = 7200
INFO = b"htp-payload-v1"
WRAPPER_FIELDS = ("key_version", "salt", "data")
SPEC_URI = "urn:htp:openapi"

ZH = {
    "Success": "成功",
    "Authentication required": "需要身份验证",
    "Invalid email or password": "邮箱或密码错误",
    "Invalid signature": "签名无效",
    "Unknown agent": "未知的代理",
    "unknown key_version": "未知的 key_version",
    "Decryption failed": "解密失败",
    "Invalid public key": "公钥无效",
    "Invalid request parameters": "请求参数无效",
    "Too many requests": "请求过于频繁",
    "Internal server error": "服务器内部错误",
}
STATUS_MESSAGES = {400: "Invalid request parameters", 429: "Too many requests", 500: "Internal server error"}


def language(request: Request | None) -> str:
    value = request.headers.get("accept-language", "") if request is not None else ""
    return "zh" if value.strip().lower().startswith("zh") else "en"


def connect_signature(body: bytes, secret: str) -> str:
    """X-Signature as the sandbox checks it: hex HMAC-SHA256(raw body, agent secret)."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@attrs.define
class Issued:
    token: str
    device_id: str | None
    expires_at: float
    revoked: bool = False
    kind: str = "connect"  # or "user"
    refresh: str | None = None  # a user token: the refresh token it was issued with
    email: str | None = None


@attrs.define
class KeySession:
    server_private: X25519PrivateKey
    client_public: bytes
    key_version: str

    def decrypt(self, salt: bytes, data: bytes) -> bytes:
        shared = self.server_private.exchange(X25519PublicKey.from_public_bytes(self.client_public))
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=INFO).derive(shared)
        return AESGCM(key).decrypt(data[:12], data[12:], self.key_version.encode("utf-8"))


_ECHOES_AMOUNT = frozenset(
    {"create_payment_order", "top_up_card", "quote_card_top_up", "create_card_withdrawal"}
)


class SandboxProvider(Provider):
    slug = "htp"
    demo_credentials = {"HTP_AGENT_ID": AGENT_ID, "HTP_AGENT_SECRET": AGENT_SECRET}  # noqa: RUF012

    def __init__(self, state: SandboxState) -> None:
        super().__init__(state)
        self._lock = threading.Lock()
        self.token_ttl = TOKEN_TTL
        self.issued: dict[str, Issued] = {}
        self.sessions: dict[str, KeySession] = {}
        self.decrypted: list[dict[str, Any]] = []
        self.uploads: list[dict[str, Any]] = []
        self.orders: dict[str, dict[str, Any]] = {}
        self._server_key = X25519PrivateKey.generate()
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(self.spec))
        self.public: set[str] = set()
        self.user_ops: set[str] = set()
        self.refresh_tokens: dict[str, str] = {}  # live refresh token -> user email
        self.plain_validators: dict[str, OAS31Validator] = {}
        for item in self.spec["paths"].values():
            for raw in item.values():
                if not isinstance(raw, dict) or "operationId" not in raw:
                    continue
                if raw.get("security") == []:
                    self.public.add(raw["operationId"])
                if raw.get("x-user-session"):
                    self.user_ops.add(raw["operationId"])
                if raw.get("x-encrypted-body"):
                    branches = raw["requestBody"]["content"]["application/json"]["schema"]["oneOf"]
                    plain = next(b for b in branches if not b["$ref"].endswith("/EncryptedWrapper"))
                    self.plain_validators[raw["operationId"]] = OAS31Validator(
                        {"$ref": SPEC_URI + plain["$ref"]}, registry=registry
                    )

    # -- test hooks ----------------------------------------------------------------------------

    def expire_tokens(self) -> None:
        """Every issued token is now expired (server side)."""
        with self._lock:
            for issued in self.issued.values():
                issued.expires_at = 0.0

    def rotate_keys(self) -> None:
        """A new server key pair; every key session (key_version) is forgotten."""
        with self._lock:
            self._server_key = X25519PrivateKey.generate()
            self.sessions.clear()

    def reset_sessions(self) -> None:
        with self._lock:
            self.token_ttl = TOKEN_TTL
            self.issued.clear()
            self.refresh_tokens.clear()
            self.sessions.clear()
            self.decrypted.clear()
            self.uploads.clear()

    def live_tokens(self, kind: str = "connect") -> list[str]:
        now = self.state.now()
        with self._lock:
            return [
                t for t, i in self.issued.items() if not i.revoked and i.expires_at > now and i.kind == kind
            ]

    def issue_user(self, email: str = "ana@example.com", device_id: str | None = None) -> dict[str, Any]:
        """Test hook: a signed-in user's tokens (as login answers them), without a request."""
        with self._lock:
            ttl = self.token_ttl
        access, refresh = "htp_ut_" + secrets.token_urlsafe(24), "rt_" + secrets.token_hex(12)
        with self._lock:
            self.issued[access] = Issued(
                access, device_id, self.state.now() + ttl, kind="user", refresh=refresh, email=email
            )
            self.refresh_tokens[refresh] = email
        return {"access_token": access, "refresh_token": refresh, "token_type": "Bearer", "expires_in": ttl}

    def user_of(self, token: str) -> str | None:
        """The email of the user a user access token was issued to."""
        with self._lock:
            issued = self.issued.get(token)
            return issued.email if issued is not None and issued.kind == "user" else None

    # -- the provider's style ------------------------------------------------------------------

    def envelope(self, status: int, message: str, data: Any, *, lang: str = "en", trace_id: str = "") -> Any:
        text = ZH.get(message, message) if lang == "zh" else message
        return {"trace_id": trace_id, "status_code": status, "message": text, "data": data}

    def error(self, status: int, message: str, **extra: Any) -> Response:
        """HTTP 200 with the real status inside the envelope (the docs' error handling note)."""
        body = self.envelope(
            status, message, None, lang=extra.get("lang", "en"), trace_id=secrets.token_hex(8)
        )
        return JSONResponse(body, status_code=200)

    def fault_status(self, fault: Fault) -> Response:
        if fault.body is not None:  # a raw answer from something in front of the API (gateway)
            return super().fault_status(fault)
        response = self.error(fault.status, STATUS_MESSAGES.get(fault.status, f"injected {fault.status}"))
        if fault.retry_after is not None:
            response.headers["Retry-After"] = fault.retry_after
        return response

    def fault_envelope(self, fault: Fault) -> Response:
        return self.fault_status(fault)

    # -- auth and decryption -------------------------------------------------------------------

    async def verify(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        lang = language(request)
        if op.id == "create_connect_token":
            agent = request.headers.get("x-agent-id", "")
            if not hmac.compare_digest(agent.encode(), AGENT_ID.encode()):
                return self.error(401, "Unknown agent", lang=lang)
            given = request.headers.get("x-signature", "")
            if not hmac.compare_digest(given.encode(), connect_signature(body, AGENT_SECRET).encode()):
                return self.error(401, "Invalid signature", lang=lang)
        need = "user" if op.id in self.user_ops else "connect"
        if op.id not in self.public and not self._authorized(request, need):
            return self.error(401, "Authentication required", lang=lang)
        if op.id in self.plain_validators:
            return self._decrypt(request, body, op, lang)
        return None

    def _authorized(self, request: Request, kind: str) -> bool:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return False
        with self._lock:
            issued = self.issued.get(token)
            return (
                issued is not None
                and issued.kind == kind
                and not issued.revoked
                and issued.expires_at > self.state.now()
            )

    def _decrypt(self, request: Request, body: bytes, op: SpecOperation, lang: str) -> Response | None:
        try:
            wrapper = loads(body)
        except ValueError:
            return None  # the spec validation answers
        if not isinstance(wrapper, dict) or not all(k in wrapper for k in WRAPPER_FIELDS):
            return None  # plain JSON: validated against the spec as it is
        key_version = wrapper["key_version"]
        with self._lock:
            session = self.sessions.get(key_version) if isinstance(key_version, str) else None
        if session is None:
            return self.error(401, "unknown key_version", lang=lang)
        try:
            salt = base64.b64decode(str(wrapper["salt"]), validate=True)
            data = base64.b64decode(str(wrapper["data"]), validate=True)
            payload = loads(session.decrypt(salt, data))
        except (binascii.Error, ValueError, InvalidTag):
            return self.error(400, "Decryption failed", lang=lang)
        if not isinstance(payload, dict):
            return self.error(400, "Decryption failed", lang=lang)
        payload.update({k: v for k, v in wrapper.items() if k not in WRAPPER_FIELDS})
        problems = sorted(e.message for e in self.plain_validators[op.id].iter_errors(payload))
        if problems:
            return self.error(400, "Invalid request parameters: " + "; ".join(problems)[:300], lang=lang)
        with self._lock:
            self.decrypted.append({"operation": op.id, "payload": payload})
        request.state.htp_payload = payload  # the plain body, for the handler
        return None

    # -- stateful answers ----------------------------------------------------------------------

    async def handle(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        lang = language(request)
        found = op.example()
        status, example = found if found is not None else (200, None)
        if op.id == "create_connect_token":
            return self._issue(request, lang)
        if op.id == "create_key_pair":
            return self._key_pair(body, lang)
        if op.id == "logout_user":
            self._logout(request)
            self._revoke_refresh(self._field(request, body, "refresh_token"))
        if op.id == "login_user" and self._field(request, body, "password") != DEMO_PASSWORD:
            return self.error(401, "Invalid email or password", lang=lang)
        if op.id in ("login_user", "register_user") and isinstance(example, dict):
            email = self._field(request, body, "email")
            example = {**example, "data": self._user_tokens(request, example["data"], str(email))}
        if op.id == "refresh_token" and isinstance(example, dict):
            email = self._revoke_refresh(self._field(request, body, "refresh_token"))
            if email is None:
                return self.error(401, "Invalid refresh token", lang=lang)
            example = {**example, "data": self._user_tokens(request, example["data"], email)}
        if op.id == "upload_file":
            self._record_upload(request, body)
        if isinstance(example, dict) and isinstance(example.get("data"), dict):
            data = self._money(request, body, op, example["data"])
            if data is None:
                return self.error(404, "Not found", lang=lang)
            example = {**example, "data": data}
        if op.id == "get_profile" and isinstance(example, dict):  # the signed-in user's own
            token = request.headers.get("authorization", "").partition(" ")[2]
            example = {**example, "data": {**example["data"], "email": self.user_of(token)}}
        if isinstance(example, dict):
            example = {**example, "message": ZH["Success"] if lang == "zh" else example["message"]}
        return JSONResponse(example, status_code=status)

    def _money(self, request: Request, body: bytes, op: SpecOperation, data: dict[str, Any]) -> Any:
        """The documented answer with the client's amounts laid over it (None: unknown order)."""
        if op.id in ("get_payment_order", "cancel_payment_order"):
            match = op.regex.match(request.url.path)
            assert match is not None
            order_id = match.group("order_id")
            with self._lock:
                order = self.orders.get(order_id)
                if order is not None and op.id == "cancel_payment_order":
                    order["status"] = "cancelled"
            if order is None:
                return data if order_id == data.get("id") else None
            return dict(order)
        if op.id not in _ECHOES_AMOUNT:
            return data
        sent = getattr(request.state, "htp_payload", None)
        doc = sent if isinstance(sent, dict) else loads(body)
        amount = doc["amount"]
        answer = {**data, "amount": amount, "currency": doc.get("currency", data.get("currency"))}
        with decimal.localcontext(EXACT):
            return self._priced(op, doc, data, answer)

    def _priced(
        self, op: SpecOperation, doc: dict[str, Any], data: dict[str, Any], answer: dict[str, Any]
    ) -> Any:
        amount = answer["amount"]
        if op.id == "create_payment_order":
            answer.update(
                id=f"po_{secrets.token_hex(4)}",
                pay_currency=doc["pay_currency"],
                network=doc["network"],
                pay_amount=amount * data["rate"],  # exact: Decimal times Decimal
            )
            with self._lock:
                self.orders[answer["id"]] = answer
        elif op.id in ("top_up_card", "quote_card_top_up"):
            answer["total"] = amount + data["fee"]
        return answer

    @staticmethod
    def _field(request: Request, body: bytes, name: str) -> object:
        payload = getattr(request.state, "htp_payload", None)
        if payload is None:
            try:
                payload = json.loads(body)
            except ValueError:
                return None
        return payload.get(name) if isinstance(payload, dict) else None

    def _user_tokens(self, request: Request, data: dict[str, Any], email: str) -> dict[str, Any]:
        """A fresh user access token and refresh token for `email`, over the example's data."""
        access, refresh = "htp_ut_" + secrets.token_urlsafe(24), "rt_" + secrets.token_hex(12)
        with self._lock:
            ttl = self.token_ttl
            device = request.headers.get("device-id")
            self.issued[access] = Issued(
                access, device, self.state.now() + ttl, kind="user", refresh=refresh, email=email
            )
            self.refresh_tokens[refresh] = email
        answer = {**data, "access_token": access, "refresh_token": refresh, "expires_in": ttl}
        if isinstance(data.get("user"), dict):
            answer["user"] = {**data["user"], "email": email}
        return answer

    def _revoke_refresh(self, refresh: object) -> str | None:
        """Revoke a refresh token and the access tokens issued with it; the user's email, or None."""
        if not isinstance(refresh, str):
            return None
        with self._lock:
            email = self.refresh_tokens.pop(refresh, None)
            for issued in self.issued.values():
                if issued.refresh == refresh:
                    issued.revoked = True
        return email

    def _issue(self, request: Request, lang: str) -> Response:
        token = "htp_at_" + secrets.token_urlsafe(24)
        with self._lock:
            ttl = self.token_ttl
            self.issued[token] = Issued(token, request.headers.get("device-id"), self.state.now() + ttl)
        data = {"access_token": token, "token_type": "Bearer", "expires_in": ttl}
        return JSONResponse(self.envelope(200, "Success", data, lang=lang))

    def _key_pair(self, body: bytes, lang: str) -> Response:
        key = json.loads(body).get("key", "")
        try:
            client_public = base64.b64decode(key, validate=True)
        except (binascii.Error, ValueError):
            client_public = b""
        if len(client_public) != 32:
            return self.error(400, "Invalid public key", lang=lang)
        key_version = secrets.token_hex(4)
        with self._lock:
            server_key = self._server_key
            self.sessions[key_version] = KeySession(server_key, client_public, key_version)
        server_pub = server_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        data = {"server_pub_key": list(server_pub), "key_version": key_version}
        return JSONResponse(self.envelope(200, "Success", data, lang=lang, trace_id=secrets.token_hex(8)))

    def _logout(self, request: Request) -> None:
        device = request.headers.get("device-id")
        if device is None:
            return
        with self._lock:
            for issued in self.issued.values():
                if issued.device_id == device:
                    issued.revoked = True

    def _record_upload(self, request: Request, body: bytes) -> None:
        head = f"Content-Type: {request.headers.get('content-type', '')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        parts: dict[str, Any] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            parts[str(name)] = {"filename": part.get_filename(), "content": payload}
        with self._lock:
            self.uploads.append(parts)
