"""IDN Partner API: x-app-key, a unique x-request-id per call, x-language, and three tokens.

The docs (specs/idnpartner/SOURCE.md) give the headers and which token each Bearer carries: the
access token on regular requests, the refresh token to obtain a new access token, and the
x-user-token (issued by user authentication) to obtain a new refresh token. Which operation wants
which token comes from the spec (`x-token-kind` → `op.token_kind`: access | refresh | user | none),
and which operations also need the `x-user-token` header from `x-user-token: true` (`op.user_token`).

- `x-request-id`: a fresh UUID4 per logical call, set in `prepare()` (above retry), so every retry
  of that call resends the same id and no two calls share one. The server refuses an id it has
  already accepted (409), which is what lets the stack retry a POST carrying it: a resend can never
  be processed twice.
- Tokens live in a `Session`: each client owns its own unless one is passed explicitly
  (`client(..., session=...)`), so two clients never act as one user by accident. `login()`
  authenticates the user (the x-user-token) and then obtains the access and refresh tokens.
  Before the access token expires, or on the first 401 for it, it is renewed with the refresh
  token; a refresh token that is expired or rejected is renewed with the x-user-token first.
  When that is rejected too, `LoginRequired` (an `AuthenticationError`) asks
  for a new login. One renewal serves every waiting thread and task: the lock lives on the store.
- The docs hand the partner a private key but do not say how it is used, so no signature is
  invented: pass `request_hook=` (called on every attempt, after all other headers are set,
  including on the plugin's own token requests) once the provider says what to sign.
"""

from .._lazy import lazy_exports

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost more than this file
if TYPE_CHECKING:
    from .._core import Token as Token
    from ._auth import IDEMPOTENCY_HEADERS as IDEMPOTENCY_HEADERS
    from ._auth import IdnpartnerAuth as IdnpartnerAuth
    from ._auth import RequestHook as RequestHook
    from ._credentials import LANGUAGES as LANGUAGES
    from ._credentials import Credentials as Credentials
    from ._credentials import Language as Language
    from ._login import alogin as alogin
    from ._login import login as login
    from ._provider import async_transport as async_transport
    from ._provider import client as client
    from ._provider import provider as provider
    from ._provider import transport as transport
    from ._request_ids import new_request_id as new_request_id
    from ._session import LoginRequired as LoginRequired
    from ._session import Session as Session
    from ._session import session_of as session_of
else:  # type checkers read the imports above; each name loads its module on first use
    __getattr__, __dir__, __all__ = lazy_exports(
        __name__,
        {
            "._auth": (
                "IDEMPOTENCY_HEADERS",
                "IdnpartnerAuth",
                "RequestHook",
            ),
            "._request_ids": ("new_request_id",),
            "._credentials": (
                "LANGUAGES",
                "Credentials",
                "Language",
            ),
            "._login": (
                "alogin",
                "login",
            ),
            "._provider": (
                "async_transport",
                "client",
                "provider",
                "transport",
            ),
            "._session": (
                "LoginRequired",
                "Session",
                "session_of",
            ),
            ".._core": ("Token",),
        },
    )
