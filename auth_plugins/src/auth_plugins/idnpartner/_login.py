"""Logging a user in: the x-user-token, then the access and refresh tokens."""

from __future__ import annotations

from typing import Protocol

import httpx

from .._core import SENSITIVE_HEADERS, Operation, classify_http_json, outcome_of, require_text
from .._core._scrub import redact_headers, scrub_error
from ..errors import AuthPluginsError
from ._auth import ISSUE_OP, LOGIN_OP, parse_token
from ._provider import provider
from ._session import Session, session_of

__all__ = ["alogin", "login"]


class _HasSync(Protocol):
    def get_httpx_client(self) -> httpx.Client: ...


class _HasAsync(Protocol):
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


def _checked(response: httpx.Response) -> httpx.Response:
    outcome = outcome_of(response) or classify_http_json(response)
    if not outcome.ok:
        raise outcome.to_error(
            headers=redact_headers(response.headers, SENSITIVE_HEADERS | provider.credential_headers)
        )
    return response


def _login_parts(username: str, password: str) -> tuple[Operation, Operation, dict[str, str]]:
    require_text("idnpartner.login", "username", username, header=False)
    require_text("idnpartner.login", "password", password, header=False)
    ops = provider.operations.by_id
    return ops[LOGIN_OP], ops[ISSUE_OP], {"username": username, "password": password}


def _adopt_login(session: Session, response: httpx.Response) -> None:
    user, data = parse_token(response, LOGIN_OP, "user_token", "expires_in", session.clock)
    user_id = data.get("user_id")
    session.begin(user, user_id if isinstance(user_id, str) else None)


def _adopt_pair(session: Session, response: httpx.Response) -> None:
    clock = session.clock
    access, _ = parse_token(response, ISSUE_OP, "access_token", "expires_in", clock)
    refresh, _ = parse_token(response, ISSUE_OP, "refresh_token", "refresh_expires_in", clock)
    session.adopt(access=access, refresh=refresh)


def login(
    client: _HasSync | httpx.Client, username: str, password: str, *, session: Session | None = None
) -> Session:
    """Authenticate the user (x-user-token), then obtain the access and refresh tokens.

    `client` is one from `client()` (its session is found), or an `httpx.Client` with `base_url`
    set and an `idnpartner.transport()`, with `session=` the session that transport uses. Every
    client sharing the session is logged in. The password is sent once and never stored.
    """
    sess = session if session is not None else session_of(client)
    auth_op, issue_op, body = _login_parts(username, password)
    http = client if isinstance(client, httpx.Client) else client.get_httpx_client()
    try:
        _adopt_login(sess, _checked(http.request(auth_op.method, auth_op.path, json=body)))
        _adopt_pair(sess, _checked(http.request(issue_op.method, issue_op.path)))
    except AuthPluginsError as exc:
        scrub_error(exc, (password,))  # a server echoing the password puts it in no error
        raise
    return sess


async def alogin(
    client: _HasAsync | httpx.AsyncClient, username: str, password: str, *, session: Session | None = None
) -> Session:
    """`login` for async code (an `httpx.AsyncClient` over `idnpartner.async_transport()`, or a client)."""
    sess = session if session is not None else session_of(client)
    auth_op, issue_op, body = _login_parts(username, password)
    http = client if isinstance(client, httpx.AsyncClient) else client.get_async_httpx_client()
    # Storing tokens never waits on a renewal (TokenStore's state lock is never held across an await).
    try:
        _adopt_login(sess, _checked(await http.request(auth_op.method, auth_op.path, json=body)))
        _adopt_pair(sess, _checked(await http.request(issue_op.method, issue_op.path)))
    except AuthPluginsError as exc:
        scrub_error(exc, (password,))
        raise
    return sess
