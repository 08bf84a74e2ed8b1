"""Requests a signer makes on its own behalf (token issuance, key handshakes).

They go through the same connection pool and the same provider classifier as normal calls, but
not through retry or signing: the signer builds and signs them itself. Timeouts are always set.
A refused answer raises the typed error its policy builds (`AuthPolicy.error_for`: redacted
headers, secrets scrubbed), once the policy has attached this channel.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ..errors import ApiError
from ._outcome import Outcome, outcome_of
from ._telemetry import PATH_KEY
from ._telemetry import backchannel as _span

__all__ = ["Backchannel"]

Send = Callable[[httpx.Request], httpx.Response]
AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]
ErrorFor = Callable[[Outcome, httpx.Response, int], ApiError]


class Backchannel:
    def __init__(
        self,
        base_url: str,
        timeout: httpx.Timeout,
        send: Send | None = None,
        asend: AsyncSend | None = None,
    ) -> None:
        self.base_url = httpx.URL(base_url)
        self._timeout = timeout.as_dict()
        self._send = send
        self._asend = asend
        self.error_for: ErrorFor | None = None

    def __repr__(self) -> str:
        return f"<Backchannel {self.base_url}>"

    def request(
        self, method: str, path: str, *, json: Any = None, headers: dict[str, str] | None = None
    ) -> httpx.Request:
        base = str(self.base_url).rstrip("/")
        return httpx.Request(
            method,
            base + path,
            json=json,
            headers=headers,
            extensions={"timeout": self._timeout, PATH_KEY: path},
        )

    def _checked(self, response: httpx.Response) -> httpx.Response:
        outcome = outcome_of(response)
        if outcome is not None and not outcome.ok:
            if self.error_for is not None:
                raise self.error_for(outcome, response, 1)
            raise outcome.to_error()
        return response

    def call(self, request: httpx.Request) -> httpx.Response:
        """Send and return the response; a non-success outcome raises its typed error."""
        if self._send is None:
            raise RuntimeError("this signer was not attached to a sync transport")
        with _span(request) as answered:  # a span under the call that caused it, when tracing
            return self._checked(answered(self._send(request)))

    async def acall(self, request: httpx.Request) -> httpx.Response:
        if self._asend is None:
            raise RuntimeError("this signer was not attached to an async transport")
        with _span(request) as answered:
            return self._checked(answered(await self._asend(request)))
