"""Shared pieces of the idnpartner unit tests (no tests here): an operation table built in the test,
a fake server over `httpx.MockTransport`, and the stack wired around `IdnpartnerAuth`.

The fake is deliberately independent of the spec manifest and the sandbox: it knows the four token
routes and answers 401 with the spec's codes when a Bearer token is not one it issued.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx

from auth_plugins import idnpartner
from auth_plugins._core import (
    Clock,
    FrozenClock,
    OperationTable,
    Profile,
    StackOptions,
    Token,
    build_async_transport,
    build_transport,
    classify_http_json,
)

BASE = "https://idn.invalid"
APP_KEY = "ak_unit_test_9a8b"
CREDS = idnpartner.Credentials(app_key=APP_KEY)
START = 1_767_225_600.0

TABLE = OperationTable.from_manifest(
    {
        "operations": [
            {"id": "authenticate_user", "method": "POST", "path": "/v1/auth/user", "token_kind": "none"},
            {"id": "create_token", "method": "POST", "path": "/v1/auth/token", "token_kind": "user"},
            {
                "id": "refresh_access_token",
                "method": "POST",
                "path": "/v1/auth/token/access",
                "token_kind": "refresh",
            },
            {
                "id": "renew_refresh_token",
                "method": "POST",
                "path": "/v1/auth/token/refresh",
                "token_kind": "user",
            },
            {"id": "list_banks", "method": "GET", "path": "/v1/banks", "token_kind": "access"},
            {
                "id": "get_user_profile",
                "method": "GET",
                "path": "/v1/users/me",
                "token_kind": "access",
                "user_token": True,
            },
            {
                "id": "create_transfer",
                "method": "POST",
                "path": "/v1/transfers",
                "token_kind": "access",
                "user_token": True,
            },
        ]
    }
)
PROFILE = Profile("idnpartner", classify_http_json, TABLE, idnpartner.IDEMPOTENCY_HEADERS)


def snapshot(request: httpx.Request) -> httpx.Request:
    """A copy of the request as it is now: a retry resends (and re-signs) the same object."""
    return httpx.Request(request.method, request.url, headers=request.headers.multi_items())


def error(status: int, code: str, message: str = "ditolak", **headers: str) -> httpx.Response:
    return httpx.Response(
        status, json={"code": code, "message": message, "request_id": None}, headers=headers
    )


class FakeServer:
    """Issues tokens on the four token routes and checks the Bearer of everything else.

    `requests` holds a snapshot of every attempt as it reached the wire.

    `script` holds responses served before any logic (faults); `delay` slows the token routes so
    concurrent callers pile up behind a renewal.
    """

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.user = {"ut-1"}
        self.refresh = {"rt-1"}
        self.access = {"at-1"}
        self.script: list[httpx.Response] = []
        self.delay = 0.0
        self._n = itertools.count(2)
        self._lock = threading.Lock()

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def _new(self, kind: str, pool: set[str]) -> str:
        value = f"{kind}-{next(self._n)}"
        pool.add(value)
        return value

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(snapshot(request))
            if self.script:
                return self.script.pop(0)
        path = request.url.path
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if path == "/v1/auth/user":
            return httpx.Response(200, json={"user_id": "usr_1", "user_token": "ut-1", "expires_in": 86400})
        if path in ("/v1/auth/token", "/v1/auth/token/refresh", "/v1/auth/token/access"):
            time.sleep(self.delay)
        if path == "/v1/auth/token":
            if bearer not in self.user:
                return error(401, "user_token_expired")
            body = {
                "access_token": self._new("at", self.access),
                "refresh_token": self._new("rt", self.refresh),
            }
            return httpx.Response(200, json={**body, "expires_in": 900, "refresh_expires_in": 604800})
        if path == "/v1/auth/token/refresh":
            if bearer not in self.user:
                return error(401, "user_token_expired")
            return httpx.Response(
                200, json={"refresh_token": self._new("rt", self.refresh), "expires_in": 604800}
            )
        if path == "/v1/auth/token/access":
            if bearer not in self.refresh:
                return error(401, "token_expired")
            return httpx.Response(200, json={"access_token": self._new("at", self.access), "expires_in": 900})
        if bearer not in self.access:
            return error(401, "token_expired")
        if (
            request.headers.get("x-user-token") is not None
            and request.headers["x-user-token"] not in self.user
        ):
            return error(401, "user_token_expired")
        return httpx.Response(201 if request.method == "POST" else 200, json={"ok": True})


def logged_in(clock: Clock | None = None) -> idnpartner.Session:
    """A session holding ut-1 / rt-1 / at-1, as after login()."""
    clock = clock if clock is not None else FrozenClock(START)
    session = idnpartner.Session(clock)
    now = clock.now()
    session.begin(Token("ut-1", now + 86400), "usr_1")
    session.adopt(access=Token("at-1", now + 900), refresh=Token("rt-1", now + 604800))
    return session


def _no_sleep(seconds: float) -> None:
    return None


async def _ano_sleep(seconds: float) -> None:
    return None


def signer(session: idnpartner.Session, **kw: Any) -> idnpartner.IdnpartnerAuth:
    return idnpartner.IdnpartnerAuth(CREDS, session, operations=TABLE, **kw)


def sync_client(
    fake: Callable[[httpx.Request], httpx.Response],
    session: idnpartner.Session,
    *,
    profile: Profile = PROFILE,
    headers: dict[str, str] | None = None,
    **kw: Any,
) -> httpx.Client:
    options = StackOptions(base_url=BASE, sleep=_no_sleep)
    t = build_transport(profile, signer(session, **kw), options, httpx.MockTransport(fake))
    return httpx.Client(base_url=BASE, transport=t, headers=headers)


def async_client(
    fake: Callable[[httpx.Request], httpx.Response]
    | Callable[[httpx.Request], Coroutine[None, None, httpx.Response]],
    session: idnpartner.Session,
    **kw: Any,
) -> httpx.AsyncClient:
    options = StackOptions(base_url=BASE, async_sleep=_ano_sleep)
    t = build_async_transport(PROFILE, signer(session, **kw), options, httpx.MockTransport(fake))
    return httpx.AsyncClient(base_url=BASE, transport=t)
