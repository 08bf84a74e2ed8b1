"""PayInOut merchant gateway: X-App-* request signing and X-Signature webhook verification.

Every call is a POST with `Content-Type: application/json`, `Accept: application/json, text/plain`
and three headers: X-App-Token (public token), X-App-Access-Ts (Unix seconds, taken fresh for
every attempt because its lifetime is limited) and X-App-Access-Sig =
hex(HMAC_SHA256("{ts}{email}", secret)) in lowercase. A 401 whose Date header shows our clock is
off makes the signer adopt the server's clock and re-sign once.
"""

from .._lazy import lazy_exports

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost more than this file
if TYPE_CHECKING:
    from ._auth import ACCEPT as ACCEPT
    from ._auth import PayinoutAuth as PayinoutAuth
    from ._auth import sign as sign
    from ._auth import string_to_sign as string_to_sign
    from ._credentials import Credentials as Credentials
    from ._provider import async_transport as async_transport
    from ._provider import client as client
    from ._provider import provider as provider
    from ._provider import transport as transport
    from ._webhooks import ReplayGuard as ReplayGuard
    from ._webhooks import parse_webhook as parse_webhook
    from ._webhooks import verify_webhook as verify_webhook
    from ._webhooks import webhook_signature as webhook_signature
else:  # type checkers read the imports above; each name loads its module on first use
    __getattr__, __dir__, __all__ = lazy_exports(
        __name__,
        {
            "._auth": ("ACCEPT", "PayinoutAuth", "sign", "string_to_sign"),
            "._credentials": ("Credentials",),
            "._provider": ("async_transport", "client", "provider", "transport"),
            "._webhooks": ("ReplayGuard", "parse_webhook", "verify_webhook", "webhook_signature"),
        },
    )
