"""The implementation behind `auth_plugins.payinout` (loaded lazily; the facade holds the docs).

PayInOut merchant gateway: X-App-* request signing and X-Signature webhook verification.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from .._core import (
    Clock,
    HeaderBlock,
    Operation,
    OperationTable,
    Outcome,
    Profile,
    Signer,
    StackOptions,
    build_async_transport,
    build_transport,
    classify_http_json,
    constant_time_equals,
    make_client,
)
from .._creds import env_value, masked, require_text
from ..errors import ConfigurationError, WebhookSignatureError

if TYPE_CHECKING:
    from payinout_client import AuthenticatedClient

__all__ = [
    "ACCEPT",
    "Credentials",
    "PayinoutSigner",
    "async_transport",
    "client",
    "sign",
    "string_to_sign",
    "transport",
    "verify_webhook",
    "webhook_signature",
]

ACCEPT = "application/json, text/plain"


@attrs.frozen(repr=False)
class Credentials:
    """token = PublicToken (X-App-Token), email = the merchant account email, secret = SecretToken."""

    token: str = attrs.field(repr=False)
    email: str = attrs.field(repr=False)
    secret: str = attrs.field(repr=False)

    def __attrs_post_init__(self) -> None:
        for name in ("token", "email", "secret"):
            require_text("payinout.Credentials", name, getattr(self, name))

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        """PAYINOUT_TOKEN, PAYINOUT_EMAIL, PAYINOUT_SECRET."""
        return cls(
            token=str(env_value("PAYINOUT_TOKEN", environ=environ)),
            email=str(env_value("PAYINOUT_EMAIL", environ=environ)),
            secret=str(env_value("PAYINOUT_SECRET", environ=environ)),
        )

    def __repr__(self) -> str:
        return f"payinout.Credentials(token={masked(self.token)}, email=..., secret={masked(self.secret)})"

    __str__ = __repr__


def string_to_sign(timestamp: int | str, email: str) -> str:
    """The docs' signStr: timestamp and email concatenated with no separator."""
    return f"{timestamp}{email}"


def sign(timestamp: int | str, email: str, secret: str) -> str:
    """X-App-Access-Sig for a timestamp: lowercase hex HMAC-SHA256 keyed by the secret (UTF-8)."""
    return hmac.new(
        secret.encode("utf-8"), string_to_sign(timestamp, email).encode("utf-8"), hashlib.sha256
    ).hexdigest()


class PayinoutSigner(Signer):
    def __init__(self, credentials: Credentials, clock: Clock | None = None) -> None:
        self._creds = credentials
        self.clock = clock if clock is not None else Clock()
        # The signature depends only on the whole second: calls within one second share it.
        # One tuple, replaced whole, so threads never see a timestamp with another's signature.
        self._stamp: tuple[int, HeaderBlock] = (-1, HeaderBlock({}))

    def prepare(self, request: httpx.Request, op: Operation | None) -> None:
        request.headers["Accept"] = ACCEPT

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        ts = int(self.clock.now())
        stamp = self._stamp
        if stamp[0] != ts:
            creds = self._creds
            headers = {
                "X-App-Token": creds.token,
                "X-App-Access-Ts": str(ts),
                "X-App-Access-Sig": sign(ts, creds.email, creds.secret),
            }
            stamp = self._stamp = (ts, HeaderBlock(headers))
        stamp[1].apply(request.headers)

    def on_rejected(self, request: httpx.Request, response: httpx.Response, outcome: Outcome) -> bool:
        # A stale timestamp is the one 401 a resend can fix: only when the server's clock differs.
        return self.clock.observe_server_date(response.headers.get("date"))


_profile: Profile | None = None


def profile() -> Profile:
    global _profile
    if _profile is None:
        _profile = Profile(
            "payinout", classify_http_json, OperationTable.load("payinout"), ("idempotency-key",)
        )
    return _profile


def _options(base_url: str, kw: dict[str, Any]) -> StackOptions:
    if not base_url:
        raise ConfigurationError("base_url is required (the docs give only https://{host}/)")
    return StackOptions(base_url=base_url, **kw)


def transport(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    inner: httpx.BaseTransport | None = None,
    **options: Any,
) -> httpx.BaseTransport:
    """The signed stack as an httpx transport, for callers who build their own httpx.Client."""
    return build_transport(profile(), PayinoutSigner(credentials, clock), _options(base_url, options), inner)


def async_transport(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    inner: httpx.AsyncBaseTransport | None = None,
    **options: Any,
) -> httpx.AsyncBaseTransport:
    return build_async_transport(
        profile(), PayinoutSigner(credentials, clock), _options(base_url, options), inner
    )


def client(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    **options: Any,
) -> AuthenticatedClient:
    """A generated `payinout_client.AuthenticatedClient`, sync and async, signed through the shared stack.

    Options: retries (2), raise_errors (True), timeout (30 s total, 5 s connect), verify, policy,
    sleep/async_sleep. `transport`/`async_transport` replace the innermost HTTP transport (tests).
    """
    from payinout_client import AuthenticatedClient

    return make_client(
        AuthenticatedClient,
        profile(),
        PayinoutSigner(credentials, clock),
        _options(base_url, options),
        transport=transport,
        async_transport=async_transport,
    )


def webhook_signature(raw_body: bytes, secret: str) -> str:
    """hex(HMAC_SHA256(body, SecretToken)) over the body bytes exactly as received."""
    return hmac.new(secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()


def verify_webhook(raw_body: bytes, signature: str | None, secret: str | Iterable[str]) -> None:
    """Raise WebhookSignatureError unless `signature` (X-Signature) matches the raw body.

    The provider signs the compact JSON text it sends; we verify the bytes as received, before
    any parsing, so `10000.00` is never re-serialised as `10000.0`. Whitespace-altered bodies are
    rejected. Pass several secrets during a rotation: any one matching is accepted.
    """
    if not isinstance(raw_body, bytes | bytearray):
        raise TypeError("verify_webhook needs the raw body bytes, not parsed JSON")
    if not signature:
        raise WebhookSignatureError("missing X-Signature header")
    candidate = signature.strip().lower()
    if len(candidate) != 64 or any(c not in "0123456789abcdef" for c in candidate):
        raise WebhookSignatureError("X-Signature is not a 64-character hex HMAC-SHA256")
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets or not all(secrets):
        raise ConfigurationError("verify_webhook needs at least one non-empty secret")
    matched = False
    for s in secrets:
        # Check every secret so timing does not reveal which one matched.
        matched |= constant_time_equals(webhook_signature(bytes(raw_body), s), candidate)
    if not matched:
        raise WebhookSignatureError("X-Signature does not match the body")
