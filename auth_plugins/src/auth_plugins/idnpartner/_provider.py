"""The idnpartner declaration over the provider kit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._core import Options, Provider, Scope, Setup, classify_http_json
from ._auth import IDEMPOTENCY_HEADERS, IdnpartnerAuth, RequestHook, check_operations
from ._credentials import Credentials, Language
from ._session import Session, bind

if TYPE_CHECKING:
    from idnpartner_client import AuthenticatedClient

__all__ = ["async_transport", "client", "provider", "transport"]


def configure(
    credentials: Credentials,
    *,
    base_url: str,
    language: Language | None = None,
    session: Session | None = None,
    request_hook: RequestHook | None = None,
    **options: Unpack[Options],
) -> Setup:
    """language: 'id' or 'en' sends x-language on every call (a call's own `x_language=` wins);
    None leaves it out, so the server's default ('id') applies. session: the user's tokens
    (default: a new `Session` of this client's own; pass one explicitly to act as the same user
    from several clients; log in with `login(client, username, password)`). request_hook: called
    on every attempt after the auth headers are set (e.g. to add a signature made with
    `credentials.private_key`). With `token_store=` a fleet's store, the session's tokens are
    shared by user id with every process using that store (see `Session`)."""
    sess = session if session is not None else Session()
    backend = options.get("token_store")
    if backend is not None:
        sess.share(backend, scope_of(credentials, base_url))
    policy = IdnpartnerAuth(
        credentials, sess, operations=provider.operations, language=language, request_hook=request_hook
    )
    return Setup(policy, base_url, options, on_client=lambda client: bind(client, sess))


def scope_of(credentials: Credentials, base_url: str) -> Scope:
    """This app's tokens, named for a shared store; its keys (app key, private key) key the encryption."""
    secret = credentials.app_key + "\0" + (credentials.private_key or "")
    return Scope("idnpartner", credentials.app_key, base_url.rstrip("/"), "session", secret.encode("utf-8"))


def _client_class() -> type[AuthenticatedClient]:
    from idnpartner_client import AuthenticatedClient

    return AuthenticatedClient


provider = Provider(
    "idnpartner",
    configure=configure,
    client_class=_client_class,
    credentials_type=Credentials,
    classifier=classify_http_json,
    base_url_hint="the docs publish no Staging or Production host",
    idempotency_headers=IDEMPOTENCY_HEADERS,
    credential_headers=("x-app-key", "x-user-token"),
    owned_headers=("x-request-id",),
    check_operations=check_operations,
)
transport = provider.transport
async_transport = provider.async_transport
client = provider.client
