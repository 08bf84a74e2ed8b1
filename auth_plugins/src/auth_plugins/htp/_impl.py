"""The implementation behind `auth_plugins.htp` (loaded lazily; the facade holds the docs).

HTP card-issuing mobile API: connect token, Bearer auth, HTTP 200 envelopes, optional encryption.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx

from .._core import (
    Clock,
    OperationTable,
    Outcome,
    Profile,
    StackOptions,
    TokenStore,
    build_async_transport,
    build_transport,
    classify_envelope,
    make_client,
)
from ..errors import ConfigurationError
from ._credentials import LANGUAGES, Credentials
from ._signature import connect_signature
from ._signer import CONNECT_TOKEN_PATH, KEY_PAIR_PATH, ON_SUCCESS_KEY, HtpSigner, is_key_version_rejection
from ._wrapper import WRAPPER_FIELDS, check_clear_fields

if TYPE_CHECKING:
    from htp_client import AuthenticatedClient

    from ._crypto import CipherSuite

__all__ = [
    "CONNECT_TOKEN_PATH",
    "KEY_PAIR_PATH",
    "LANGUAGES",
    "TOKEN_LEEWAY",
    "WRAPPER_FIELDS",
    "CipherSuite",
    "Credentials",
    "HtpSigner",
    "async_transport",
    "classify",
    "client",
    "connect_signature",
    "is_key_version_rejection",
    "profile",
    "token_store",
    "transport",
]

TOKEN_LEEWAY = 60.0


def __getattr__(name: str) -> Any:
    # `CipherSuite` needs cryptography: import it only when someone asks for it.
    if name == "CipherSuite":
        from ._crypto import CipherSuite

        return CipherSuite
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


_profile: Profile | None = None


def profile() -> Profile:
    global _profile
    if _profile is None:
        # HTP documents no idempotency or request-id header: only the spec's x-idempotent
        # operations and safe methods are retried after a possible delivery.
        _profile = Profile("htp", classify, OperationTable.load("htp"), ())
    return _profile


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


def _options(base_url: str, kw: dict[str, Any]) -> StackOptions:
    if not base_url:
        raise ConfigurationError("base_url is required (the docs give only <MOBILE_API_BASE_URL>)")
    return StackOptions(base_url=base_url, **kw)


def _signer(
    credentials: Credentials, base_url: str, clock: Clock | None, encrypt: bool, clear_fields: Iterable[str]
) -> HtpSigner:
    if not isinstance(credentials, Credentials):
        raise ConfigurationError("credentials must be htp.Credentials")
    store = token_store(credentials, base_url=base_url, clock=clock)
    return HtpSigner(
        credentials, store, encrypt=encrypt, clear_fields=check_clear_fields(clear_fields), clock=clock
    )


def transport(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    inner: httpx.BaseTransport | None = None,
    encrypt: bool = False,
    clear_fields: Iterable[str] = (),
    **options: Any,
) -> httpx.BaseTransport:
    """The HTP stack as an httpx transport, for callers who build their own httpx.Client."""
    opts = _options(base_url, options)
    return build_transport(
        profile(), _signer(credentials, base_url, clock, encrypt, clear_fields), opts, inner
    )


def async_transport(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    inner: httpx.AsyncBaseTransport | None = None,
    encrypt: bool = False,
    clear_fields: Iterable[str] = (),
    **options: Any,
) -> httpx.AsyncBaseTransport:
    opts = _options(base_url, options)
    return build_async_transport(
        profile(), _signer(credentials, base_url, clock, encrypt, clear_fields), opts, inner
    )


def client(
    credentials: Credentials,
    *,
    base_url: str,
    clock: Clock | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    encrypt: bool = False,
    clear_fields: Iterable[str] = (),
    **options: Any,
) -> AuthenticatedClient:
    """A generated `htp_client.AuthenticatedClient`, sync and async, through the shared stack.

    `encrypt=True` sends the spec's `x-encrypted-body` operations as the encrypted wrapper;
    `clear_fields` names top-level body fields to keep in clear beside it (none by default).
    Options: retries (2), raise_errors (True), timeout (30 s total, 5 s connect), verify, policy,
    sleep/async_sleep, headers. `transport`/`async_transport` replace the innermost HTTP transport.
    """
    from htp_client import AuthenticatedClient

    opts = _options(base_url, options)
    return make_client(
        AuthenticatedClient,
        profile(),
        _signer(credentials, base_url, clock, encrypt, clear_fields),
        opts,
        transport=transport,
        async_transport=async_transport,
    )
