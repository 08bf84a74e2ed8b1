"""What X-Signature on POST /api/v1/connect/token covers (inferred: the docs give only its form).

The docs say "HMAC-SHA256 signature in lowercase hex" and nothing about the message. We sign the
exact raw request body bytes, keyed with the agent secret (UTF-8): the body is the only input both
sides hold byte for byte, it binds the signature to what the server acts on, and it is how the
webhook signatures of this API family are built. Replace this one function if HTP confirms
another message (e.g. agent id + timestamp).
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["connect_signature"]


def connect_signature(body: bytes, agent_secret: str) -> str:
    """Lowercase hex HMAC-SHA256 of the raw body bytes, keyed by the agent secret (UTF-8)."""
    return hmac.new(agent_secret.encode("utf-8"), bytes(body), hashlib.sha256).hexdigest()
