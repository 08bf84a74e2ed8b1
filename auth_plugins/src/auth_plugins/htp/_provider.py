"""The htp declaration over the provider kit: envelope classification and the connect-token store."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

import httpx

from .._core import Clock, Options, Outcome, Provider, Setup, TokenBackend, TokenStore, classify_envelope
from ._auth import ON_SUCCESS_KEY, HtpAuth
from ._credentials import Credentials
from ._fleet import key_session_store, scope_of
from ._session import UserSession
from ._wrapper import check_clear_fields

if TYPE_CHECKING:
    from htp_client import AuthenticatedClient

__all__ = ["TOKEN_LEEWAY", "async_transport", "classify", "client", "provider", "token_store", "transport"]

TOKEN_LEEWAY = 60.0


def classify(response: httpx.Response) -> Outcome:
    """`classify_envelope`, then the request's on-success callback (logout forgets its token).

    The classifier is the one place in the stack that sees every response next to its request,
    so a successful logout is acted on only once the server has said it succeeded.
    """
    outcome = classify_envelope(response)
    if outcome.ok:
        try:
            callback = response.request.extensions.get(ON_SUCCESS_KEY)
        except RuntimeError:  # a response built without a request
            callback = None
        if callable(callback):
            callback()
    return outcome


_stores: dict[tuple[Credentials, str, Clock | None, TokenBackend | None], TokenStore] = {}
_stores_lock = threading.Lock()


def token_store(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    backend: TokenBackend | None = None,
) -> TokenStore:
    """The connect-token store shared by every client of these credentials and base URL.

    Keyed by the clock too, so a test's FrozenClock never shares a store with the wall clock,
    and by `backend` (the clients' `token_store=` option: a `RedisTokenStore` shares the token
    with the fleet). `token_store(...).set(None)` forgets the token (the next protected call
    issues a new one; with a fleet's store, for every process).
    """
    base = base_url.rstrip("/")
    key = (credentials, base, clock, backend)
    with _stores_lock:
        store = _stores.get(key)
        if store is None:
            if backend is None:
                store = TokenStore(clock, leeway=TOKEN_LEEWAY)
            else:
                store = backend.store(
                    scope_of(credentials, base, "connect"), clock=clock, leeway=TOKEN_LEEWAY
                )
            _stores[key] = store
        return store


def configure(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    encrypt: bool = False,
    clear_fields: Iterable[str] = (),
    user: UserSession | None = None,
    **options: Unpack[Options],
) -> Setup:
    """encrypt: send the spec's `x-encrypted-body` operations as the encrypted wrapper (after a
    lazy key-pair handshake). clear_fields: top-level body fields kept in clear beside it (none by
    default). clock: the clock token expiry is judged by (a `FrozenClock` in tests). user: the signed-in
    user this client acts for on `x-user-session` operations (`htp.login(...)`); without one they
    raise `LoginRequired`. One session per user: never pass one user's session to another's client.
    With `token_store=` a fleet's store, the connect token, the key session and `user`'s tokens
    are shared with every process that uses the same store (see `auth_plugins.RedisTokenStore`)."""
    backend = options.get("token_store")
    store = token_store(credentials, base_url=base_url, clock=clock, backend=backend)
    if user is not None and backend is not None:
        user.share(backend, scope_of(credentials, base_url.rstrip("/"), "user"))
    policy = HtpAuth(
        credentials,
        store,
        encrypt=encrypt,
        clear_fields=check_clear_fields(clear_fields),
        clock=clock,
        user=user,
        keys=None
        if backend is None
        else key_session_store(backend, credentials, base_url.rstrip("/"), clock),
    )
    return Setup(policy, base_url, options)


def _client_class() -> type[AuthenticatedClient]:
    from htp_client import AuthenticatedClient

    return AuthenticatedClient


# HTP documents no idempotency or request-id header: only the spec's x-idempotent operations and
# safe methods are retried after a possible delivery.
provider = Provider(
    "htp",
    configure=configure,
    client_class=_client_class,
    credentials_type=Credentials,
    classifier=classify,
    base_url_hint="the docs give only <MOBILE_API_BASE_URL>",
    credential_headers=("x-agent-id", "x-signature"),
)
transport = provider.transport
async_transport = provider.async_transport
client = provider.client
