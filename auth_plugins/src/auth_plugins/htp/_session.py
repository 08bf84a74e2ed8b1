"""Signed-in users: one `UserSession` per user, never shared by accident.

Login and register are not among the docs' public routes, so they are sent with the agent's
connect token, and they answer with the user's tokens. Operations the spec marks
`x-user-session: true` (profile, PIN, KYC, cards, orders, inbox...) act for that user: their
Bearer is the user's access token, taken from the `UserSession` the client was built with
(`htp.client(creds, base_url=..., user=session)`); every other protected operation keeps the
connect token. A client without a session refuses a user operation (`LoginRequired`) before
anything is sent, so an agent token is never used where a user's is meant.

The user's access token is renewed through the spec's token route (`refresh_token`, sent with the
connect token) 60 s before it expires or after an envelope 401, single-flight per session (one
renewal for every thread and task, the lock on the session's `TokenStore`); refresh tokens may
rotate, so the newest is kept. `logout()` revokes the refresh token server-side and drops both.

Fleets: a session given to a client built with `token_store=` a fleet's store (`RedisTokenStore`)
shares the user's tokens with every process using that store, by the user's id (the login
answer's `user.id`, or `UserSession(user_id=...)` to join a user another process signed in):
one renewal fleet-wide, and a renewal reads the newest refresh token first, so a token another
process rotated is used rather than refused.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import httpx

from .._core import Clock, Token, TokenStore
from ..errors import AuthenticationError, EnvelopeError

if TYPE_CHECKING:
    from .._core import Backchannel, Scope, TokenBackend

__all__ = [
    "LOGIN_PATH",
    "REFRESH_PATH",
    "LoginRequired",
    "UserSession",
    "alogin",
    "alogout",
    "login",
    "logout",
    "user_for",
]

LOGIN_PATH = "/api/v1/auth/login"
REFRESH_PATH = "/api/v1/auth/refresh-token"
LOGOUT_PATH = "/api/v1/auth/logout"
USER_LEEWAY = 60.0


class LoginRequired(AuthenticationError):
    """A user operation without a signed-in user, or a user whose session is gone (its refresh
    token was refused or logged out): sign in again with `htp.login(...)`."""


def login_required(message: str) -> LoginRequired:
    return LoginRequired(message, status_code=401, error_type="login_required")


def _agent_refused(exc: AuthenticationError) -> bool:
    """The docs' 401 for a missing or refused Bearer (the connect token), not the refresh token's."""
    message = exc.message.lower()
    return "authentication required" in message or "需要身份验证" in message


def _session_data(response: httpx.Response, what: str) -> dict[str, Any]:
    body = response.json()
    data = body.get("data") if isinstance(body, dict) else None
    status = body.get("status_code") if isinstance(body, dict) else None
    if not isinstance(data, dict) or status not in (200, 201):
        raise EnvelopeError(f"{what} answer has no user tokens", status_code=response.status_code)
    return data


class UserSession:
    """One signed-in user's access and refresh tokens.

    Made by `htp.login()` / `alogin()` (or `UserSession.adopt(...)` from tokens you stored). Pass
    it to the clients that act for this user: `htp.client(creds, base_url=..., user=session)`.
    Two users are two sessions; nothing is shared unless the same session is passed.
    """

    def __init__(
        self, clock: Clock | None = None, *, leeway: float = USER_LEEWAY, user_id: str | None = None
    ) -> None:
        self.clock = clock if clock is not None else Clock()
        self.leeway = leeway
        self.access = TokenStore(self.clock, leeway=leeway)
        self._lock = threading.Lock()
        self._refresh: str | None = None
        self.user_id: str | None = user_id
        self._fleet: tuple[TokenBackend, Scope] | None = None

    # -- a fleet's shared store ----------------------------------------------------------------

    def share(self, backend: TokenBackend, scope: Scope) -> None:
        """Keep this user's tokens in `backend` too (`scope`: the agent's; the user id is added).

        Called by `htp.client(..., user=session, token_store=...)`; a session without a user id
        stays in process."""
        with self._lock:
            if self._fleet is not None or self.user_id is None:
                return
            self._fleet = (backend, scope.child(f"user:{self.user_id}"))
        current = self.access.current
        self.access = backend.store(self._scope("access"), clock=self.clock, leeway=self.leeway)
        if current is not None:
            self.access.set(current)
        if self._refresh is not None:
            backend.publish(self._scope("refresh"), Token(self._refresh), self.clock)

    def _scope(self, what: str) -> Scope:
        assert self._fleet is not None
        return self._fleet[1].child(f"{self._fleet[1].kind}:{what}")

    def _latest_refresh(self) -> str | None:
        """The refresh token to renew with: the fleet's newest (another process may have rotated it)."""
        if self._fleet is not None:
            found = self._fleet[0].peek(self._scope("refresh"), self.clock)
            if found is not None:
                with self._lock:
                    self._refresh = found.value
        with self._lock:
            return self._refresh

    def __repr__(self) -> str:
        state = "signed in" if self.logged_in else "signed out"
        return f"<htp.UserSession user_id={self.user_id!r} {state}>"

    @classmethod
    def adopt(
        cls, data: dict[str, Any], *, clock: Clock | None = None, leeway: float = USER_LEEWAY
    ) -> UserSession:
        """A session from a login, register or refresh answer's `data`
        (`{access_token, refresh_token, expires_in, user?}`)."""
        session = cls(clock, leeway=leeway)
        session._take(data)
        return session

    def _take(self, data: dict[str, Any]) -> Token:
        access, refresh = data.get("access_token"), data.get("refresh_token")
        expires_in = data.get("expires_in")
        if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
            raise EnvelopeError("the answer has no access_token and refresh_token", status_code=200)
        if isinstance(expires_in, bool) or not isinstance(expires_in, int | float) or expires_in <= 0:
            raise EnvelopeError("the answer has no valid expires_in", status_code=200)
        token = Token(access, expires_at=self.clock.now() + float(expires_in))
        user = data.get("user")
        with self._lock:
            self._refresh = refresh
            if isinstance(user, dict) and isinstance(user.get("id"), str):
                self.user_id = user["id"]
        self.access.set(token)
        if self._fleet is not None:
            self._fleet[0].publish(self._scope("refresh"), Token(refresh), self.clock)  # lifetime unstated
        return token

    @property
    def logged_in(self) -> bool:
        return self._refresh is not None or (self._fleet is not None and self._latest_refresh() is not None)

    def secrets(self) -> set[str]:
        current = self.access.current
        return {v for v in (self._refresh, current.value if current else None) if v}

    # -- renewal through the spec's token route (sent with the connect token) -------------------

    def _refresh_request(self, channel: Backchannel, headers: dict[str, str]) -> httpx.Request:
        refresh = self._latest_refresh()
        if refresh is None:
            raise login_required("this user session is signed out; sign in again with htp.login(...)")
        return channel.request("POST", REFRESH_PATH, json={"refresh_token": refresh}, headers=headers)

    def _renewed(self, response: httpx.Response) -> Token:
        return self._take(_session_data(response, "refresh-token"))

    def token(self, channel: Backchannel, headers: Any) -> Token:
        """The user's access token, renewed first when due (one renewal for all threads).

        `headers(renew)` gives the connect-token headers the refresh route is sent with (renew:
        drop the connect token first, after the server refused it)."""

        def fetch(old: Token | None) -> Token:
            try:
                return self._renewed(channel.call(self._refresh_request(channel, headers(False))))
            except AuthenticationError as exc:
                if not _agent_refused(exc):
                    raise self._gone() from exc
            try:  # the connect token was refused, not the refresh token: once more with a new one
                return self._renewed(channel.call(self._refresh_request(channel, headers(True))))
            except AuthenticationError as exc:
                raise self._gone() from exc

        return self.access.get(fetch)

    async def atoken(self, channel: Backchannel, headers: Any) -> Token:
        async def fetch(old: Token | None) -> Token:
            try:
                return self._renewed(
                    await channel.acall(self._refresh_request(channel, await headers(False)))
                )
            except AuthenticationError as exc:
                if not _agent_refused(exc):
                    raise self._gone() from exc
            try:
                return self._renewed(await channel.acall(self._refresh_request(channel, await headers(True))))
            except AuthenticationError as exc:
                raise self._gone() from exc

        return await self.access.aget(fetch)

    def _gone(self) -> LoginRequired:
        self._drop()
        return login_required("the user's refresh token was refused; sign in again with htp.login(...)")

    def _drop(self) -> None:
        with self._lock:
            self._refresh = None
        self.access.set(None)
        if self._fleet is not None:
            self._fleet[0].publish(self._scope("refresh"), None, self.clock)

    def _logout_body(self) -> dict[str, str] | None:
        with self._lock:
            refresh = self._refresh
        return {"refresh_token": refresh} if refresh else None


