"""X-App-* request signing: the pure signature functions and the policy that applies them."""

from __future__ import annotations

import hashlib
import hmac

import httpx

from .._core import AuthPolicy, Clock, HeaderBlock, Operation, Outcome
from ._credentials import Credentials

__all__ = ["ACCEPT", "PayinoutAuth", "sign", "string_to_sign"]

ACCEPT = "application/json, text/plain"


def string_to_sign(timestamp: int | str, email: str) -> str:
    """The docs' signStr: timestamp and email concatenated with no separator."""
    return f"{timestamp}{email}"


def sign(timestamp: int | str, email: str, secret: str) -> str:
    """X-App-Access-Sig for a timestamp: lowercase hex HMAC-SHA256 keyed by the secret (UTF-8)."""
    return hmac.new(
        secret.encode("utf-8"), string_to_sign(timestamp, email).encode("utf-8"), hashlib.sha256
    ).hexdigest()


class PayinoutAuth(AuthPolicy):
    def __init__(self, credentials: Credentials, clock: Clock | None = None) -> None:
        self._creds = credentials
        self.clock = clock if clock is not None else Clock()
        # The signature depends only on the whole second: calls within one second share it.
        # One tuple, replaced whole, so threads never see a timestamp with another's signature.
        self._stamp: tuple[int, HeaderBlock] = (-1, HeaderBlock({}))

    def sign(self, request: httpx.Request, op: Operation | None) -> None:
        ts = int(self.clock.now())
        stamp = self._stamp
        if stamp[0] != ts:
            creds = self._creds
            headers = {
                "Accept": ACCEPT,  # the docs' Accept (a call's own loses), set with the signature
                "X-App-Token": creds.token,
                "X-App-Access-Ts": str(ts),
                "X-App-Access-Sig": sign(ts, creds.email, creds.secret),
            }
            stamp = self._stamp = (ts, HeaderBlock(headers))
        stamp[1].apply(request.headers)

    def recover_unauthorized(
        self, request: httpx.Request, response: httpx.Response, outcome: Outcome
    ) -> bool:
        # A stale timestamp is the one 401 a resend can fix: only when the server's clock differs.
        return self.clock.observe_server_date(response.headers.get("date"))
