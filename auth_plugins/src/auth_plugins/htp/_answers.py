"""Reading HTP's answers: the envelope's `data`, which kind of envelope 401 came back, and the
Bearer a request carried."""

from __future__ import annotations

import json
from typing import Any

import httpx

from .._core import Outcome
from ..errors import EnvelopeError

__all__ = ["bearer_of", "envelope_data", "is_key_version_rejection", "is_token_rejection"]


def is_key_version_rejection(outcome: Outcome) -> bool:
    """The server did not know our key session (inferred: an envelope 401 naming key_version)."""
    return outcome.status == 401 and "key_version" in outcome.message.lower()


# Inferred: the docs' envelope 401 for a missing or refused Bearer is "Authentication required"
# (the sandbox's zh wording beside it).
_TOKEN_REFUSED = ("authentication required", "token", "需要身份验证")


def is_token_rejection(outcome: Outcome) -> bool:
    """An envelope 401 that is about the connect token (not the user's password or PIN)."""
    message = outcome.message.lower()
    return outcome.status == 401 and any(m in message for m in _TOKEN_REFUSED)


def bearer_of(request: httpx.Request) -> str | None:
    value = request.headers.get("authorization", "")
    scheme, _, token = value.partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def envelope_data(response: httpx.Response, what: str) -> dict[str, Any]:
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, dict):
        raise EnvelopeError(f"{what} answer has no `data` object", status_code=response.status_code)
    return data
