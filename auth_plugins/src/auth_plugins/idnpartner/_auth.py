"""The idnpartner policy: x-request-id and x-language per call; x-app-key, the Bearer for the
operation's token kind and x-user-token per attempt; and the three-token renewal chain."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from .._core import (
    AuthPolicy,
    Backchannel,
    Clock,
    HeaderBlock,
    Operation,
    OperationTable,
    Outcome,
    Token,
)
from .._core._httpx_compat import replace_header
from .._core._signing import OP_KEY
from ..errors import AuthenticationError, ConfigurationError, EnvelopeError
from ._credentials import Credentials, Language, check_language
from ._request_ids import REQUEST_ID_HEADER, REQUEST_IDS, new_request_id
from ._session import Session, login_required

__all__ = [
    "IDEMPOTENCY_HEADERS",
    "ISSUE_OP",
    "LOGIN_OP",
    "IdnpartnerAuth",
    "RequestHook",
    "check_operations",
    "parse_token",
]

RequestHook = Callable[[httpx.Request], None]
IDEMPOTENCY_HEADERS = ("x-request-id",)

# Operation ids (spec operationId) the plugin drives itself; paths and methods come from the spec.
LOGIN_OP = "authenticate_user"
ISSUE_OP = "create_token"
RENEW_ACCESS_OP = "refresh_access_token"
RENEW_REFRESH_OP = "renew_refresh_token"
_EXPECTED_KIND = {LOGIN_OP: "none", ISSUE_OP: "user", RENEW_ACCESS_OP: "refresh", RENEW_REFRESH_OP: "user"}
TOKEN_KINDS = frozenset({"access", "refresh", "user", "none"})

# 401 codes (spec `Unauthorized`) that no token renewal can fix.
_NOT_A_TOKEN_PROBLEM = frozenset({"app_key_invalid", "invalid_credentials"})
_USER_TOKEN_CODES = frozenset({"user_token_expired", "user_token_invalid"})


def check_operations(table: OperationTable) -> OperationTable:
    for op in table.operations:
        if op.token_kind not in TOKEN_KINDS:
            raise ConfigurationError(f"idnpartner operation {op.id}: unknown token kind {op.token_kind!r}")
    for op_id, kind in _EXPECTED_KIND.items():
        found = table.by_id.get(op_id)
        if found is None or found.token_kind != kind:
            raise ConfigurationError(f"idnpartner spec must have {op_id} with x-token-kind {kind}")
    return table


def _kind(op: Operation | None) -> str:
    """Which token the Bearer carries; a route missing from the spec is a regular API request."""
    return op.token_kind if op is not None else "access"


def _bearer_of(request: httpx.Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def parse_token(
    response: httpx.Response, op_id: str, field: str, ttl_field: str, clock: Clock
) -> tuple[Token, dict[str, Any]]:
    """A token from a token operation's answer. The body is never put in an error: it holds tokens."""
    try:
        data = response.json()
    except ValueError:
        data = None
    value = data.get(field) if isinstance(data, dict) else None
    if not isinstance(value, str) or not value:
        raise EnvelopeError(f"{op_id} answered without {field}", status_code=response.status_code)
    assert isinstance(data, dict)
    ttl = data.get(ttl_field)
    expires_at = None
    if isinstance(ttl, int | float) and not isinstance(ttl, bool):
        expires_at = clock.now() + float(ttl)
    return Token(value, expires_at), data


def _auth_headers(app_key: str, bearer: str | None, user: str | None) -> HeaderBlock:
    """x-app-key always; Authorization and x-user-token when the route wants them, else removed."""
    values = {"x-app-key": app_key}
    remove = []
    if bearer is None:
        remove.append("authorization")
    else:
        values["Authorization"] = f"Bearer {bearer}"
    if user is None:
        remove.append("x-user-token")
    else:
        values["x-user-token"] = user
    return HeaderBlock(values, remove)


