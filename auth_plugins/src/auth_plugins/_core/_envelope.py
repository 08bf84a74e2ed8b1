"""Reading and judging one attempt's response: read once (within the size cap), then given the
provider's verdict (an `Outcome`).

The retry transport (`_retry.py`) does this for every attempt it sends; `EnvelopeTransport` does
it for the policy's own requests (token issuance, key handshakes), which are not retried.
An envelope 429/5xx is therefore retried like an HTTP one. With raising turned off, an error
hidden in an HTTP 200 envelope is surfaced by rewriting the HTTP status to the envelope's, so the
generated client parses the documented error model for that status. An unclassifiable body is
never passed on as success. A body larger than the cap (`RetryPolicy.max_response_bytes`,
default 20 MiB after decompression) is not read to the end: it raises `ResponseTooLargeError`.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import timedelta
from time import perf_counter

import httpx

from ..errors import ResponseTooLargeError
from ._httpx_compat import read_content, set_read_content
from ._outcome import DECODED_JSON_KEY, OUTCOME_KEY, Classifier, Outcome
from ._policy import DEFAULT_MAX_RESPONSE_BYTES

__all__ = [
    "DECODED_JSON_KEY",
    "OUTCOME_KEY",
    "AsyncEnvelopeTransport",
    "EnvelopeTransport",
    "aread_within",
    "judge",
    "read_within",
    "rejected",
]


def _too_large(limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(f"response body exceeds {limit} bytes; not read", limit=limit)


def read_within(response: httpx.Response, limit: int | None, sent: float) -> None:
    """Read the whole body (which also closes the response), or raise past `limit` bytes.

    The body is counted as it is decoded, whatever its Content-Length says. A body already in
    memory (a response built with `content=`) is only checked for size. A streamed body gets its
    `response.elapsed`, from `sent` (the `perf_counter()` when the attempt went out) to the end of
    the read: httpx sets it when it closes the stream, and finds this one already read. One
    function: on a real connection each helper a call touches costs more than its work (`nox -s
    bench`, loopback).
    """
    content = read_content(response)
    if content is not None:
        if limit is not None and len(content) > limit:
            raise _too_large(limit)
        return
    try:
        if limit is None:
            response.read()
        else:
            chunks: list[bytes] = []
            total = 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > limit:
                    raise _too_large(limit)
                chunks.append(chunk)
            set_read_content(response, b"".join(chunks))
    except BaseException:
        response.close()
        raise
    response.elapsed = timedelta(seconds=perf_counter() - sent)


async def aread_within(response: httpx.Response, limit: int | None, sent: float) -> None:
    """`read_within` for an async response."""
    content = read_content(response)
    if content is not None:
        if limit is not None and len(content) > limit:
            raise _too_large(limit)
        return
    try:
        if limit is None:
            await response.aread()
        else:
            chunks: list[bytes] = []
            total = 0
            async for chunk in response.aiter_bytes():
                total += len(chunk)
                if total > limit:
                    raise _too_large(limit)
                chunks.append(chunk)
            set_read_content(response, b"".join(chunks))
    except BaseException:
        await response.aclose()
        raise
    response.elapsed = timedelta(seconds=perf_counter() - sent)


def rejected(response: httpx.Response, outcome: Outcome, rewrite: bool) -> httpx.Response:
    """The response to hand on for an outcome that is not a success: its decoded body dropped,
    and (with `rewrite`) an envelope's error status made the HTTP status."""
    if rewrite and not outcome.malformed and outcome.status != response.status_code:
        read = response
        response = httpx.Response(
            status_code=outcome.status,
            headers=read.headers,
            content=read.content,
            request=read.request,
            extensions={k: v for k, v in read.extensions.items() if k != "http_version"},
        )
        with suppress(RuntimeError):  # a body built in memory has no elapsed (as in httpx)
            response.elapsed = read.elapsed
    response.extensions.pop(DECODED_JSON_KEY, None)
    response.extensions[OUTCOME_KEY] = outcome
    return response


def judge(response: httpx.Response, classifier: Classifier, rewrite: bool) -> httpx.Response:
    """The read response with its outcome in its extensions (`outcome_of`)."""
    outcome = classifier(response)
    if not outcome.ok:
        return rejected(response, outcome, rewrite)
    response.extensions[OUTCOME_KEY] = outcome
    return response


class EnvelopeTransport(httpx.BaseTransport):
    """Send, read within the cap and classify, once: for requests the policy builds whole."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        classifier: Classifier,
        *,
        rewrite_status: bool,
        max_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._inner = inner
        self._classifier = classifier
        self._rewrite = rewrite_status
        self._max_bytes = max_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sent = perf_counter()
        response = self._inner.handle_request(request)
        response.request = request
        read_within(response, self._max_bytes, sent)
        return judge(response, self._classifier, self._rewrite)

    def close(self) -> None:
        self._inner.close()


class AsyncEnvelopeTransport(httpx.AsyncBaseTransport):
    """As `EnvelopeTransport`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        classifier: Classifier,
        *,
        rewrite_status: bool,
        max_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._inner = inner
        self._classifier = classifier
        self._rewrite = rewrite_status
        self._max_bytes = max_bytes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent = perf_counter()
        response = await self._inner.handle_async_request(request)
        response.request = request
        await aread_within(response, self._max_bytes, sent)
        return judge(response, self._classifier, self._rewrite)

    async def aclose(self) -> None:
        await self._inner.aclose()
