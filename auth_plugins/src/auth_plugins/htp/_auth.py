"""The HTP signer: identity headers, the connect token, the encrypted wrapper, and 401 repair.

- `prepare` (once per call): Accept-Language / Device-ID / Device-Name from the credentials
  (a per-call header wins), and, when the client encrypts and the spec marks the operation
  `x-encrypted-body`, the wrapper replaces the body once, so every retry resends the same bytes.
- `sign` (every attempt): `Authorization: Bearer <token>` on protected operations only: the
  user's access token on `x-user-session` operations (`_session.py`; `LoginRequired` without a
  user), else the connect token, from a `TokenStore` shared by every client of one credential.
- `recover_unauthorized` (a 401, at most once per call): an "unknown key_version" answer to an encrypted
  call re-handshakes and re-encrypts; a 401 from an operation the spec marks `x-user-credentials`
  (login, change password, PIN checks) is the user's wrong password or PIN, so it is neither
  resent (a second try would double the lockout count) nor allowed to throw the shared connect
  token away, unless its message says the token was refused (the docs' "Authentication required");
  any other 401 drops the token that failed, and the resend picks up a fresh one (one issuance for
  all waiting threads and tasks).

Encryption fails closed: with `encrypt=True`, a body the spec says to encrypt that cannot be
(not JSON), or a body on a request that matches no operation of the spec, raises
`EncryptionError` before anything is sent.

The connect token and the key handshake are sent through the stack's backchannel, so they share
the pool, the timeouts and the envelope classifier, and a refused issuance raises its typed error.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

import httpx

from .._core import AuthPolicy, Backchannel, Clock, HeaderBlock, Operation, Outcome, Token, TokenStore
from .._core._httpx_compat import header_items, replace_request_body
from .._core._signing import OP_KEY
from .._core._telemetry import ENCRYPTED_KEY
from ..errors import EncryptionError, EnvelopeError
from ._answers import bearer_of, envelope_data, is_key_version_rejection, is_token_rejection, key_session
from ._credentials import Credentials
from ._session import UserSession, user_for
from ._signature import connect_signature
from ._wrapper import is_wrapper_body, seal_body

if TYPE_CHECKING:
    from ._crypto import CipherSuite

__all__ = [
    "CONNECT_TOKEN_PATH",
    "KEY_PAIR_PATH",
    "LOGOUT_OPERATION",
    "ON_SUCCESS_KEY",
    "HtpAuth",
    "is_key_version_rejection",
    "is_token_rejection",
]

CONNECT_TOKEN_PATH = "/api/v1/connect/token"  # noqa: S105 - a route, not a token
KEY_PAIR_PATH = "/api/v1/sys/key-pair"
LOGOUT_OPERATION = "logout_user"
CONNECT_BODY = {"grant_type": "client_credentials"}

# Request extensions this signer uses (never sent on the wire).
ON_SUCCESS_KEY = "auth_plugins.htp.on_success"
_PLAIN_KEY = "auth_plugins.htp.plaintext"
_KEY_VERSION_KEY = "auth_plugins.htp.key_version"


def _is_json(request: httpx.Request) -> bool:
    """Whether the request's Content-Type is JSON (read from the raw header list, which unlike
    `headers.get` does not decode every header first)."""
    for _, name, value in header_items(request.headers):
        if name == b"content-type":
            return value.lower().startswith(b"application/json")
    return False


class HtpAuth(AuthPolicy):
    def __init__(
        self,
        credentials: Credentials,
        store: TokenStore,
        *,
        encrypt: bool = False,
        clear_fields: frozenset[str] = frozenset(),
        clock: Clock | None = None,
        user: UserSession | None = None,
        keys: TokenStore | None = None,
    ) -> None:
        self._creds = credentials
        # Accept-Language / Device-ID / Device-Name: a call's own value wins.
        self._device = HeaderBlock(credentials.headers())
        self.user = user
        self._store = store
        self.clock = clock if clock is not None else store.clock
        self._encrypt = encrypt
        self.clear_fields = clear_fields
        # The key session (one per client), renewed once for all threads/tasks like a token:
        # Token.value is the key_version, Token.extra["suite"] the CipherSuite.
        # (`keys`: the fleet's, from a shared token store; `_fleet.py`.)
        self._keys = keys if keys is not None else TokenStore(self.clock, leeway=0)
        self._auth: tuple[str, HeaderBlock] = ("", HeaderBlock({}))  # Authorization for one token

    def __repr__(self) -> str:
        return f"<HtpAuth encrypt={self.encrypt} {self._store!r} user={self.user!r}>"

    @property
    def encrypt(self) -> bool:
        """Whether bodies the spec marks `x-encrypted-body` are encrypted (fixed when built)."""
        return self._encrypt

    def awaits(self, name: str) -> bool:
        # `aprepare` awaits only to read a body it encrypts: without encryption it is `prepare`.
        return self._encrypt if name == "aprepare" else super().awaits(name)

    def secrets(self) -> set[str]:
        return super().secrets() | (self.user.secrets() if self.user is not None else set())

    @property
    def store(self) -> TokenStore:
        return self._store

    def _sync_channel(self) -> Backchannel:
        if self.channel is None:
            raise RuntimeError("this signer is not attached to a sync transport")
        return self.channel

    def _async_channel(self) -> Backchannel:
        if self.achannel is None:
            raise RuntimeError("this signer is not attached to an async transport")
        return self.achannel

    # -- connect token -------------------------------------------------------------------------

    def _token_request(self, channel: Backchannel) -> httpx.Request:
        request = channel.request(
            "POST", CONNECT_TOKEN_PATH, json=CONNECT_BODY, headers=self._creds.headers()
        )
        request.headers["X-Agent-ID"] = self._creds.agent_id
        # Sign the bytes that will actually be sent.
        request.headers["X-Signature"] = connect_signature(request.read(), self._creds.agent_secret)
        return request

    def _token_from(self, response: httpx.Response) -> Token:
        data = envelope_data(response, "connect token")
        value = data.get("access_token")
        expires_in = data.get("expires_in")
        if not isinstance(value, str) or not value:
            raise EnvelopeError("connect token answer has no access_token", status_code=response.status_code)
        if isinstance(expires_in, bool) or not isinstance(expires_in, int | float) or expires_in <= 0:
            raise EnvelopeError(
                "connect token answer has no valid expires_in", status_code=response.status_code
            )
        return Token(value, expires_at=self.clock.now() + float(expires_in))

    def _fetch(self, old: Token | None) -> Token:
        channel = self._sync_channel()
        return self._token_from(channel.call(self._token_request(channel)))

    async def _afetch(self, old: Token | None) -> Token:
        channel = self._async_channel()
        return self._token_from(await channel.acall(self._token_request(channel)))

    # -- key handshake -------------------------------------------------------------------------

    def _key_request(self, channel: Backchannel) -> tuple[httpx.Request, bytes]:
        from ._crypto import CipherSuite  # cryptography is loaded only once a client encrypts

        private = CipherSuite.generate_private_key()
        public = base64.b64encode(CipherSuite.public_key(private)).decode("ascii")
        return channel.request(
            "POST", KEY_PAIR_PATH, json={"key": public}, headers=self._creds.headers()
        ), private

    def _handshake(self, old: Token | None) -> Token:
        channel = self._sync_channel()
        request, private = self._key_request(channel)
        return key_session(channel.call(request), private)

    async def _ahandshake(self, old: Token | None) -> Token:
        channel = self._async_channel()
        request, private = self._key_request(channel)
        return key_session(await channel.acall(request), private)

    # -- hooks ---------------------------------------------------------------------------------

    def _to_encrypt(self, request: httpx.Request, op: Operation | None, body: bytes) -> bytes | None:
        """The plaintext to encrypt, None when nothing is to be, or EncryptionError (fail closed).

        With `encrypt=True` a body is sent in clear only when the spec says its operation takes
        no encryption. A body on a request that matches no operation, or a non-JSON body for an
        encrypted operation, is refused rather than sent as it is.
        """
        if not self._encrypt or (op is not None and not op.encrypted_body):
            return None
        if not body or is_wrapper_body(body):  # nothing to encrypt, or a wrapper the caller built
            return None
        if op is None:
            raise EncryptionError(
                f"encrypt=True: {request.method} request matches no operation of the spec; "
                "refusing to send its body unencrypted"
            )
        if not _is_json(request):
            raise EncryptionError(
                f"encrypt=True: {op.id} has a non-JSON body, which cannot be encrypted; "
                "refusing to send it unencrypted"
            )
        return body

    def _seal(self, request: httpx.Request, key: Token) -> None:
        suite: CipherSuite = key.extra["suite"]
        plain: bytes = request.extensions[_PLAIN_KEY]
        request.extensions[_KEY_VERSION_KEY] = key.value
        request.extensions[ENCRYPTED_KEY] = True  # the call span's auth_plugins.encrypted
        replace_request_body(request, seal_body(plain, suite.encrypt, self.clear_fields))

    def prepare(self, request: httpx.Request, op: Operation | None) -> None:
        self._device.apply_defaults(request.headers)
        plain = self._to_encrypt(request, op, request.read()) if self._encrypt else None
        if plain is not None:
            request.extensions[_PLAIN_KEY] = plain
            self._seal(request, self._keys.get(self._handshake))

    async def aprepare(self, request: httpx.Request, op: Operation | None) -> None:
        self._device.apply_defaults(request.headers)
        plain = self._to_encrypt(request, op, await request.aread()) if self._encrypt else None
        if plain is not None:
            request.extensions[_PLAIN_KEY] = plain
            self._seal(request, await self._keys.aget(self._ahandshake))

    def _note_logout(self, request: httpx.Request, op: Operation | None) -> None:
        """On a successful logout, forget the token that was current when it was sent.

        Logout is public (no Bearer) and ends the device's session server-side; the classifier
        (the one hook that sees each response beside its request) calls this back on success.
        """
        if op is None or op.id != LOGOUT_OPERATION:
            return
        current = self._store.current
        if current is not None:
            value = current.value
            request.extensions[ON_SUCCESS_KEY] = lambda: self._store.invalidate(value)

    def _agent(self, renew: bool) -> dict[str, str]:  # a user-token renewal goes with the connect token
        if renew and (stale := self._store.current) is not None:
            self._store.invalidate(stale.value)
        token = self._store.get(self._fetch)
        return {**self._creds.headers(), "Authorization": f"Bearer {token.value}"}

    async def _aagent(self, renew: bool) -> dict[str, str]:
        if renew and (stale := self._store.current) is not None:
            self._store.invalidate(stale.value)
        token = await self._store.aget(self._afetch)
        return {**self._creds.headers(), "Authorization": f"Bearer {token.value}"}

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        if op is None or op.public:
            self._note_logout(request, op)
            return
        if op.extra.get("user_session"):
            token = user_for(self.user, op).token(self._sync_channel(), self._agent)
        else:
            token = self._store.get(self._fetch)
        self._bearer(token.value).apply(request.headers)

    async def asign(self, request: httpx.Request, op: Operation | None) -> None:
        if op is None or op.public:
            self._note_logout(request, op)
            return
        if op.extra.get("user_session"):
            token = await user_for(self.user, op).atoken(self._async_channel(), self._aagent)
        else:
            token = self._store.usable() or await self._store.aget(self._afetch)
        self._bearer(token.value).apply(request.headers)

    def _bearer(self, value: str) -> HeaderBlock:
        cached = self._auth
        if cached[0] != value:
            cached = self._auth = (value, HeaderBlock({"Authorization": f"Bearer {value}"}))
        return cached[1]

    def _drop_key(self, request: httpx.Request) -> bool:
        """Forget the key session the server no longer knows; False if we did not encrypt this call."""
        if _PLAIN_KEY not in request.extensions:
            return False
        self._keys.invalidate(request.extensions.get(_KEY_VERSION_KEY, ""))
        return True

    def _drop_token(self, request: httpx.Request) -> bool:
        sent, op = bearer_of(request), request.extensions.get(OP_KEY)
        if sent is None:
            return False
        user = self.user if isinstance(op, Operation) and op.extra.get("user_session") else None
        (user.access if user is not None else self._store).invalidate(
            sent
        )  # the resend's sign() fetches a fresh one (single-flight)
        return True

    @staticmethod
    def _user_credentials_refused(request: httpx.Request, outcome: Outcome) -> bool:
        """A 401 from a user-credential operation that does not say the token was refused."""
        op = request.extensions.get(OP_KEY)
        return (
            isinstance(op, Operation)
            and bool(op.extra.get("user_credentials"))
            and not is_token_rejection(outcome)
        )

    def recover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        if is_key_version_rejection(outcome):
            if not self._drop_key(request):
                return False  # the caller's own wrapper: a new token would not help
            self._seal(request, self._keys.get(self._handshake))
            return True
        if self._user_credentials_refused(request, outcome):
            return False  # the user's password or PIN: not resent, the shared token kept
        return self._drop_token(request)

    async def arecover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        if is_key_version_rejection(outcome):
            if not self._drop_key(request):
                return False
            self._seal(request, await self._keys.aget(self._ahandshake))
            return True
        if self._user_credentials_refused(request, outcome):
            return False
        return self._drop_token(request)
