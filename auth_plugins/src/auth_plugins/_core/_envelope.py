"""Reads each response once and attaches the provider's verdict (an `Outcome`) to it.

Sits inside retry so an envelope 429/5xx is retried like an HTTP one. With raising turned off,
an error hidden in an HTTP 200 envelope is surfaced by rewriting the HTTP status to the
envelope's, so the generated client parses the documented error model for that status.
An unclassifiable body is never passed on as success.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._httpx_compat import set_json_parser
from ._outcome import PARSED_KEY, Classifier, Outcome

__all__ = ["OUTCOME_KEY", "AsyncEnvelopeTransport", "EnvelopeTransport", "outcome_of"]

OUTCOME_KEY = "auth_plugins.outcome"


def outcome_of(response: httpx.Response) -> Outcome | None:
    value = response.extensions.get(OUTCOME_KEY)
    return value if isinstance(value, Outcome) else None


_MISSING = object()


class _ParsedOnce:
    """`response.json()` that returns the classifier's parse once, then parses as httpx does.

    The generated client calls `response.json()` exactly once per response; without this hand-off
    every successful call would decode the same JSON twice.
    Any later call, or one with arguments, re-parses, so no caller shares a mutable object.
    It holds the body bytes, not the response, so it makes no reference cycle for the GC.
    """

    __slots__ = ("_content", "_value")

    def __init__(self, value: Any, content: bytes) -> None:
        self._value = value
        self._content = content

    def __call__(self, **kwargs: Any) -> Any:
        value, self._value = self._value, _MISSING
        if kwargs or value is _MISSING:
            return json.loads(self._content, **kwargs)
        return value


def _finish(response: httpx.Response, classifier: Classifier, rewrite: bool) -> httpx.Response:
    outcome = classifier(response)
    if rewrite and not outcome.ok and not outcome.malformed and outcome.status != response.status_code:
        response = httpx.Response(
            status_code=outcome.status,
            headers=response.headers,
            content=response.content,
            request=response.request,
            extensions={k: v for k, v in response.extensions.items() if k != "http_version"},
        )
    parsed = response.extensions.pop(PARSED_KEY, _MISSING)
    if outcome.ok and parsed is not _MISSING:
        set_json_parser(response, _ParsedOnce(parsed, response.content))
    response.extensions[OUTCOME_KEY] = outcome
    return response


class EnvelopeTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, classifier: Classifier, *, rewrite_status: bool) -> None:
        self._inner = inner
        self._classifier = classifier
        self._rewrite = rewrite_status

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        response.request = request
        try:
            response.read()
        finally:
            response.close()
        return _finish(response, self._classifier, self._rewrite)

    def close(self) -> None:
        self._inner.close()


class AsyncEnvelopeTransport(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, classifier: Classifier, *, rewrite_status: bool
    ) -> None:
        self._inner = inner
        self._classifier = classifier
        self._rewrite = rewrite_status

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        return _finish(response, self._classifier, self._rewrite)

    async def aclose(self) -> None:
        await self._inner.aclose()
