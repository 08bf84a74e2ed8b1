"""The tradecrm declaration over the provider kit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .._core import Options, Provider, Setup, classify_http_json
from ._auth import TradecrmAuth
from ._credentials import Credentials

if TYPE_CHECKING:
    from tradecrm_client import AuthenticatedClient

__all__ = ["async_transport", "client", "provider", "transport"]


def configure(credentials: Credentials, *, base_url: str, **options: Unpack[Options]) -> Setup:
    """A 403 raises `PermissionDeniedError` whose `error_type` is `invalid_api_key` or
    `invalid_signature`."""
    return Setup(TradecrmAuth(credentials), base_url, options)


def _client_class() -> type[AuthenticatedClient]:
    from tradecrm_client import AuthenticatedClient

    return AuthenticatedClient


provider = Provider(
    "tradecrm",
    configure=configure,
    client_class=_client_class,
    credentials_type=Credentials,
    classifier=classify_http_json,
    base_url_hint="your CRM's Open API host",
    idempotency_headers=("idempotency-key",),
    credential_headers=("key", "signature"),
)
transport = provider.transport
async_transport = provider.async_transport
client = provider.client
