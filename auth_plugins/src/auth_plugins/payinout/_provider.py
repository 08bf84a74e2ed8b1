"""The payinout declaration over the provider kit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._core import Clock, Options, Provider, Setup, classify_http_json
from ._auth import PayinoutAuth
from ._credentials import Credentials

if TYPE_CHECKING:
    from payinout_client import AuthenticatedClient

__all__ = ["async_transport", "client", "provider", "transport"]


def configure(
    credentials: Credentials, *, base_url: str, clock: Clock | None = None, **options: Unpack[Options]
) -> Setup:
    """clock: the clock signatures are stamped with (a `FrozenClock` in tests)."""
    return Setup(PayinoutAuth(credentials, clock), base_url, options)


def _client_class() -> type[AuthenticatedClient]:
    from payinout_client import AuthenticatedClient

    return AuthenticatedClient


provider = Provider(
    "payinout",
    configure=configure,
    client_class=_client_class,
    credentials_type=Credentials,
    classifier=classify_http_json,
    base_url_hint="the docs give only https://{host}/",
    idempotency_headers=("idempotency-key",),
    credential_headers=("x-app-token", "x-app-access-ts", "x-app-access-sig"),
)
transport = provider.transport
async_transport = provider.async_transport
client = provider.client
