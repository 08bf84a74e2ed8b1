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
    from ._auth import SIGNED_METHODS as SIGNED_METHODS
    from ._auth import TradecrmAuth as TradecrmAuth
    from ._auth import sign as sign
    from ._credentials import Credentials as Credentials
    from ._provider import async_transport as async_transport
    from ._provider import client as client
    from ._provider import provider as provider
    from ._provider import transport as transport
    from ._webhooks import EVENT_MODELS as EVENT_MODELS
    from ._webhooks import ReplayGuard as ReplayGuard
    from ._webhooks import UnknownEvent as UnknownEvent
    from ._webhooks import parse_webhook as parse_webhook
    from ._webhooks import verify_webhook as verify_webhook
else:  # type checkers read the imports above; each name loads its module on first use
    __getattr__, __dir__, __all__ = lazy_exports(
        __name__,
        {
            "._auth": ("SIGNED_METHODS", "TradecrmAuth", "sign"),
            "._credentials": ("Credentials",),
            "._provider": ("async_transport", "client", "provider", "transport"),
            "._webhooks": ("EVENT_MODELS", "ReplayGuard", "UnknownEvent", "parse_webhook", "verify_webhook"),
        },
    )