def _http(client: Any, kind: type[httpx.Client] | type[httpx.AsyncClient]) -> Any:
    if isinstance(client, kind):
        return client
    return client.get_httpx_client() if kind is httpx.Client else client.get_async_httpx_client()


def _signed_in(data: dict[str, Any], session: UserSession | None, clock: Clock | None) -> UserSession:
    if session is None:
        return UserSession.adopt(data, clock=clock)
    session._take(data)
    return session


def login(
    client: Any, email: str, password: str, *, session: UserSession | None = None, clock: Clock | None = None
) -> UserSession:
    """Sign a user in (`login_user`, with the connect token; encrypted when the client encrypts)
    and return the user's own session (or sign `session` in again, e.g. after `LoginRequired`).
    Build that user's client with `htp.client(creds, base_url=..., user=session)`. A wrong
    password raises `AuthenticationError` (not resent; the connect token is kept)."""
    response = _http(client, httpx.Client).post(LOGIN_PATH, json={"email": email, "password": password})
    return _signed_in(_session_data(response, "login"), session, clock)


async def alogin(
    client: Any, email: str, password: str, *, session: UserSession | None = None, clock: Clock | None = None
) -> UserSession:
    """`login` for async code."""
    http = _http(client, httpx.AsyncClient)
    response = await http.post(LOGIN_PATH, json={"email": email, "password": password})
    return _signed_in(_session_data(response, "login"), session, clock)


def logout(client: Any, session: UserSession) -> None:
    """Revoke the user's refresh token (`logout_user`, public) and drop the session's tokens."""
    body = session._logout_body()
    session._drop()
    if body is not None:
        _http(client, httpx.Client).post(LOGOUT_PATH, json=body)


async def alogout(client: Any, session: UserSession) -> None:
    body = session._logout_body()
    session._drop()
    if body is not None:
        await _http(client, httpx.AsyncClient).post(LOGOUT_PATH, json=body)


def user_for(session: UserSession | None, op: Any) -> UserSession:
    """The client's user session for a user operation, or LoginRequired before anything is sent."""
    if session is None:
        raise login_required(
            f"{op.id} acts for a signed-in user: sign in with htp.login(client, email, password) "
            "and build the user's client with htp.client(creds, base_url=..., user=session)"
        )
    return session
