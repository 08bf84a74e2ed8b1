"""The halogen declaration over the provider kit, and the JWT cache shared by its clients."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Unpack

from .._core import Clock, Options, Provider, Setup, TokenStore, classify_http_json
from ..errors import ConfigurationError
from ._auth import HalogenAuth
from ._credentials import Credentials
from ._jwt import DEFAULT_TTL, audience_for, check_ttl, leeway_for
from ._typed import IDEMPOTENCY_HEADER

if TYPE_CHECKING:
    from halogen_client import AuthenticatedClient

__all__ = ["async_transport", "client", "provider", "token_store", "transport"]

_stores: dict[tuple[Credentials, str | None, Clock | None, int], TokenStore] = {}
_stores_lock = threading.Lock()


def token_store(
    credentials: Credentials,
    *,
    clock: Clock | None = None,
    ttl: int = DEFAULT_TTL,
    base_url: str | None = None,
) -> TokenStore:
    """The JWT cache shared by every client of these credentials, origin (and clock and ttl).

    Keyed by the origin of `base_url`: each token names its origin as `aud` (inferred), so a token
    minted for staging is never sent to production. Keyed by the clock so a test's FrozenClock
    never shares a token with the wall clock. `.set(None)` forgets the token. `base_url=None` is
    the cache of tokens without an audience (only for callers minting by hand).
    """
    if not isinstance(credentials, Credentials):
        raise ConfigurationError("credentials must be halogen.Credentials")
    audience = audience_for(base_url) if base_url else None
    key = (credentials, audience, clock, check_ttl(ttl))
    with _stores_lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = TokenStore(clock, leeway=leeway_for(ttl))
        return store


def configure(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    ttl: int = DEFAULT_TTL,
    **options: Unpack[Options],
) -> Setup:
    """ttl: the JWT's life in seconds (1..300, default 300). clock: the clock `iat`/`exp` are
    stamped with (a `FrozenClock` in tests). Tokens carry `aud` = the origin of `base_url`
    (inferred) and are cached per origin."""
    audience = audience_for(base_url) if base_url else None
    store = token_store(credentials, clock=clock, ttl=ttl, base_url=base_url)
    return Setup(HalogenAuth(credentials, store, ttl=ttl, audience=audience), base_url, options)


def _client_class() -> type[AuthenticatedClient]:
    from halogen_client import AuthenticatedClient

    return AuthenticatedClient


# Idempotency-Key is not in the docs (inferred): a /command carrying one may be resent after a
# 5xx; without one it never is.
provider = Provider(
    "halogen",
    configure=configure,
    client_class=_client_class,
    credentials_type=Credentials,
    classifier=classify_http_json,
    base_url_hint="the docs' examples use https://external-api.wallet.halogen.my",
    idempotency_headers=(IDEMPOTENCY_HEADER,),
)
transport = provider.transport
async_transport = provider.async_transport
client = provider.client
