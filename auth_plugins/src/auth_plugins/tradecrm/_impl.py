"""The implementation behind `auth_plugins.tradecrm` (loaded lazily; the facade holds the docs).

CRM Open API (Authentication V2): `key` header on every call, `signature` on bodies.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from .._core import (
    Operation,
    OperationTable,
    Profile,
    Signer,
    StackOptions,
    build_async_transport,
    build_transport,
    classify_http_json,
    constant_time_equals,
    make_client,
    update_headers,
)
from .._creds import env_value, masked, require_text
from ..errors import ConfigurationError, WebhookSignatureError

if TYPE_CHECKING:
    from tradecrm_client import AuthenticatedClient

__all__ = [
    "SIGNED_METHODS",
    "Credentials",
    "TradecrmSigner",
    "async_transport",
    "client",
    "sign",
    "transport",
    "verify_webhook",
]

SIGNED_METHODS = frozenset({"POST", "PATCH", "PUT"})
PREFIX = "sha256="


@attrs.frozen(repr=False)
class Credentials:
    """api_key: the CRM Open API key (sent as `key`); secret: the HMAC key, default the API key."""

    api_key: str = attrs.field(repr=False)
    secret: str | None = attrs.field(default=None, repr=False)

    def __attrs_post_init__(self) -> None:
        require_text("tradecrm.Credentials", "api_key", self.api_key)
        if self.secret is not None:
            require_text("tradecrm.Credentials", "secret", self.secret)

    @property
    def signing_key(self) -> str:
        return self.secret if self.secret is not None else self.api_key

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        """TRADECRM_API_KEY and optional TRADECRM_SECRET."""
        return cls(
            api_key=str(env_value("TRADECRM_API_KEY", environ=environ)),
            secret=env_value("TRADECRM_SECRET", required=False, environ=environ),
        )

    def __repr__(self) -> str:
        return f"tradecrm.Credentials(api_key={masked(self.api_key)}, secret={masked(self.secret)})"

    __str__ = __repr__


def sign(body: bytes, secret: str) -> str:
    """The `signature` header value for these exact body bytes: 'sha256=' + lowercase hex HMAC."""
    return PREFIX + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class TradecrmSigner(Signer):
    def __init__(self, credentials: Credentials) -> None:
        self._creds = credentials

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        body = request.read()
        if request.method in SIGNED_METHODS and body:
            values = {"key": self._creds.api_key, "signature": sign(body, self._creds.signing_key)}
            update_headers(request.headers, values)
        else:
            update_headers(request.headers, {"key": self._creds.api_key}, remove=("signature",))


_profile: Profile | None = None


def profile() -> Profile:
    global _profile
    if _profile is None:
        _profile = Profile(
            "tradecrm", classify_http_json, OperationTable.load("tradecrm"), ("idempotency-key",)
        )
    return _profile


def _options(base_url: str, kw: dict[str, Any]) -> StackOptions:
    if not base_url:
        raise ConfigurationError("base_url is required (your CRM's Open API host)")
    return StackOptions(base_url=base_url, **kw)


def transport(
    credentials: Credentials, *, base_url: str, inner: httpx.BaseTransport | None = None, **options: Any
) -> httpx.BaseTransport:
    """The signed stack as an httpx transport, for callers who build their own httpx.Client."""
    return build_transport(profile(), TradecrmSigner(credentials), _options(base_url, options), inner)


def async_transport(
    credentials: Credentials, *, base_url: str, inner: httpx.AsyncBaseTransport | None = None, **options: Any
) -> httpx.AsyncBaseTransport:
    return build_async_transport(profile(), TradecrmSigner(credentials), _options(base_url, options), inner)


def client(
    credentials: Credentials,
    *,
    base_url: str,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    **options: Any,
) -> AuthenticatedClient:
    """A generated `tradecrm_client.AuthenticatedClient`, sync and async, signed through the shared stack.

    Options: retries (2), raise_errors (True), timeout (30 s total, 5 s connect), verify, policy,
    sleep/async_sleep. A 403 raises `PermissionDeniedError` whose `error_type` is
    `invalid_api_key` or `invalid_signature`.
    """

    from tradecrm_client import AuthenticatedClient

    return make_client(
        AuthenticatedClient,
        profile(),
        TradecrmSigner(credentials),
        _options(base_url, options),
        transport=transport,
        async_transport=async_transport,
    )


def verify_webhook(raw_body: bytes, signature_header: str | None, secret: str | Iterable[str]) -> None:
    """Raise WebhookSignatureError unless `signature_header` is 'sha256=<hex>' of the raw body.

    The prefix is required (a bare hex digest is rejected), the body is checked as received
    (no re-serialisation, no whitespace normalisation), and every candidate secret is compared in
    constant time; pass several during a rotation.
    """
    if not isinstance(raw_body, bytes | bytearray):
        raise TypeError("verify_webhook needs the raw body bytes, not parsed JSON")
    if not signature_header:
        raise WebhookSignatureError("missing signature header")
    value = signature_header.strip()
    if not value.startswith(PREFIX):
        raise WebhookSignatureError("signature header must start with 'sha256='")
    digest = value[len(PREFIX) :].lower()
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise WebhookSignatureError("signature is not a 64-character hex HMAC-SHA256")
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets or not all(secrets):
        raise ConfigurationError("verify_webhook needs at least one non-empty secret")
    matched = False
    for s in secrets:
        matched |= constant_time_equals(sign(bytes(raw_body), s), PREFIX + digest)
    if not matched:
        raise WebhookSignatureError("signature does not match the body")
