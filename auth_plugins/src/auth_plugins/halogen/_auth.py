"""The AuthPolicy hooks: a cached JWT as `Authorization: Bearer`, re-minted once after a 401."""

from __future__ import annotations

import httpx

from .._core import AuthPolicy, Clock, HeaderBlock, Operation, Outcome, Token, TokenStore
from ._credentials import Credentials
from ._jwt import DEFAULT_TTL, check_ttl, mint

__all__ = ["HalogenAuth"]

_BEARER = "Bearer "


class HalogenAuth(AuthPolicy):
    """Signs every attempt with the store's current JWT.

    Minting is local (no token endpoint), but an RSA-4096 signature costs milliseconds, so the
    token is cached in a `TokenStore` shared by every client of the same credentials and reused
    until shortly before `exp`; the store mints once for any number of waiting threads or tasks.
    """

    def __init__(
        self,
        credentials: Credentials,
        store: TokenStore,
        *,
        ttl: int = DEFAULT_TTL,
        audience: str | None = None,
    ) -> None:
        self._creds = credentials
        self.store = store
        self.ttl = check_ttl(ttl)
        self.audience = audience  # the `aud` claim: the origin this policy's tokens are for
        self._auth: tuple[str, HeaderBlock] = ("", HeaderBlock({}))  # Authorization for one token

    @property
    def clock(self) -> Clock:
        return self.store.clock

    def mint(self, _previous: Token | None = None) -> Token:
        token, claims = mint(
            self._creds.key_id,
            self._creds.private_key,
            now=self.clock.now(),
            ttl=self.ttl,
            audience=self.audience,
        )
        return Token(token, expires_at=float(claims["exp"]), extra={"jti": claims["jti"]})

    async def _amint(self, previous: Token | None) -> Token:
        return self.mint(previous)

    def _bearer(self, value: str) -> HeaderBlock:
        cached = self._auth
        if cached[0] != value:
            cached = self._auth = (value, HeaderBlock({"Authorization": _BEARER + value}))
        return cached[1]

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        self._bearer(self.store.get(self.mint).value).apply(request.headers)

    async def asign(self, request: httpx.Request, op: Operation | None) -> None:
        token = self.store.usable() or await self.store.aget(self._amint)
        self._bearer(token.value).apply(request.headers)

    def recover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        # The server refused this token (expired by its clock, or revoked): forget it, learn the
        # server's clock from its Date header (so the next token's iat/exp are right by it),
        # and let the stack resend once with a new token.
        sent = request.headers.get("authorization", "")
        if sent.startswith(_BEARER):
            self.store.invalidate(sent[len(_BEARER) :])
        self.clock.observe_server_date(response.headers.get("date"))
        return True

    def __repr__(self) -> str:
        return f"<HalogenAuth key_id={self._creds.key_id!r} alg={self._creds.algorithm} ttl={self.ttl}>"
