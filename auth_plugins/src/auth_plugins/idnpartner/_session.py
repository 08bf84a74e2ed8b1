"""One user's three tokens (`Session`), and which session a client uses.

`LoginRequired` lives here because only a session decides that it is gone.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING, Any

from .._core import Clock, Outcome, Token, TokenStore
from ..errors import ApiError, AuthenticationError, ConfigurationError

if TYPE_CHECKING:
    from .._core import Scope, TokenBackend

__all__ = ["LoginRequired", "Session", "bind", "login_required", "session_of"]

_LOGIN_AGAIN = "log in again with idnpartner.login(client, username, password)"


class LoginRequired(AuthenticationError):
    """401 that no renewal can fix: the session is gone and the user must log in again."""


def login_required(reason: str, cause: ApiError | Outcome | None = None) -> LoginRequired:
    if isinstance(cause, Outcome):
        cause = cause.to_error()
    return LoginRequired(
        f"idnpartner: {reason}; {_LOGIN_AGAIN}",
        status_code=401,
        trace_id=cause.trace_id if cause else None,
        request_id=cause.request_id if cause else None,
        body=cause.body if cause else None,
        error_type=cause.error_type if cause else None,
    )


class Session:
    """One logged-in user's tokens: x-user-token, refresh token and access token.

    Each client owns one (made by `client()`); two clients act as the same user only when given
    the same one explicitly (`client(..., session=session_of(a))`), never because they share a
    credential and base URL. The access
    token's store renews it single-flight (60 s before expiry by default); the refresh and user
    tokens change only under that store's lock or in `login()`.

    Fleets: with a client's `token_store=` a fleet's store (`RedisTokenStore`), the session's
    three tokens are the fleet's, by user id (the login answer's `user_id`): every process that
    logged the user in, or that joined with `Session(user_id=...)`, renews the access token once
    fleet-wide, and a renewal starts from the fleet's newest refresh token (one another process
    rotated is used, not refused into a logout).
    """

    def __init__(
        self, clock: Clock | None = None, *, leeway: float = 60.0, user_id: str | None = None
    ) -> None:
        self.clock = clock if clock is not None else Clock()
        self.leeway = leeway
        self.access = TokenStore(self.clock, leeway=leeway)
        self._lock = threading.Lock()
        self._user: Token | None = None
        self._refresh: Token | None = None
        self.user_id: str | None = user_id
        self._backend: TokenBackend | None = None
        self._base: Scope | None = None
        self._shared: Scope | None = None  # the user's scope once the session is the fleet's

    # -- a fleet's shared store ----------------------------------------------------------------

    def share(self, backend: TokenBackend, scope: Scope) -> None:
        """Keep this session's tokens in `backend` too (`scope`: the credential's); by user id,
        from now on if the user is known, else from the next login. Called by `client()`."""
        with self._lock:
            if self._backend is not None:
                return
            self._backend, self._base = backend, scope
        self._bind()

    def _bind(self) -> None:
        backend, base, user_id = self._backend, self._base, self.user_id
        if backend is None or base is None or user_id is None:
            return
        scope = base.child(f"user:{user_id}")
        with self._lock:
            if self._shared == scope:
                return
            self._shared = scope
            user, refresh = self._user, self._refresh
        current = self.access.current
        self.access = backend.store(scope.child(f"{scope.kind}:access"), clock=self.clock, leeway=self.leeway)
        if current is not None:
            self.access.set(current)
        for what, token in (("user", user), ("refresh", refresh)):
            if token is not None:
                backend.publish(scope.child(f"{scope.kind}:{what}"), token, self.clock)

    def _publish(self, what: str, token: Token | None) -> None:
        shared, backend = self._shared, self._backend
        if shared is not None and backend is not None:
            backend.publish(shared.child(f"{shared.kind}:{what}"), token, self.clock)

    def _peek(self, what: str) -> Token | None:
        shared, backend = self._shared, self._backend
        if shared is None or backend is None:
            return None
        return self.usable(backend.peek(shared.child(f"{shared.kind}:{what}"), self.clock))

    def latest_refresh(self) -> Token | None:
        """The refresh token to renew with: the fleet's newest when it differs (a rotation)."""
        found = self._peek("refresh")
        with self._lock:
            if found is not None and (self._refresh is None or found.value != self._refresh.value):
                self._refresh = found
            return self._refresh

    def __repr__(self) -> str:
        def state(token: Token | None) -> str:
            return "set" if token is not None else "none"

        return (
            f"<idnpartner.Session user_id={self.user_id!r} user_token={state(self._user)} "
            f"refresh_token={state(self._refresh)} access_token={state(self.access.current)}>"
        )

    @property
    def logged_in(self) -> bool:
        return self.user_token is not None

    @property
    def user_token(self) -> Token | None:
        user = self._user
        if user is None and self._shared is not None:  # joined: the fleet's login
            user = self._peek("user")
            if user is not None:
                with self._lock:
                    self._user = user
        return user

    @property
    def refresh_token(self) -> Token | None:
        return self._refresh

    def begin(self, user_token: Token, user_id: str | None = None) -> None:
        """A new login: adopt its x-user-token and forget every token of the previous one."""
        with self._lock:
            self._user = user_token
            self._refresh = None
            self.user_id = user_id
        self.access.set(None)
        self._bind()
        self._publish("user", user_token)

    def adopt(self, *, access: Token | None = None, refresh: Token | None = None) -> None:
        """Store tokens obtained outside the automatic renewal (e.g. a direct create_token call)."""
        if refresh is not None:
            with self._lock:
                self._refresh = refresh
            self._publish("refresh", refresh)
        if access is not None:
            self.access.set(access)

    def logout(self) -> None:
        with self._lock:
            self._user = None
            self._refresh = None
            self.user_id = None
        self.access.set(None)
        self._publish("user", None)
        self._publish("refresh", None)

    def usable(self, token: Token | None) -> Token | None:
        """`token` while it has not expired, else None (the server still has the last word)."""
        return token if token is not None and token.fresh(self.clock.now(), 0.0) else None

    def forget_refresh(self, token: Token) -> None:
        """The refresh token was rejected: drop it, unless another renewal already replaced it."""
        with self._lock:
            if self._refresh is token:
                self._refresh = None

    def store_refresh(self, token: Token) -> None:
        """A refresh token renewed with the x-user-token."""
        with self._lock:
            self._refresh = token
        self._publish("refresh", token)

    def forget_user(self, value: str | None, *, clear_access: bool = True) -> None:
        """The x-user-token was rejected: every token of this login is useless now.

        `clear_access=False` inside a renewal, which holds the access store's lock already.
        """
        with self._lock:
            if self._user is None or (value is not None and self._user.value != value):
                return
            self._user = None
            self._refresh = None
        self._publish("user", None)
        self._publish("refresh", None)
        if clear_access:
            self.access.set(None)


_bound: dict[int, tuple[weakref.ref[Any], Session]] = {}
_bound_lock = threading.Lock()


def bind(obj: object, session: Session) -> None:
    """Remember that `obj` (a client from `client()`) uses `session`, for `session_of`."""
    key = id(obj)

    def forget(ref: weakref.ref[Any]) -> None:
        with _bound_lock:
            entry = _bound.get(key)
            if entry is not None and entry[0] is ref:
                del _bound[key]

    with _bound_lock:
        _bound[key] = (weakref.ref(obj, forget), session)


def session_of(client: object) -> Session:
    """The session a client from `client()` uses."""
    entry = _bound.get(id(client))
    if entry is None or entry[0]() is not client:
        raise ConfigurationError(
            "not a client built by idnpartner.client(); pass session= (the one its transport uses)"
        )
    return entry[1]
