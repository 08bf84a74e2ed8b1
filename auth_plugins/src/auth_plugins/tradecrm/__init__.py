"""CRM Open API (Authentication V2): `key` header on every call, `signature` on bodies.

Every request carries `key: <API key>`. Every POST/PATCH/PUT that carries a body also carries
`signature: sha256=<hex HMAC-SHA256 of the exact body bytes sent>`; GET and DELETE carry none.
We sign `request.content` as it goes on the wire, never a re-serialisation: httpx writes compact
JSON with non-ASCII kept as UTF-8, the same bytes as the docs' JavaScript `JSON.stringify`.

The docs call the HMAC key SECRET_TOKEN in prose but key it with API_KEY in the Ruby, PHP and
TypeScript samples: `Credentials(api_key, secret=None)` takes a separate secret and defaults it
to the API key (specs/tradecrm/SOURCE.md).
"""

from .._lazy import lazy_exports

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost more than this file

if TYPE_CHECKING:
    from ._impl import (
        SIGNED_METHODS,
        Credentials,
        TradecrmSigner,
        async_transport,
        client,
        sign,
        transport,
        verify_webhook,
    )

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

if not TYPE_CHECKING:  # type checkers see the imports above; the implementation loads on first use
    __getattr__, __dir__ = lazy_exports(__name__, "._impl", __all__)
