"""A shared store's entries at rest: their names, their AES-256-GCM sealing and their TTL.

An entry's name is `<namespace>:t:<sha256(provider, credential id, base URL, kind)>` (its lock:
`:l:`); its value is nonce || AES-256-GCM(JSON {value, expiry, extra}) with the name as
associated data, under a key derived by HKDF-SHA256 from the credential's secret, or from the
store's own key when one is given, with the namespace and the name's hash as info. An entry
lives as long as its token (`max_ttl` for a token without an expiry).
"""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

from ._clock import Clock
from ._store import Scope
from ._tokens import Token

__all__ = ["Sealer"]

_SALT = b"auth-plugins/token-store/v1"


class Sealer:
    def __init__(self, namespace: str, key: bytes | None, max_ttl: float) -> None:
        self.namespace = namespace
        self._key = key
        self.max_ttl = max_ttl
        self._ciphers: dict[tuple[str, bytes], Any] = {}

    def __repr__(self) -> str:
        return f"<Sealer {self.namespace!r}>"

    def entry(self, scope: Scope) -> str:
        return f"{self.namespace}:t:{scope.digest}"

    def lock(self, scope: Scope) -> str:
        return f"{self.namespace}:l:{scope.digest}"

    def _cipher(self, scope: Scope) -> Any:
        digest = scope.digest
        cached = (digest, scope.secret)  # the same token name under a rotated secret: another key
        cipher = self._ciphers.get(cached)
        if cipher is None:
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM
            from cryptography.hazmat.primitives.kdf.hkdf import HKDF

            info = f"{self.namespace}:{digest}".encode()
            ikm = self._key if self._key is not None else scope.secret
            key = HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=info).derive(ikm)
            cipher = self._ciphers[cached] = AESGCM(key)
        return cipher

    def seal(self, scope: Scope, token: Token) -> bytes | None:
        extra: str | None = None
        if token.extra:
            if scope.codec is None:
                return None  # not shareable: stays in process
            extra = base64.b64encode(scope.codec.dump(token.extra)).decode("ascii")
        plain = json.dumps({"v": token.value, "e": token.expires_at, "x": extra}).encode()
        nonce = secrets.token_bytes(12)
        sealed: bytes = nonce + self._cipher(scope).encrypt(nonce, plain, self.entry(scope).encode())
        return sealed

    def open(self, scope: Scope, raw: bytes | None) -> Token | None:
        if not raw or len(raw) < 13:
            return None
        from cryptography.exceptions import InvalidTag

        try:
            plain = self._cipher(scope).decrypt(raw[:12], raw[12:], self.entry(scope).encode())
            data = json.loads(plain)
            extra: dict[str, Any] = {}
            if data.get("x") is not None:
                if scope.codec is None:
                    return None
                extra = scope.codec.load(base64.b64decode(data["x"]))
            return Token(str(data["v"]), expires_at=data.get("e"), extra=extra)
        except (InvalidTag, ValueError, KeyError, TypeError):
            return None  # another key, or not ours: a miss, overwritten by the next renewal

    def ttl_ms(self, token: Token, clock: Clock) -> int:
        life = self.max_ttl if token.expires_at is None else min(token.expires_at - clock.now(), self.max_ttl)
        return int(life * 1000)