class IdnpartnerAuth(AuthPolicy):
    """Per call: x-request-id and x-language. Per attempt: x-app-key, the Bearer for the
    operation's token kind, x-user-token where the operation is user-scoped, then `request_hook`."""

    def __init__(
        self,
        credentials: Credentials,
        session: Session,
        *,
        operations: OperationTable,
        language: Language | None = None,
        request_hook: RequestHook | None = None,
    ) -> None:
        self._creds = credentials
        self.session = session
        self._language_value = check_language(language)
        self._language = None if language is None else HeaderBlock({"x-language": language})
        self.request_hook = request_hook
        check_operations(operations)
        self._renew_access_op = operations.by_id[RENEW_ACCESS_OP]
        self._renew_refresh_op = operations.by_id[RENEW_REFRESH_OP]
        # The auth headers for one (bearer, user token) pair, encoded once until a token changes.
        self._auth: tuple[tuple[str | None, str | None], HeaderBlock] = (
            (None, None),
            _auth_headers(credentials.app_key, None, None),
        )

    @property
    def language(self) -> Language | None:
        """The x-language every call sends unless it sets its own (fixed when the client is built)."""
        return self._language_value

    def secrets(self) -> set[str]:
        """The credentials' secrets plus the session's user, refresh and access tokens."""
        session = self.session
        tokens = (session.user_token, session.refresh_token, session.access.current)
        return super().secrets() | {t.value for t in tokens if t is not None}

    # Once per logical call, above retry.
    def prepare(self, request: httpx.Request, op: Operation | None) -> None:
        replace_header(request.headers, (REQUEST_ID_HEADER, REQUEST_ID_HEADER, REQUEST_IDS.take()))
        if self._language is not None:
            self._language.apply_defaults(request.headers)

    # Every attempt.
    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        kind = _kind(op)
        bearer = self.session.access.get(self._renew).value if kind == "access" else self._other(kind)
        self._apply(request, op, bearer)

    async def asign(self, request: httpx.Request, op: Operation | None) -> None:
        kind = _kind(op)
        if kind == "access":
            access = self.session.access
            bearer: str | None = (access.usable() or await access.aget(self._arenew)).value
        else:
            bearer = self._other(kind)
        self._apply(request, op, bearer)

    def _other(self, kind: str) -> str | None:
        if kind == "none":
            return None
        token = self.session.refresh_token if kind == "refresh" else self.session.user_token
        if token is None:
            raise login_required(f"no {kind} token in this session (not logged in)")
        return token.value

    def _apply(self, request: httpx.Request, op: Operation | None, bearer: str | None) -> None:
        user: str | None = None
        if op is not None and op.user_token:
            token = self.session.user_token
            if token is None:
                raise login_required("no x-user-token in this session (not logged in)")
            user = token.value
        key = (bearer, user)
        cached = self._auth
        if cached[0] != key:
            cached = self._auth = (key, _auth_headers(self._creds.app_key, bearer, user))
        cached[1].apply(request.headers)
        if self.request_hook is not None:
            self.request_hook(request)

    def recover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        if outcome.error_type in _USER_TOKEN_CODES:
            self.session.forget_user(request.headers.get("x-user-token") or _bearer_of(request))
            raise login_required("the x-user-token was rejected", outcome)
        kind = _kind(request.extensions.get(OP_KEY))  # the operation the stack found for this call
        if kind != "access" or outcome.error_type in _NOT_A_TOKEN_PROBLEM:
            return False
        sent = _bearer_of(request)
        if sent is not None:
            self.session.access.invalidate(sent)
        return True

    # Renewal: runs under the access store's lock, once for all waiters.
    def _token_request(self, channel: Backchannel, op: Operation, bearer: str) -> httpx.Request:
        headers = {
            "x-app-key": self._creds.app_key,
            "x-request-id": new_request_id(),
            "Authorization": f"Bearer {bearer}",
        }
        if self.language is not None:
            headers["x-language"] = self.language
        request = channel.request(op.method, op.path, headers=headers)
        if self.request_hook is not None:
            self.request_hook(request)
        return request

    def _renew(self, _old: Token | None) -> Token:
        channel = self.channel
        if channel is None:
            raise RuntimeError("this signer was not attached to a sync transport")
        renewal = _Renewal(self)
        step = renewal.first()
        while True:
            try:
                response = channel.call(self._token_request(channel, *step))
            except AuthenticationError as exc:
                step = renewal.rejected(exc)
                continue
            result = renewal.answered(response)
            if isinstance(result, Token):
                return result
            step = result

    async def _arenew(self, _old: Token | None) -> Token:
        channel = self.achannel
        if channel is None:
            raise RuntimeError("this signer was not attached to an async transport")
        renewal = _Renewal(self)
        step = renewal.first()
        while True:
            try:
                response = await channel.acall(self._token_request(channel, *step))
            except AuthenticationError as exc:
                step = renewal.rejected(exc)
                continue
            result = renewal.answered(response)
            if isinstance(result, Token):
                return result
            step = result


class _Renewal:
    """The renewal chain's decisions, shared by the sync and async loops above.

    access via the refresh token (the fleet's newest, with a shared store; rejected: the fleet's
    newer one, once, if another process rotated it) → (refresh token expired or rejected) a new
    refresh token via the x-user-token, then access → (rejected too) LoginRequired. It runs while the access
    store's lock is held, so it never touches that store itself.
    """

    def __init__(self, signer: IdnpartnerAuth) -> None:
        self._signer = signer
        self._session = signer.session
        self._refresh: Token | None = None
        self._user: Token | None = None
        self._stage = ""

    def first(self) -> tuple[Operation, str]:
        refresh = self._session.usable(self._session.latest_refresh())
        if refresh is not None:
            return self._access_with(refresh, stage="refresh")
        return self._refresh_with_user()

    def _access_with(self, refresh: Token, *, stage: str) -> tuple[Operation, str]:
        self._refresh, self._stage = refresh, stage
        return self._signer._renew_access_op, refresh.value

    def _refresh_with_user(self) -> tuple[Operation, str]:
        user = self._session.usable(self._session.user_token)
        if user is None:
            raise login_required("no usable x-user-token (not logged in, or it has expired)")
        self._user, self._stage = user, "user"
        return self._signer._renew_refresh_op, user.value

    def rejected(self, exc: AuthenticationError) -> tuple[Operation, str]:
        if exc.error_type in _NOT_A_TOKEN_PROBLEM:
            raise exc
        if self._stage in ("refresh", "fleet-refresh") and self._refresh is not None:
            if self._stage == "refresh":  # another process of the fleet may have rotated it
                newer = self._session.usable(self._session.latest_refresh())
                if newer is not None and newer.value != self._refresh.value:
                    return self._access_with(newer, stage="fleet-refresh")
            self._session.forget_refresh(self._refresh)
            return self._refresh_with_user()
        self._session.forget_user(self._user.value if self._user else None, clear_access=False)
        raise login_required("the refresh token and the x-user-token were rejected", exc) from exc

    def answered(self, response: httpx.Response) -> Token | tuple[Operation, str]:
        clock = self._session.clock
        if self._stage == "user":
            refresh, _ = parse_token(response, RENEW_REFRESH_OP, "refresh_token", "expires_in", clock)
            self._session.store_refresh(refresh)
            return self._access_with(refresh, stage="new-refresh")
        access, _ = parse_token(response, RENEW_ACCESS_OP, "access_token", "expires_in", clock)
        return access
