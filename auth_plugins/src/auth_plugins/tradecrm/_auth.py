"""`key` on every call, `signature: sha256=<hex HMAC of the exact body>` on POST/PATCH/PUT."""

from __future__ import annotations

import hashlib
import hmac

import httpx

from .._core import AuthPolicy, HeaderBlock, Operation, update_headers
from ._credentials import Credentials

__all__ = ["PREFIX", "SIGNED_METHODS", "TradecrmAuth", "sign"]

SIGNED_METHODS = frozenset({"POST", "PATCH", "PUT"})
PREFIX = "sha256="


def sign(body: bytes, secret: str) -> str:
    """The `signature` header value for these exact body bytes: 'sha256=' + lowercase hex HMAC."""
    return PREFIX + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class TradecrmAuth(AuthPolicy):
    def __init__(self, credentials: Credentials) -> None:
        self._creds = credentials
        self._unsigned = HeaderBlock({"key": credentials.api_key}, remove=("signature",))

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        body = request.read()
        if request.method in SIGNED_METHODS and body:
            values = {"key": self._creds.api_key, "signature": sign(body, self._creds.signing_key)}
            update_headers(request.headers, values)
        else:
            self._unsigned.apply(request.headers)
