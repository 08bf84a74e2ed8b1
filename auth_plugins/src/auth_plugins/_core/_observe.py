"""`on_request` / `on_response`: what really goes on the wire, for every attempt, with credentials hidden.

The hooks sit below signing and encryption (just above the HTTP transport), so they see the
headers, signatures and ciphertext the server receives; httpx's own event hooks run above the
whole stack and see the request before any of that. Each hook gets a copy whose credential
headers read `[redacted]`; the real request and response are never handed out. `on_response`
needs the body, so the response is read here, as the retry loop reads it (`read_within`: within
the size cap, and timed).
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

import httpx

from ._envelope import aread_within, read_within
from ._scrub import REDACTED

__all__ = ["AsyncObservingTransport", "Observer", "ObservingTransport", "RequestHook", "ResponseHook"]

RequestHook = Callable[[httpx.Request], object]
ResponseHook = Callable[[httpx.Response], object]


class Observer:
    def __init__(
        self,
        on_request: RequestHook | None,
        on_response: ResponseHook | None,
        sensitive: frozenset[str],
        max_bytes: int | None,
    ) -> None:
        self.on_request = on_request
        self.on_response = on_response
        self._sensitive = sensitive
        self.max_bytes = max_bytes  # the stack's response cap (`RetryPolicy.max_response_bytes`)

    def _headers(self, headers: httpx.Headers) -> list[tuple[str, str]]:
        hidden = self._sensitive
        return [(k, REDACTED if k.lower() in hidden else v) for k, v in headers.multi_items()]

    def request_view(self, request: httpx.Request) -> httpx.Request:
        return httpx.Request(
            request.method, request.url, headers=self._headers(request.headers), content=request.read()
        )

    def response_view(self, response: httpx.Response, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            response.status_code,
            headers=self._headers(response.headers),
            content=response.content,
            request=self.request_view(request),
            extensions={"http_version": response.extensions.get("http_version", b"HTTP/1.1")},
        )


class ObservingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, observer: Observer) -> None:
        self._inner = inner
        self._observer = observer

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        observer = self._observer
        if observer.on_request is not None:
            observer.on_request(observer.request_view(request))
        sent = perf_counter()
        response = self._inner.handle_request(request)
        if observer.on_response is not None:
            read_within(response, observer.max_bytes, sent)
            observer.on_response(observer.response_view(response, request))
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncObservingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, observer: Observer) -> None:
        self._inner = inner
        self._observer = observer

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        observer = self._observer
        if observer.on_request is not None:
            observer.on_request(observer.request_view(request))
        sent = perf_counter()
        response = await self._inner.handle_async_request(request)
        if observer.on_response is not None:
            await aread_within(response, observer.max_bytes, sent)
            observer.on_response(observer.response_view(response, request))
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
