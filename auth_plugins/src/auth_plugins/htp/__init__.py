"""HTP card-issuing mobile API: connect token, Bearer auth, HTTP 200 envelopes, optional encryption.

```python
from auth_plugins import htp
creds = htp.Credentials.from_env()      # HTP_AGENT_ID, HTP_AGENT_SECRET (+ HTP_DEVICE_ID, ...)
client = htp.client(creds, base_url="https://...", encrypt=True)
```

- Token: `POST /api/v1/connect/token` with `X-Agent-ID` and `X-Signature` =
  `connect_signature(raw body, agent secret)` (what it covers is inferred, see `_signature.py`).
  The token is cached in one `TokenStore` per (credentials, base_url, clock), sent as Bearer on
  protected operations only (the spec's `security: []` marks the public ones), renewed 60 s
  before `expires_in` runs out, re-issued once after an envelope 401, and forgotten after a
  successful `POST /api/v1/auth/logout` (which ends the device's session).
- Errors: HTTP 200 envelopes are classified by `status_code` (`classify_envelope`), so an envelope
  401 raises `AuthenticationError` with the server's message and trace_id.
- Encryption (`encrypt=True`, off by default): operations the spec marks `x-encrypted-body` are
  sent as the wrapper `{key_version, salt, data}` after a lazy `POST /api/v1/sys/key-pair`
  handshake; the cipher suite is inferred and lives in `CipherSuite` (`_crypto.py`, loaded
  only then). An envelope 401 naming key_version re-handshakes and resends once.
"""

from .._lazy import lazy_exports

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost more than this file

if TYPE_CHECKING:
    from ._impl import (
        CONNECT_TOKEN_PATH,
        KEY_PAIR_PATH,
        LANGUAGES,
        TOKEN_LEEWAY,
        WRAPPER_FIELDS,
        CipherSuite,
        Credentials,
        HtpSigner,
        async_transport,
        classify,
        client,
        connect_signature,
        is_key_version_rejection,
        profile,
        token_store,
        transport,
    )

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

if not TYPE_CHECKING:  # type checkers see the imports above; the implementation loads on first use
    __getattr__, __dir__ = lazy_exports(__name__, "._impl", __all__)
