"""Reads each response once and attaches the provider's verdict (an `Outcome`) to it.

Sits inside retry so an envelope 429/5xx is retried like an HTTP one. With raising turned off,
an error hidden in an HTTP 200 envelope is surfaced by rewriting the HTTP status to the
envelope's, so the generated client parses the documented error model for that status.
An unclassifiable body is never passed on as success.
"""

from __future__ import annotations

import httpx

from ._outcome import PARSED_KEY, Classifier, Outcome

__all__ = ["OUTCOME_KEY", "AsyncEnvelopeTransport", "EnvelopeTransport", "outcome_of"]

OUTCOME_KEY = "auth_plugins.outcome"


def outcome_of(response: httpx.Response) -> Outcome | None:
    value = response.extensions.get(OUTCOME_KEY)
    return value if isinstance(value, Outcome) else None


_MISSING = object()

# A body the classifier decoded (fractions as Decimal), handed to the generated client's
# `parse_response_json` so a successful answer is decoded once. The generated clients document
# this key; they parse the bytes themselves when it is absent.
DECODED_JSON_KEY = "decoded_json"


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
        response.extensions[DECODED_JSON_KEY] = parsed
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
