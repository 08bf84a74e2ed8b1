"""IDN Partner simulator: the General Request headers and the three tokens, as the docs describe.

Every request: `x-app-key` (the public key; missing or unknown → 401 `app_key_invalid`),
`x-request-id` (mandatory and unique: missing or repeated in one request → 400 `bad_request`, an id
already seen on an accepted request → 409 `duplicate_request_id`), optional `x-language` (`id`, the
default, or `en`; anything else → 400), and `Authorization: Bearer <token>` where the token depends
on the operation's `x-token-kind` in the spec: the access token, the refresh token (new access
token) or the x-user-token (new refresh token; also the first access + refresh pair); `none` for
user authentication. Operations marked `x-user-token: true` also need the `x-user-token` header.
Errors use the spec's `Error` shape `{code, message, request_id}`, messages in the x-language.

A transfer answers with the reference, account and amount the partner sent (the amount exactly,
as a Decimal when it has a fraction), the fee from the docs' example, and reads back by its id.
Refresh tokens rotate (inferred; the docs only say a new one is requested with the x-user-token):
a new refresh token revokes the user's earlier ones, so a process still holding one is refused.

Test hooks: `expire(kind)` ages every issued token of a kind (`user`, `access`, `refresh`) past its
expiry; `ttl[kind]` sets the lifetime of tokens issued from then on; `reset()` forgets everything.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
from typing import Any

import attrs
from starlette.requests import Request
from starlette.responses import Response

from ..core import Fault, JSONResponse, Provider, SandboxState, SpecOperation, loads

APP_KEY = "ak_demo_idnpartner_5f2c"
USERNAME = "budi.santoso"
PASSWORD = "Rahasia#2024"
USER_ID = "usr_01J8ZK3M4N5P6Q7R8S9T"
USERS = {USERNAME: (PASSWORD, USER_ID)}
LANGUAGES = ("id", "en")
DEFAULT_TTL = {"user": 86400, "access": 900, "refresh": 604800}
KNOWN_ACCOUNTS = {("014", "1234567890"): "SITI RAHAYU", ("008", "9876543210"): "AGUS PRATAMA"}

# code → (Bahasa Indonesia, English); the spec's examples where it gives them.
MESSAGES: dict[str, tuple[str, str]] = {
    "app_key_missing": ("Header x-app-key wajib diisi", "The x-app-key header is required"),
    "app_key_invalid": ("x-app-key tidak valid", "Invalid x-app-key"),
    "request_id_missing": ("Header x-request-id wajib diisi", "The x-request-id header is required"),
    "request_id_repeated": (
        "Header x-request-id hanya boleh dikirim satu kali",
        "The x-request-id header must be sent once",
    ),
    "language_invalid": ("Nilai x-language tidak dikenal (id atau en)", "Unknown x-language (id or en)"),
    "duplicate_request_id": ("x-request-id sudah digunakan", "x-request-id has already been used"),
    "authorization_missing": ("Header Authorization wajib diisi", "The Authorization header is required"),
    "token_invalid": ("Token tidak valid", "Invalid token"),
    "token_expired": ("Token sudah kedaluwarsa", "Token has expired"),
    "user_token_missing": ("Header x-user-token wajib diisi", "The x-user-token header is required"),
    "user_token_invalid": ("Token pengguna tidak valid", "Invalid user token"),
    "user_token_expired": ("Token pengguna sudah kedaluwarsa", "User token has expired"),
    "invalid_credentials": ("Nama pengguna atau kata sandi salah", "Invalid username or password"),
    "account_not_found": ("Rekening tidak ditemukan", "Account not found"),
    "rate_limited": ("Terlalu banyak permintaan", "Too many requests"),
    "internal_error": ("Terjadi kesalahan pada server", "Internal server error"),
}
_CODE_BY_STATUS = {400: "bad_request", 401: "token_invalid", 403: "forbidden", 404: "not_found"}
_CODE_BY_STATUS |= {409: "duplicate_request_id", 422: "validation_error", 429: "rate_limited"}
_PREFIX = {"user": "ut_", "access": "at_", "refresh": "rt_"}


@attrs.define
class Issued:
    kind: str
    value: str
    user_id: str
    expires_at: float


class SandboxProvider(Provider):
    slug = "idnpartner"
    demo_credentials = {  # noqa: RUF012
        "IDNPARTNER_APP_KEY": APP_KEY,
        "IDNPARTNER_USERNAME": USERNAME,
        "IDNPARTNER_PASSWORD": PASSWORD,
    }

    def __init__(self, state: SandboxState) -> None:
        super().__init__(state)
        self._lock = threading.Lock()
        self.tokens: dict[str, Issued] = {}
        self.seen_request_ids: set[str] = set()
        self.ttl = dict(DEFAULT_TTL)
        self.transfers: dict[str, dict[str, Any]] = {}

    # Test hooks.
    def reset(self) -> None:
        with self._lock:
            self.tokens.clear()
            self.seen_request_ids.clear()
            self.ttl = dict(DEFAULT_TTL)

    def expire(self, *kinds: str) -> int:
        """Age every issued token of these kinds past its expiry; returns how many."""
        with self._lock:
            hit = [t for t in self.tokens.values() if t.kind in kinds]
            for token in hit:
                token.expires_at = self.state.now() - 1
        return len(hit)

    def issued(self, kind: str) -> list[str]:
        with self._lock:
            return [t.value for t in self.tokens.values() if t.kind == kind]

    def _revoke(self, kind: str, user_id: str) -> None:
        with self._lock:
            for value in [v for v, t in self.tokens.items() if t.kind == kind and t.user_id == user_id]:
                del self.tokens[value]

    def _issue(self, kind: str, user_id: str) -> Issued:
        token = Issued(
            kind, _PREFIX[kind] + secrets.token_hex(16), user_id, self.state.now() + self.ttl[kind]
        )
        with self._lock:
            self.tokens[token.value] = token
        return token

    # Errors in the spec's shape.
    def error(self, status: int, message: str, **extra: Any) -> Response:
        payload = {
            "code": extra.get("code") or _CODE_BY_STATUS.get(status, "internal_error"),
            "message": message,
            "request_id": extra.get("request_id"),
        }
        return JSONResponse(payload, status_code=status, headers=extra.get("headers"))

    def _fail(self, request: Request, status: int, key: str, code: str | None = None) -> Response:
        language = request.headers.get("x-language")
        message = MESSAGES[key][LANGUAGES.index(language) if language in LANGUAGES else 0]
        ids = request.headers.getlist("x-request-id")
        return self.error(status, message, code=code or key, request_id=ids[0] if len(ids) == 1 else None)

    def fault_status(self, fault: Fault) -> Response:
        if fault.body is not None:
            return super().fault_status(fault)
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
        code = _CODE_BY_STATUS.get(fault.status, "internal_error")
        return self.error(fault.status, f"injected {fault.status}", code=code, headers=headers)

    # Authentication, from the General Request section.
    def _token(self, value: str | None, kind: str) -> tuple[str, Issued | None]:
        """('ok', token) or (error key, None) for a presented token that must be of `kind`."""
        prefix = "user_token" if kind == "user" else "token"
        with self._lock:
            found = self.tokens.get(value) if value else None
        if found is None or found.kind != kind:
            return f"{prefix}_invalid", None
        if found.expires_at <= self.state.now():
            return f"{prefix}_expired", None
        return "ok", found

    async def verify(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        headers = request.headers
        app_keys = headers.getlist("x-app-key")
        if not app_keys:
            return self._fail(request, 401, "app_key_missing", "app_key_invalid")
        if len(app_keys) != 1 or not hmac.compare_digest(app_keys[0].encode(), APP_KEY.encode()):
            return self._fail(request, 401, "app_key_invalid")
        ids = headers.getlist("x-request-id")
        if not ids or not ids[0].strip():
            return self._fail(request, 400, "request_id_missing", "bad_request")
        if len(ids) > 1:
            return self._fail(request, 400, "request_id_repeated", "bad_request")
        with self._lock:
            duplicate = ids[0] in self.seen_request_ids
        if duplicate:
            return self._fail(request, 409, "duplicate_request_id")
        if "x-language" in headers and headers["x-language"] not in LANGUAGES:
            return self._fail(request, 400, "language_invalid", "bad_request")
        kind = op.raw.get("x-token-kind", "access")
        bearer: Issued | None = None
        if kind != "none":
            scheme, _, value = headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not value.strip():
                code = "user_token_invalid" if kind == "user" else "token_invalid"
                return self._fail(request, 401, "authorization_missing", code)
            problem, bearer = self._token(value.strip(), kind)
            if bearer is None:
                return self._fail(request, 401, problem)
        if op.raw.get("x-user-token"):
            user_value = headers.get("x-user-token")
            if not user_value:
                return self._fail(request, 401, "user_token_missing", "user_token_invalid")
            problem, user = self._token(user_value, "user")
            if user is None:
                return self._fail(request, 401, problem)
            if bearer is not None and bearer.user_id != user.user_id:
                return self._fail(request, 401, "user_token_invalid")
        if op.id == "authenticate_user":
            return self._check_password(request, body)
        return None

    def _check_password(self, request: Request, body: bytes) -> Response | None:
        try:
            data = json.loads(body)
        except ValueError:
            return None  # the spec validation answers 400
        if not isinstance(data, dict) or not all(
            isinstance(data.get(k), str) for k in ("username", "password")
        ):
            return None
        known = USERS.get(data["username"])
        if known is None or not hmac.compare_digest(known[0].encode(), data["password"].encode()):
            return self._fail(request, 401, "invalid_credentials")
        return None

    # Stateful answers for accepted requests.
    async def handle(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        with self._lock:
            self.seen_request_ids.add(request.headers["x-request-id"])
        value = request.headers.get("authorization", "").partition(" ")[2].strip()
        with self._lock:
            bearer = self.tokens.get(value)
        if op.id == "authenticate_user":
            user_id = USERS[loads(body)["username"]][1]
            user = self._issue("user", user_id)
            return JSONResponse(
                {"user_id": user_id, "user_token": user.value, "expires_in": self.ttl["user"]}
            )
        if bearer is None:
            return self._answer_external(request, body, op)
        if op.id == "create_token":
            access, refresh = self._issue("access", bearer.user_id), self._issue("refresh", bearer.user_id)
            return JSONResponse(
                {
                    "access_token": access.value,
                    "refresh_token": refresh.value,
                    "token_type": "Bearer",
                    "expires_in": self.ttl["access"],
                    "refresh_expires_in": self.ttl["refresh"],
                }
            )
        if op.id == "refresh_access_token":
            access = self._issue("access", bearer.user_id)
            return JSONResponse(
                {"access_token": access.value, "token_type": "Bearer", "expires_in": self.ttl["access"]}
            )
        if op.id == "renew_refresh_token":
            self._revoke("refresh", bearer.user_id)  # rotation: the user's earlier ones stop working
            refresh = self._issue("refresh", bearer.user_id)
            return JSONResponse(
                {"refresh_token": refresh.value, "token_type": "Bearer", "expires_in": self.ttl["refresh"]}
            )
        return self._answer_external(request, body, op)

    def _answer_external(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        if op.id == "get_bank_account":
            match = op.regex.match(request.url.path)
            assert match is not None
            bank, account = match.group("bank_code"), match.group("account_number")
            name = KNOWN_ACCOUNTS.get((bank, account))
            if name is None:
                return self._fail(request, 404, "account_not_found")
            return JSONResponse({"bank_code": bank, "account_number": account, "account_name": name})
        if op.id == "create_transfer":
            return self._transfer(op, loads(body))
        if op.id == "get_transfer":
            match = op.regex.match(request.url.path)
            assert match is not None
            with self._lock:
                found = self.transfers.get(match.group("transfer_id"))
            return JSONResponse(found) if found is not None else None  # else the documented example
        return None

    def _transfer(self, op: SpecOperation, doc: dict[str, Any]) -> Response:
        found = op.example()
        assert found is not None
        assert isinstance(found[1], dict)
        example = found[1]
        account = (doc["bank_code"], doc["account_number"])
        transfer = {
            **example,
            "transfer_id": f"trf_{secrets.token_hex(10).upper()}",
            "reference_id": doc["reference_id"],
            "bank_code": doc["bank_code"],
            "account_number": doc["account_number"],
            "account_name": KNOWN_ACCOUNTS.get(account, example["account_name"]),
            "amount": doc["amount"],
        }
        transfer.pop("description", None)
        if "description" in doc:
            transfer["description"] = doc["description"]
        with self._lock:
            self.transfers[transfer["transfer_id"]] = transfer
        return JSONResponse(transfer, status_code=found[0])
