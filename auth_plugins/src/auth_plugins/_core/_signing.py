"""The provider hook and the bottom transport that applies it to every attempt.

Signing is a transport, not an `httpx.Auth`: Auth runs above the transport stack, so a retry
below it would resend a stale timestamp. Here every attempt passes through `sign()` afresh.
A request for another origin (a redirect the caller chose to follow) is never signed, and any
credential header already on it is stripped.
"""

from __future__ import annotations

import httpx

from ._backchannel import Backchannel
from ._operations import Operation
from ._outcome import Outcome
from ._redact import SENSITIVE_HEADERS

__all__ = ["OP_KEY", "AsyncSigningTransport", "AuthPolicy", "Origin", "SigningTransport"]

OP_KEY = "auth_plugins.operation"

_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


def origin_of(url: httpx.URL) -> Origin:
    return (url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme, 0))


class AuthPolicy:
    """What a provider plugs into the shared stack. Every hook defaults to doing nothing.

    - `prepare` runs once per logical call, above the retry loop: values that must stay the same
      on every attempt (request ids, ciphertext).
    - `sign` runs on every attempt, just before the wire: timestamps, signatures, tokens.
    - `recover_unauthorized` sees a 401 outcome and may repair state (refresh a token, adopt the server's
      clock); returning True asks for one more attempt, at most once per call.
    """

    channel: Backchannel | None = None
    achannel: Backchannel | None = None

    def attach(self, channel: Backchannel | None = None, achannel: Backchannel | None = None) -> None:
        """Called by the stack builder: where this signer sends its own requests (tokens, keys)."""
        if channel is not None:
            self.channel = channel
        if achannel is not None:
            self.achannel = achannel

    def prepare(self, request: httpx.Request, op: Operation | None) -> None:
        return None

    async def aprepare(self, request: httpx.Request, op: Operation | None) -> None:
        self.prepare(request, op)

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        return None

    async def asign(self, request: httpx.Request, op: Operation | None) -> None:
        self.sign(request, op)

    def recover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        return False

    async def arecover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        return self.recover_unauthorized(request, response, outcome)

    def close(self) -> None:
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def _strip_credentials(request: httpx.Request, sensitive: frozenset[str]) -> None:
    for name in list(request.headers.keys()):
        if name.lower() in sensitive:
            del request.headers[name]


class _SigningBase:
    def __init__(self, signer: AuthPolicy, origin: Origin, credential_headers: frozenset[str]) -> None:
        self._signer = signer
        self._origin = origin
        self._sensitive = SENSITIVE_HEADERS | credential_headers
        self._seen: tuple[str, bytes] | None = None

    def _same_origin(self, request: httpx.Request) -> bool:
        # (scheme, raw netloc) of the last URL found same-origin: skips host decoding per attempt.
        url = request.url
        key = (url.scheme, url.netloc)
        if key == self._seen:
            return True
        if origin_of(url) == self._origin:
            self._seen = key
            return True
        _strip_credentials(request, self._sensitive)
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} origin={self._origin[0]}://{self._origin[1]}:{self._origin[2]}>"


class SigningTransport(_SigningBase, httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        signer: AuthPolicy,
        origin: Origin,
        credential_headers: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(signer, origin, credential_headers)
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._same_origin(request):
            self._signer.sign(request, request.extensions.get(OP_KEY))
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncSigningTransport(_SigningBase, httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        signer: AuthPolicy,
        origin: Origin,
        credential_headers: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(signer, origin, credential_headers)
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._same_origin(request):
            await self._signer.asign(request, request.extensions.get(OP_KEY))
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()
