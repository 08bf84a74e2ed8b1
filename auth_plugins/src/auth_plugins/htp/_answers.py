"""Reading HTP's answers: the envelope's `data`, the key-pair answer, which kind of envelope 401
came back, and the Bearer a request carried."""

from __future__ import annotations

import json
from typing import Any

import httpx

from .._core import Outcome, Token
from ..errors import EncryptionError, EnvelopeError

__all__ = ["bearer_of", "envelope_data", "is_key_version_rejection", "is_token_rejection", "key_session"]


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


def key_session(response: httpx.Response, private: bytes) -> Token:
    """The key session from a key-pair answer (`{server_pub_key: [ints], key_version}`): a Token
    whose value is the key_version and whose `extra["suite"]` is the CipherSuite."""
    from ._crypto import KEY_SIZE, CipherSuite  # cryptography is loaded only once a client encrypts

    data = envelope_data(response, "key-pair")
    server_key = data.get("server_pub_key")
    key_version = data.get("key_version")
    if (
        not isinstance(server_key, list)
        or len(server_key) != KEY_SIZE
        or not all(isinstance(b, int) and not isinstance(b, bool) and 0 <= b <= 255 for b in server_key)
    ):
        raise EncryptionError(f"server_pub_key must be {KEY_SIZE} byte values")
    if not isinstance(key_version, str) or not key_version:
        raise EncryptionError("key-pair answer has no key_version")
    suite = CipherSuite(private, bytes(server_key), key_version)
    return Token(key_version, expires_at=None, extra={"suite": suite})
