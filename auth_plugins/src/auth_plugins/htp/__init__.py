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
  before `expires_in` runs out, re-issued once after an envelope 401 about the token, and
  forgotten after a successful `POST /api/v1/auth/logout` (which ends the device's session).
  A 401 from an operation that checks the user's password or PIN (`x-user-credentials` in the
  spec: login, change password, verify/change PIN) is raised as it is: not resent (a wrong
  password would count twice towards a lockout) and the shared token is kept.
- Users: operations the spec marks `x-user-session` (profile, PIN, KYC, cards, orders, inbox...)
  act for a signed-in user and carry that user's access token; the rest keep the connect token.
  `session = htp.login(client, email, password)` (login goes with the connect token) returns the
  user's own `UserSession`; `htp.client(creds, base_url=..., user=session)` acts for that user.
  Without a session a user operation raises `LoginRequired` before anything is sent. The user's
  token is renewed through `refresh_token` before expiry or after an envelope 401 (single-flight
  per session); `htp.logout(client, session)` revokes and drops it (`_session.py`).
- Replay exposure: the connect-token body is fixed (`{"grant_type":"client_credentials"}`), so
  its `X-Signature` never changes and a captured request can be replayed for new tokens until
  the agent secret is rotated (the docs name no timestamp or nonce to sign; specs/htp/SOURCE.md).
  Keep requests to `/connect/token` out of logs and proxies you do not control.
- Errors: HTTP 200 envelopes are classified by `status_code` (`classify_envelope`), so an envelope
  401 raises `AuthenticationError` with the server's message and trace_id.
- Encryption (`encrypt=True`, off by default): operations the spec marks `x-encrypted-body` are
  sent as the wrapper `{key_version, salt, data}` after a lazy `POST /api/v1/sys/key-pair`
  handshake; the cipher suite is inferred and lives in `CipherSuite` (`_crypto.py`, loaded
  only then). An envelope 401 naming key_version re-handshakes and resends once. It fails
  closed: a body that should be encrypted but cannot be (not JSON, or a request matching no
  operation of the spec) raises `EncryptionError` and is never sent in clear.
"""

from .._lazy import lazy_exports

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost more than this file
if TYPE_CHECKING:
    from ._auth import CONNECT_TOKEN_PATH as CONNECT_TOKEN_PATH
    from ._auth import KEY_PAIR_PATH as KEY_PAIR_PATH
    from ._auth import HtpAuth as HtpAuth
    from ._auth import is_key_version_rejection as is_key_version_rejection
    from ._auth import is_token_rejection as is_token_rejection
    from ._credentials import LANGUAGES as LANGUAGES
    from ._credentials import Credentials as Credentials
    from ._crypto import CipherSuite as CipherSuite
    from ._provider import TOKEN_LEEWAY as TOKEN_LEEWAY
    from ._provider import async_transport as async_transport
    from ._provider import classify as classify
    from ._provider import client as client
    from ._provider import provider as provider
    from ._provider import token_store as token_store
    from ._provider import transport as transport
    from ._session import LoginRequired as LoginRequired
    from ._session import UserSession as UserSession
    from ._session import alogin as alogin
    from ._session import alogout as alogout
    from ._session import login as login
    from ._session import logout as logout
    from ._signature import connect_signature as connect_signature
    from ._wrapper import WRAPPER_FIELDS as WRAPPER_FIELDS
else:  # type checkers read the imports above; each name loads its module on first use
    __getattr__, __dir__, __all__ = lazy_exports(
        __name__,
        {
            "._auth": (
                "CONNECT_TOKEN_PATH",
                "KEY_PAIR_PATH",
                "HtpAuth",
                "is_key_version_rejection",
                "is_token_rejection",
            ),
            "._credentials": ("LANGUAGES", "Credentials"),
            "._crypto": ("CipherSuite",),  # cryptography loads only when this is asked for
            "._provider": (
                "TOKEN_LEEWAY",
                "async_transport",
                "classify",
                "client",
                "provider",
                "token_store",
                "transport",
            ),
            "._session": ("LoginRequired", "UserSession", "alogin", "alogout", "login", "logout"),
            "._signature": ("connect_signature",),
            "._wrapper": ("WRAPPER_FIELDS",),
        },
    )
