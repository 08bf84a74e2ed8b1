"""The htp declaration over the provider kit: envelope classification and the connect-token store."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Unpack

import httpx

from .._core import Clock, Options, Outcome, Provider, Setup, TokenStore, classify_envelope
from ._auth import ON_SUCCESS_KEY, HtpAuth
from ._credentials import Credentials
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


_stores: dict[tuple[Credentials, str, Clock | None], TokenStore] = {}
_stores_lock = threading.Lock()


def token_store(credentials: Credentials, *, base_url: str, clock: Clock | None = None) -> TokenStore:
    """The connect-token store shared by every client of these credentials and base URL.

    Keyed by the clock too, so a test's FrozenClock never shares a store with the wall clock.
    `token_store(...).set(None)` forgets the token (the next protected call issues a new one).
    """
    key = (credentials, base_url.rstrip("/"), clock)
    with _stores_lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = TokenStore(clock, leeway=TOKEN_LEEWAY)
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
    raise `LoginRequired`. One session per user: never pass one user's session to another's client."""
    store = token_store(credentials, base_url=base_url, clock=clock)
    policy = HtpAuth(
        credentials,
        store,
        encrypt=encrypt,
        clear_fields=check_clear_fields(clear_fields),
        clock=clock,
        user=user,
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
