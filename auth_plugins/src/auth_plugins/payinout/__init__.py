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
    from ._impl import (
        ACCEPT,
        Credentials,
        PayinoutSigner,
        async_transport,
        client,
        sign,
        string_to_sign,
        transport,
        verify_webhook,
        webhook_signature,
    )

__all__ = [
    "ACCEPT",
    "Credentials",
    "PayinoutSigner",
    "async_transport",
    "client",
    "sign",
    "string_to_sign",
    "transport",
    "verify_webhook",
    "webhook_signature",
]

if not TYPE_CHECKING:  # type checkers see the imports above; the implementation loads on first use
    __getattr__, __dir__ = lazy_exports(__name__, "._impl", __all__)
