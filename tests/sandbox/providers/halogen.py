"""Halogen wallet simulator: JWT Bearer auth against keys registered from CSRs, /query and /command.

Written from the provider docs, never from the plugin: a key is registered by parsing a CSR and
checking its self-signature ("create a new API key by providing a CSR"; EC P-256 or RSA-4096
only). Every request carries `Authorization: Bearer {JWT}`; the JWT is checked here by hand with
`cryptography` (no PyJWT): `alg` must be ES256 for an EC key and RS256 for an RSA key (so
`alg: none` and HS256-keyed-with-the-public-key tokens fail), the `kid` must be registered, the
ES256 signature must be the JWS raw r‖s (64 bytes), and the claims must be the inferred ones
(specs/halogen/SOURCE.md): iss = sub = kid, exp in the future, iat not ahead of the server by more
than a minute, a life of at most 300 s, a jti. Tokens may be reused until they expire.

The wallet: three accounts of one client plus one of another client. Errors are real HTTP
statuses with the spec's `{code, message}` body: 400 invalid parameters / insufficient balance,
401, 403 (another client's account, or a read-only key on /command), 404 unknown account or
request on /query, 412 action not allowed for the account type on /command, 429 via faults.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
import secrets
import threading
from decimal import Decimal
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.x509.oid import NameOID
from starlette.requests import Request
from starlette.responses import Response

from ..core import JSONResponse, Provider, SandboxState, SpecOperation, loads

QUERY_OP = "execute_query"
COMMAND_OP = "execute_command"

IAT_LEEWAY = 60  # seconds an iat may run ahead of the server clock
MAX_LIFETIME = 300  # exp - iat, the spec's inferred x-jwt-claims maximum
ALG_FOR_KEY = {"ec": "ES256", "rsa": "RS256"}

_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
# A fixed demo key, so the credentials `nox -s sandbox -- halogen` prints stay the same every run.
DEMO_KEY_ID = "key_demo_sandbox_ec"
DEMO_KEY = ec.derive_private_key(
    int.from_bytes(hashlib.sha256(b"halogen sandbox demo key").digest(), "big") % _P256_ORDER,
    ec.SECP256R1(),
)
DEMO_PRIVATE_KEY_PEM = DEMO_KEY.private_bytes(
    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
).decode("ascii")
DEMO_SUBJECT = x509.Name(
    [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "MY"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Halogen Sandbox"),
        x509.NameAttribute(NameOID.COMMON_NAME, "demo.sandbox.invalid"),
    ]
)

CLIENT_ID = "client_789"
# Totals reproduce the docs' example: account_123 is 50 % of 150000.50.
ACCOUNTS: dict[str, dict[str, Any]] = {
    "account_123": {
        "id": "account_123",
        "type": "single",
        "name": "Investment Account",
        "experience": "fundmanagement",
        "portfolioValue": Decimal("75000.25"),
        "canInvest": True,
        "canRedeem": True,
    },
    "account_456": {
        "id": "account_456",
        "type": "joint",
        "name": "Joint Account",
        "experience": "fundmanagement",
        "portfolioValue": Decimal("75000.25"),
        "canInvest": True,
        "canRedeem": True,
    },
    "account_789": {
        "id": "account_789",
        "type": "trust",
        "name": "Trust Account",
        "experience": "fundmanagement",
        "portfolioValue": Decimal("0.00"),
        "canInvest": False,
        "canRedeem": False,
    },
}
FOREIGN_ACCOUNTS = frozenset({"account_999"})  # exists, but belongs to another client: 403
ASSET = "MYR"
CASH_BALANCE = Decimal("50000.00")  # what an investment may draw on; more is "insufficient balance"
PROFILE: dict[str, Any] = {
    "id": CLIENT_ID,
    "name": "Aisyah binti Rahman",
    "email": "aisyah@example.com",
    "phoneNumber": "+60123456789",
}

EXAMPLE_REQUEST: dict[str, Any] = {
    "requestId": "req_abc123xyz789",
    "command": "create_investment_request",
    "status": "pending",
    "accountId": "account_123",
    "amount": Decimal("10000.00"),
    "createdAt": "2025-01-15T08:30:00Z",
}

_ERROR_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    412: "precondition_failed",
    429: "rate_limited",
}


class CsrError(ValueError):
    """The CSR was refused (what the wallet's API-key page would say)."""


def _b64url(segment: str) -> bytes:
    if not segment or any(c in segment for c in "+/="):
        raise ValueError("not unpadded base64url")
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


class _Unauthorized(Exception):
    pass


class SandboxProvider(Provider):
    slug = "halogen"
    demo_credentials = {"HALOGEN_KEY_ID": DEMO_KEY_ID, "HALOGEN_PRIVATE_KEY": DEMO_PRIVATE_KEY_PEM}  # noqa: RUF012

    def __init__(self, state: SandboxState) -> None:
        super().__init__(state)
        self._lock = threading.Lock()
        # kid -> (kind "ec"/"rsa", public key, may run commands)
        self.keys: dict[str, tuple[str, ec.EllipticCurvePublicKey | rsa.RSAPublicKey, bool]] = {}
        # The spec's get_request_status example, so the docs' requestId can be looked up.
        self.requests: dict[str, dict[str, Any]] = {EXAMPLE_REQUEST["requestId"]: dict(EXAMPLE_REQUEST)}
        self.profile = dict(PROFILE)
        demo_csr = (
            x509.CertificateSigningRequestBuilder().subject_name(DEMO_SUBJECT).sign(DEMO_KEY, hashes.SHA256())
        )
        self.register_csr(demo_csr.public_bytes(serialization.Encoding.PEM), key_id=DEMO_KEY_ID)

    # ---- API keys (Settings → API Keys) ------------------------------------------------------

    def register_csr(
        self, csr_pem: bytes | str, key_id: str | None = None, *, can_command: bool = True
    ) -> str:
        """Create an API key from a CSR: parse it, check its self-signature and key type; the key id."""
        data = csr_pem.encode("ascii") if isinstance(csr_pem, str) else csr_pem
        try:
            csr = x509.load_pem_x509_csr(data)
        except ValueError as exc:
            raise CsrError(f"not a PEM certificate signing request: {exc}") from None
        if not csr.is_signature_valid:
            raise CsrError("the CSR's signature does not verify")
        if not isinstance(csr.signature_hash_algorithm, hashes.SHA256 | hashes.SHA384 | hashes.SHA512):
            raise CsrError("the CSR must be signed with SHA-256 or stronger")
        public = csr.public_key()
        if isinstance(public, ec.EllipticCurvePublicKey) and isinstance(public.curve, ec.SECP256R1):
            kind = "ec"
        elif isinstance(public, rsa.RSAPublicKey) and public.key_size == 4096:
            kind = "rsa"
        else:
            raise CsrError("Supported algorithms: Elliptic Curve P-256, RSA-4096")
        assert isinstance(public, ec.EllipticCurvePublicKey | rsa.RSAPublicKey)
        kid = key_id or f"key_{secrets.token_hex(8)}"
        with self._lock:
            self.keys[kid] = (kind, public, can_command)
        return kid

    def revoke(self, key_id: str) -> None:
        with self._lock:
            self.keys.pop(key_id, None)

    # ---- auth --------------------------------------------------------------------------------

    def _check_jwt(self, token: str, origin: str | None = None) -> tuple[str, bool]:
        parts = token.split(".")
        if len(parts) != 3:
            raise _Unauthorized("malformed JWT")
        try:
            header = json.loads(_b64url(parts[0]))
            claims = json.loads(_b64url(parts[1]))
        except (ValueError, binascii.Error):
            raise _Unauthorized("malformed JWT") from None
        if not isinstance(header, dict) or not isinstance(claims, dict):
            raise _Unauthorized("malformed JWT")
        alg = header.get("alg")
        if alg not in ("ES256", "RS256"):  # never "none", never HS256 keyed with a public key
            raise _Unauthorized(f"unsupported JWT alg {alg!r}")
        try:
            signature = _b64url(parts[2])
        except (ValueError, binascii.Error):
            raise _Unauthorized("malformed JWT signature") from None
        kid = header.get("kid")
        if not isinstance(kid, str):
            raise _Unauthorized("unknown API key (kid)")
        with self._lock:
            entry = self.keys.get(kid)
        if entry is None:
            raise _Unauthorized("unknown API key (kid)")
        kind, public, can_command = entry
        if alg != ALG_FOR_KEY[kind]:
            raise _Unauthorized(f"JWT alg {alg} does not match the registered {kind.upper()} key")
        signed = f"{parts[0]}.{parts[1]}".encode("ascii")
        try:
            if isinstance(public, ec.EllipticCurvePublicKey):
                if len(signature) != 64:
                    raise _Unauthorized("ES256 signature must be raw r||s (64 bytes)")
                r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
                public.verify(encode_dss_signature(r, s), signed, ec.ECDSA(hashes.SHA256()))
            else:
                public.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise _Unauthorized("JWT signature does not verify") from None
        self._check_claims(claims, kid, origin)
        return kid, can_command

    def _check_claims(self, claims: dict[str, Any], kid: str, origin: str | None = None) -> None:
        for name in ("iss", "sub", "jti"):
            if not isinstance(claims.get(name), str) or not claims[name]:
                raise _Unauthorized(f"JWT claim {name} is missing")
        if claims["iss"] != kid or claims["sub"] != kid:
            raise _Unauthorized("JWT iss/sub must be the API key id")
        iat, exp = claims.get("iat"), claims.get("exp")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (iat, exp)):
            raise _Unauthorized("JWT iat/exp must be integer seconds")
        assert isinstance(iat, int)
        assert isinstance(exp, int)
        now = self.state.now()
        if now >= exp:
            raise _Unauthorized("JWT expired")
        if iat > now + IAT_LEEWAY:
            raise _Unauthorized("JWT iat is in the future")
        if not 0 < exp - iat <= MAX_LIFETIME:
            raise _Unauthorized(f"JWT lifetime must be at most {MAX_LIFETIME} s")
        # Inferred (specs/halogen/SOURCE.md): `aud`, when present, must name this server's origin.
        if "aud" in claims and origin is not None:
            aud = claims["aud"]
            audiences = aud if isinstance(aud, list) else [aud]
            if origin not in audiences:
                raise _Unauthorized("JWT aud does not name this server")

    async def verify(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        if request.method != "POST":
            return self.error(405, "only POST /query and POST /command exist", code="method_not_allowed")
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return self.error(401, "Invalid or missing API token")
        try:
            origin = f"{request.url.scheme}://{request.url.netloc.lower()}"
            _kid, can_command = self._check_jwt(token.strip(), origin)
        except _Unauthorized as exc:
            return self.error(401, f"Invalid or missing API token: {exc}")
        if op.id == COMMAND_OP and not can_command:
            return self.error(403, "Insufficient access: this API key may only read")
        return None

    def error(self, status: int, message: str, **extra: Any) -> Response:
        if status == 400 and not extra.get("code") and not message.startswith("Invalid parameters"):
            message = f"Invalid parameters: {message}"  # the docs' wording, then the detail
        payload = {
            "code": extra.get("code") or _ERROR_CODES.get(status, f"http_{status}"),
            "message": message,
        }
        return JSONResponse(payload, status_code=status)

    # ---- operations --------------------------------------------------------------------------

    async def handle(self, request: Request, body: bytes, op: SpecOperation) -> Response | None:
        doc = loads(body)  # amounts as Decimals, compared and echoed exactly
        name, payload = doc["name"], doc.get("payload") or {}
        handler = getattr(self, f"_{'q' if op.id == QUERY_OP else 'c'}_{name}", None)
        if handler is None:
            return self.error(400, f"Invalid parameters: unknown operation name {name!r}")
        answer: Response = handler(payload)
        return answer

    def _owned(self, account_id: str, *, missing: int) -> dict[str, Any] | Response:
        if account_id in FOREIGN_ACCOUNTS:
            return self.error(403, f"Insufficient access to account {account_id}")
        account = ACCOUNTS.get(account_id)
        if account is None:
            if missing == 404:
                return self.error(404, f"Resource does not exist: account {account_id}")
            return self.error(400, f"Invalid parameters: unknown account {account_id}")
        return account

    def _q_list_client_accounts(self, payload: dict[str, Any]) -> Response:
        ids = payload.get("accountIds") or list(ACCOUNTS)
        total = sum(a["portfolioValue"] for a in ACCOUNTS.values())
        listed = []
        for account_id in ids:
            found = self._owned(account_id, missing=404)
            if isinstance(found, Response):
                return found
            # exposurePercentage is a share in percent, not money: a float like the docs' 50.0.
            share = float(round(found["portfolioValue"] * 100 / total, 2)) if total else 0.0
            listed.append({**found, "exposurePercentage": share})
        # canCreateAccount: the client holds fewer than five accounts (inferred rule).
        return JSONResponse(
            {"amount": total, "asset": ASSET, "canCreateAccount": len(ACCOUNTS) < 5, "accounts": listed}
        )

    def _q_get_profile(self, payload: dict[str, Any]) -> Response:
        return JSONResponse(dict(self.profile))

    def _q_get_request_status(self, payload: dict[str, Any]) -> Response:
        with self._lock:
            found = self.requests.get(payload["requestId"])
        if found is None:
            return self.error(404, f"Resource does not exist: request {payload['requestId']}")
        return JSONResponse(dict(found))

    def _new_request(self, command: str, **fields: Any) -> Response:
        request_id = f"req_{secrets.token_hex(6)}"
        record = {
            "requestId": request_id,
            "command": command,
            "status": "pending",
            "createdAt": self._rfc3339(),
            **fields,
        }
        with self._lock:
            self.requests[request_id] = record
        return JSONResponse({"requestId": request_id})

    def _rfc3339(self) -> str:
        return datetime.datetime.fromtimestamp(int(self.state.now()), datetime.UTC).strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )

    def _c_create_investment_request(self, payload: dict[str, Any]) -> Response:
        found = self._owned(payload["accountId"], missing=400)
        if isinstance(found, Response):
            return found
        if not found["canInvest"]:
            return self.error(412, f"Action not allowed for account type {found['type']}")
        if payload["amount"] > CASH_BALANCE:
            return self.error(400, "Insufficient balance", code="insufficient_balance")
        return self._new_request("create_investment_request", accountId=found["id"], amount=payload["amount"])

    def _c_create_redemption_request(self, payload: dict[str, Any]) -> Response:
        found = self._owned(payload["accountId"], missing=400)
        if isinstance(found, Response):
            return found
        if not found["canRedeem"]:
            return self.error(412, f"Action not allowed for account type {found['type']}")
        if payload["amount"] > found["portfolioValue"]:
            return self.error(400, "Insufficient balance", code="insufficient_balance")
        return self._new_request("create_redemption_request", accountId=found["id"], amount=payload["amount"])

    def _c_update_profile(self, payload: dict[str, Any]) -> Response:
        with self._lock:
            self.profile.update({k: v for k, v in payload.items() if k in ("name", "email", "phoneNumber")})
        return self._new_request("update_profile")
