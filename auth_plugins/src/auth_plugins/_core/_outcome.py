"""What a response means, decided once per attempt by a provider's classifier.

A classifier turns a fully read `httpx.Response` into an `Outcome`: success, a typed API error
(from the HTTP status or from an envelope's status_code), or an unclassifiable body. The retry
layer decides on outcomes, never on raw bodies, so envelope 429s retry exactly like HTTP 429s.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs
import httpx

from ..errors import ApiError, EnvelopeError, RateLimitError, error_for_status
from ._retry_after import parse_retry_after

__all__ = [
    "DECODED_JSON_KEY",
    "OUTCOME_KEY",
    "Classifier",
    "Outcome",
    "classify_envelope",
    "classify_http_json",
    "decode_json",
    "outcome_of",
]

Classifier = Callable[[httpx.Response], "Outcome"]

_MAX_MESSAGE = 500


@attrs.frozen
class Outcome:
    status: int
    ok: bool
    message: str = ""
    trace_id: str | None = None
    request_id: str | None = None
    error_type: str | None = None
    body: Any = None
    retry_after: float | None = None
    malformed: bool = False

    def to_error(self, *, headers: Mapping[str, str] | None = None, attempts: int = 1) -> ApiError:
        """The typed error; `headers` should already be redacted (`_scrub.redact_headers`).

        The stack raises through `AuthPolicy.error_for`, which also scrubs the policy's secrets.
        """
        kwargs: dict[str, Any] = {
            "status_code": self.status,
            "trace_id": self.trace_id,
            "request_id": self.request_id,
            "body": self.body,
            "error_type": self.error_type,
            "headers": headers,
            "attempts": attempts,
        }
        if self.malformed:
            return EnvelopeError(self.message, **kwargs)
        cls = error_for_status(self.status)
        if cls is RateLimitError:
            return RateLimitError(self.message, retry_after=self.retry_after, **kwargs)
        return cls(self.message, **kwargs)


# Where the stack leaves each response's verdict (`_envelope.py`).
OUTCOME_KEY = "auth_plugins.outcome"


def outcome_of(response: httpx.Response) -> Outcome | None:
    value = response.extensions.get(OUTCOME_KEY)
    return value if isinstance(value, Outcome) else None


_NOT_JSON = object()

# A bare success carries nothing but its status, and Outcome is frozen: share one per status
# rather than build a 9-field frozen attrs object on every call.
_SUCCESS: dict[int, Outcome] = {}


def _success(status: int) -> Outcome:
    found = _SUCCESS.get(status)
    if found is None:
        found = _SUCCESS[status] = Outcome(status=status, ok=True)
    return found


# A body the classifier decoded (fractions as Decimal), handed to the generated client's
# `parse_response_json` so a successful answer is decoded once. The generated clients document
# this key; they parse the bytes themselves when it is absent. The stack removes it from
# an answer that is not a success.
DECODED_JSON_KEY = "decoded_json"


# One decoder for every body: `json.loads(..., parse_float=Decimal)` builds a new one per call.
# Shared as json.loads shares its default one (the C scanner calls nothing that releases the GIL).
_DECODER = json.JSONDecoder(parse_float=Decimal)


def decode_json(response: httpx.Response) -> Any:
    """The parsed body, or the `_NOT_JSON` sentinel for empty, undecodable or invalid JSON.

    Fractions are read as Decimal, exactly as the generated clients read them: the result is left
    in the response's extensions (`DECODED_JSON_KEY`), where the generated client takes it instead
    of parsing the same bytes a second time. Bytes are read as `json.loads` reads them (UTF-8,
    -16 or -32, by `json.detect_encoding`).
    """
    content = response.content
    if not content:
        return _NOT_JSON
    try:
        value = _DECODER.decode(content.decode(json.detect_encoding(content), "surrogatepass"))
    except (ValueError, RecursionError):
        return _NOT_JSON
    response.extensions[DECODED_JSON_KEY] = value
    return value


def _text_excerpt(response: httpx.Response) -> str:
    text = response.content[:_MAX_MESSAGE].decode("utf-8", "replace").strip()
    return " ".join(text.split())


def _first_str(obj: Any, *paths: tuple[str, ...]) -> str | None:
    """The first non-empty string (or number, as text) found at one of `paths` in a JSON object.

    Runs on every classified body (a success envelope's trace_id), so it uses dict.get and a
    tuple isinstance rather than membership tests and a union type.
    """
    if not isinstance(obj, dict):
        return None
    for path in paths:
        cur = obj.get(path[0])
        for key in path[1:]:
            cur = cur.get(key) if isinstance(cur, dict) else None
        if isinstance(cur, str):
            if cur:
                return cur[:_MAX_MESSAGE]
        elif isinstance(cur, (int, float)) and not isinstance(cur, bool):
            return str(cur)
    return None


_MESSAGE_PATHS = (("message",), ("error", "message"), ("error_description",), ("detail",), ("msg",))
_TYPE_PATHS = (("error",), ("type",), ("code",), ("error", "type"), ("error", "code"))
_TRACE_PATHS = (("trace_id",), ("traceId",), ("error", "trace_id"))
_REQUEST_ID_PATHS = (("request_id",), ("requestId",))


def _error_outcome(response: httpx.Response, status: int, body: Any) -> Outcome:
    parsed = body is not _NOT_JSON
    message = (_first_str(body, *_MESSAGE_PATHS) if parsed else None) or _text_excerpt(response)
    if not message:
        message = response.reason_phrase or "error"
    request_id = (_first_str(body, *_REQUEST_ID_PATHS) if parsed else None) or response.request.headers.get(
        "x-request-id"
    )
    return Outcome(
        status=status,
        ok=False,
        message=message,
        trace_id=_first_str(body, *_TRACE_PATHS) if parsed else None,
        request_id=request_id,
        error_type=_first_str(body, *_TYPE_PATHS) if parsed else None,
        body=body if parsed else _text_excerpt(response),
        retry_after=parse_retry_after(response.headers),
    )


def _malformed(response: httpx.Response, why: str) -> Outcome:
    ctype = response.headers.get("content-type", "no content-type")
    return Outcome(
        status=response.status_code,
        ok=False,
        message=f"{why} (HTTP {response.status_code}, {ctype}, {len(response.content)} bytes)",
        body=_text_excerpt(response),
        malformed=True,
    )


def classify_http_json(response: httpx.Response) -> Outcome:
    """Real HTTP statuses; a 2xx must carry a JSON body (or be empty on 204)."""
    status = response.status_code
    if status >= 400:
        return _error_outcome(response, status, decode_json(response))
    if status < 200 or status >= 300 or status == 204:
        return _success(status)
    if decode_json(response) is not _NOT_JSON:
        return _success(status)
    if not response.content and response.request.method == "HEAD":
        return _success(status)
    return _malformed(response, "expected a JSON body")


def classify_envelope(response: httpx.Response, *, status_field: str = "status_code") -> Outcome:
    """HTTP 200 envelopes `{status_field: int, message, trace_id, data}`; a real HTTP error wins."""
    status = response.status_code
    body = decode_json(response)
    if status >= 400:
        return _error_outcome(response, status, body)
    if status < 200 or status >= 300:
        return _success(status)
    if body is _NOT_JSON:
        return _malformed(response, "expected a JSON envelope")
    if not isinstance(body, dict):
        return _malformed(response, "envelope is not a JSON object")
    inner = body.get(status_field)
    if not isinstance(inner, int) or isinstance(inner, bool) or not 100 <= inner <= 599:
        return _malformed(response, f"envelope {status_field!r} is missing or not an HTTP status integer")
    if inner >= 400:
        return _error_outcome(response, inner, body)
    if body.get("trace_id", "") == "":  # the envelope's own field: on a success, often "" or absent
        return _success(inner)
    trace_id = _first_str(body, ("trace_id",))
    return _success(inner) if trace_id is None else Outcome(status=inner, ok=True, trace_id=trace_id)
