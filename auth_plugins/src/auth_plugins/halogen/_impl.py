"""The implementation behind `auth_plugins.halogen` (loaded lazily; the facade holds the docs).

Halogen wallet API: a Bearer JWT signed by your EC P-256 or RSA-4096 key, real HTTP errors.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import httpx

from .._core import (
    Clock,
    OperationTable,
    Profile,
    StackOptions,
    TokenStore,
    build_async_transport,
    build_transport,
    classify_http_json,
    make_client,
)
from ..errors import ConfigurationError
from ._credentials import Credentials
from ._jwt import DEFAULT_TTL, MAX_TTL, build_claims, build_header, check_ttl, leeway_for, mint
from ._keys import (
    KEY_FILES,
    KeyFiles,
    PrivateKey,
    algorithm_for,
    build_csr,
    generate_private_key,
    keygen,
    load_private_key,
    parse_subject,
    private_key_pem,
    public_key_fingerprint,
)
from ._signer import HalogenSigner
from ._typed import IDEMPOTENCY_HEADER, RESULT_SCHEMAS, acommand, aquery, command, query, result_model

if TYPE_CHECKING:
    from halogen_client import AuthenticatedClient

__all__ = [
    "DEFAULT_TTL",
    "IDEMPOTENCY_HEADER",
    "KEY_FILES",
    "MAX_TTL",
    "RESULT_SCHEMAS",
    "Credentials",
    "HalogenSigner",
    "KeyFiles",
    "PrivateKey",
    "acommand",
    "algorithm_for",
    "aquery",
    "async_transport",
    "build_claims",
    "build_csr",
    "build_header",
    "client",
    "command",
    "generate_private_key",
    "keygen",
    "leeway_for",
    "load_private_key",
    "mint",
    "parse_subject",
    "private_key_pem",
    "profile",
    "public_key_fingerprint",
    "query",
    "result_model",
    "token_store",
    "transport",
]

_profile: Profile | None = None


def profile() -> Profile:
    global _profile
    if _profile is None:
        # Idempotency-Key is not in the docs (inferred): a /command carrying one may be resent
        # after a 5xx; without one it never is.
        _profile = Profile(
            "halogen", classify_http_json, OperationTable.load("halogen"), ("idempotency-key",)
        )
    return _profile


_stores: dict[tuple[Credentials, Clock | None, int], TokenStore] = {}
_stores_lock = threading.Lock()


def token_store(
    credentials: Credentials, *, clock: Clock | None = None, ttl: int = DEFAULT_TTL
) -> TokenStore:
    """The JWT cache shared by every client of these credentials (and clock and ttl).

    The token carries no audience, so it does not depend on the base URL. Keyed by the clock so a
    test's FrozenClock never shares a token with the wall clock. `.set(None)` forgets the token.
    """
    if not isinstance(credentials, Credentials):
        raise ConfigurationError("credentials must be halogen.Credentials")
    key = (credentials, clock, check_ttl(ttl))
    with _stores_lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = TokenStore(clock, leeway=leeway_for(ttl))
        return store


def _signer(credentials: Credentials, clock: Clock | None, ttl: int) -> HalogenSigner:
    return HalogenSigner(credentials, token_store(credentials, clock=clock, ttl=ttl), ttl=ttl)


def _options(base_url: str, kw: dict[str, Any]) -> StackOptions:
    if not base_url:
        raise ConfigurationError(
            "base_url is required (the docs' examples use https://external-api.wallet.halogen.my)"
        )
    return StackOptions(base_url=base_url, **kw)


def transport(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    ttl: int = DEFAULT_TTL,
    inner: httpx.BaseTransport | None = None,
    **options: Any,
) -> httpx.BaseTransport:
    """The signed stack as an httpx transport, for callers who build their own httpx.Client."""
    return build_transport(profile(), _signer(credentials, clock, ttl), _options(base_url, options), inner)


def async_transport(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    ttl: int = DEFAULT_TTL,
    inner: httpx.AsyncBaseTransport | None = None,
    **options: Any,
) -> httpx.AsyncBaseTransport:
    return build_async_transport(
        profile(), _signer(credentials, clock, ttl), _options(base_url, options), inner
    )


def client(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    ttl: int = DEFAULT_TTL,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    **options: Any,
) -> AuthenticatedClient:
    """A generated `halogen_client.AuthenticatedClient`, sync and async, signed through the shared stack.

    `ttl` is the JWT's life in seconds (1..300, default 300). Options: retries (2), raise_errors
    (True), timeout (30 s total, 5 s connect), verify, policy, sleep/async_sleep, headers.
    `transport`/`async_transport` replace the innermost HTTP transport (tests).
    """
    from halogen_client import AuthenticatedClient

    return make_client(
        AuthenticatedClient,
        profile(),
        _signer(credentials, clock, ttl),
        _options(base_url, options),
        transport=transport,
        async_transport=async_transport,
    )
