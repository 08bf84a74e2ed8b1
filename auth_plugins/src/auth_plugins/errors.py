"""Typed errors raised by every provider stack.

One hierarchy for all providers, so callers catch `RateLimitError` whether the 429 came as a real
HTTP status (halogen) or inside an HTTP 200 envelope (htp). Messages carry what the server said and
never a credential: the stack builds them from response bodies and status lines only, and replaces
every secret its policy holds (keys, secrets, tokens) with `[redacted]` in the message, the body and
the headers before raising (a server that echoes a key does not put it in a log line).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthPluginsError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "EncryptionError",
    "EnvelopeError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RedirectError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "adopt_response_validation_error",
    "error_for_status",
]


class AuthPluginsError(Exception):
    """Base of everything this package raises."""


class ConfigurationError(AuthPluginsError, ValueError):
    """Credentials or options are missing or malformed (raised at construction, never mid-call)."""


class RedirectError(AuthPluginsError):
    """A redirect the caller chose to follow points at another origin; it is refused, not followed
    (a 307/308 would resend the body, a password included, to that host)."""


class ApiError(AuthPluginsError):
    """The provider answered, and the answer is an error (HTTP status or envelope status_code).

    `headers`: the response's headers (lower-case names), credential headers (`authorization`,
    `proxy-authorization`, `cookie`, `set-cookie` and the provider's own) redacted; empty when the
    error was not built from a response. `attempts`: how many times the call was sent.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        trace_id: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        error_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.trace_id = trace_id
        self.request_id = request_id
        self.body = body
        self.error_type = error_type
        self.headers: dict[str, str] = dict(headers) if headers is not None else {}
        self.attempts = attempts

    def __str__(self) -> str:
        parts = [f"{self.status_code}: {self.message}"]
        if self.error_type:
            parts.append(f"type={self.error_type}")
        if self.trace_id:
            parts.append(f"trace_id={self.trace_id}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self!s})"


class BadRequestError(ApiError):
    """400."""


class AuthenticationError(ApiError):
    """401: the credential or token was missing, wrong or expired (after any allowed refresh)."""


class PermissionDeniedError(ApiError):
    """403."""


class NotFoundError(ApiError):
    """404."""


class RequestTimeoutError(ApiError):
    """408 from the server."""


class ConflictError(ApiError):
    """409."""


class PreconditionFailedError(ApiError):
    """412."""


class UnprocessableEntityError(ApiError):
    """422."""


class RateLimitError(ApiError):
    """429; `retry_after` is the server's wait in seconds when it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx."""


class EnvelopeError(ApiError):
    """The response could not be classified: not JSON, truncated, or an envelope missing its status.

    Never treated as success. `status_code` is the HTTP status that carried the bad body.
    """


class ResponseValidationError(ApiError):
    """A response body does not fit the model its operation documents (missing field, wrong type).

    Raised by the generated client, which cannot import this package (it is a standalone wheel).
    At raise time it looks for this module in `sys.modules` and, when loaded, raises the class
    `adopt_response_validation_error` derives from both its own error and this one; so
    `except ApiError` (and `except <client>.errors.ResponseValidationError`) catch it. (A virtual
    subclass would satisfy isinstance but not `except`, which checks real inheritance only.)
    Besides ApiError's attributes (`body` is the raw response text) it carries `operation`,
    `model`, `path` (the JSON path of the field, e.g. `$.customer.email`) and `reason`.
    """

    operation: str
    model: str
    path: str
    reason: str


E = TypeVar("E", bound=Exception)

_ADOPTED: dict[type[Exception], type[Exception]] = {}


def adopt_response_validation_error(generated: type[E]) -> type[E]:
    """The generated client's error class, made a ResponseValidationError too (cached per class).

    The generated class comes first in the MRO: its __init__ and __str__ set and show the same
    attributes ApiError has, so nothing of ApiError's __init__ is needed.
    """
    adopted = _ADOPTED.get(generated)
    if adopted is None:
        adopted = type(
            generated.__name__,
            (generated, ResponseValidationError),
            {"__module__": generated.__module__, "__qualname__": generated.__qualname__},
        )
        _ADOPTED[generated] = adopted
    return adopted  # type: ignore[return-value]


class ApiConnectionError(AuthPluginsError):
    """No usable response: connect failure, reset, or a body cut short."""


class ResponseTooLargeError(ApiConnectionError):
    """The response body is larger than the stack reads (`max_response_bytes`, default 20 MiB).

    Never retried: the same call would get the same body. `limit` is the cap in bytes.
    """

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class ApiTimeoutError(ApiConnectionError):
    """The request timed out (connect, read, write or pool)."""


class WebhookSignatureError(AuthPluginsError):
    """A webhook's signature is missing, malformed or does not match its raw body."""


class WebhookPayloadError(AuthPluginsError, ValueError):
    """A webhook verified, but its body does not fit the event model (not JSON, a field missing,
    a wrong type, an amount that is not a number).

    `model` is the event model, `path` the JSON path of the field (`$.amount`, `$.data.email`),
    `reason` what is wrong. The message names those three and never the body.
    """

    def __init__(self, *, model: str, path: str, reason: str) -> None:
        self.model = model
        self.path = path
        self.reason = reason
        super().__init__(f"webhook body does not fit {model} at {path}: {reason}")


class EncryptionError(AuthPluginsError):
    """An encrypted payload failed to encrypt, decrypt or authenticate, or a body that should be
    encrypted could not be (the request is refused rather than sent in clear)."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_status(status_code: int) -> type[ApiError]:
    """The error class for an HTTP or envelope status (>= 400)."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return ServerError
    return ApiError
