"""The encrypted-wrapper cipher suite (inferred; the docs give only the wrapper's shape).

The docs say a client bootstraps with `POST /api/v1/sys/key-pair` (`{key}` → `{server_pub_key:
[ints], key_version}`) and then sends `{key_version, salt, data}` with base64 `salt` and `data`.
They do not name the algorithms. We decided, and keep every choice in this one class so a
different confirmed suite replaces exactly this file:

- key agreement: X25519 (`key` = base64 of the client's raw 32-byte public key,
  `server_pub_key` = the server's raw 32 bytes as integers);
- key derivation: HKDF-SHA256 over the shared secret, with a fresh random 16-byte `salt` per
  message and info `b"htp-payload-v1"`, 32 bytes out;
- AEAD: AES-256-GCM with a random 96-bit nonce and `key_version` (UTF-8) as associated data, so
  a wrapper cannot be replayed under another key session;
- wire: `data = base64(nonce || ciphertext || tag)`, `salt = base64(salt)` (standard alphabet,
  padded).

This module imports `cryptography` at the top; the signer imports it only when a client turns
encryption on, so `import auth_plugins.htp` stays cheap.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
from collections.abc import Callable, Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import EncryptionError

__all__ = ["INFO", "KEY_SIZE", "NONCE_SIZE", "SALT_SIZE", "CipherSuite"]

INFO = b"htp-payload-v1"
KEY_SIZE = 32
SALT_SIZE = 16
NONCE_SIZE = 12
_TAG_SIZE = 16
_SHA256 = hashes.SHA256()


def _b64decode(value: object, field: str) -> bytes:
    if not isinstance(value, str):
        raise EncryptionError(f"wrapper field {field!r} must be a base64 string")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise EncryptionError(f"wrapper field {field!r} is not valid base64") from exc


class CipherSuite:
    """One key session: our X25519 private key, the server's public key and its `key_version`.

    `encrypt` seals a payload into the wire wrapper; `decrypt` opens one (used by tests and by
    anyone holding the other half). The shared secret is computed once; every message derives its
    own AES key from a fresh salt. Nothing secret appears in `repr`.
    """

    def __init__(
        self,
        private_key: bytes,
        peer_public_key: bytes,
        key_version: str,
        *,
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        if not isinstance(key_version, str) or not key_version:
            raise EncryptionError("key_version must be a non-empty string")
        if len(private_key) != KEY_SIZE or len(peer_public_key) != KEY_SIZE:
            raise EncryptionError(f"X25519 keys are {KEY_SIZE} bytes")
        try:
            shared = X25519PrivateKey.from_private_bytes(private_key).exchange(
                X25519PublicKey.from_public_bytes(peer_public_key)
            )
        except ValueError as exc:
            # OpenSSL refuses a low-order peer key (all-zero shared secret): a hostile or broken
            # server must not be able to force a key everyone knows.
            raise EncryptionError("server public key is invalid (low-order X25519 point)") from exc
        if hmac.compare_digest(shared, bytes(KEY_SIZE)):
            raise EncryptionError("server public key is invalid (all-zero shared secret)")
        self._start(shared, key_version, random_bytes)

    def _start(self, shared: bytes, key_version: str, random_bytes: Callable[[int], bytes]) -> None:
        self._shared = shared
        self.key_version = key_version
        self._aad = key_version.encode("utf-8")  # every message's associated data
        self._random = random_bytes

    def export(self) -> bytes:
        """The session for a fleet's token store (encrypted there): shared secret + key_version."""
        return self._shared + self.key_version.encode("utf-8")

    @classmethod
    def restore(cls, data: bytes) -> CipherSuite:
        """A session `export()`ed by another process of the fleet."""
        suite = cls.__new__(cls)
        if len(data) <= KEY_SIZE:
            raise EncryptionError("not an exported key session")
        suite._start(data[:KEY_SIZE], data[KEY_SIZE:].decode("utf-8"), os.urandom)
        return suite

    def __repr__(self) -> str:
        return f"<CipherSuite X25519-HKDF-SHA256-AES-256-GCM key_version={self.key_version!r}>"

    @staticmethod
    def generate_private_key() -> bytes:
        return X25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    @staticmethod
    def public_key(private_key: bytes) -> bytes:
        """The raw 32-byte public key for a raw private key."""
        return (
            X25519PrivateKey.from_private_bytes(private_key)
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )

    def _aead(self, salt: bytes) -> AESGCM:
        return AESGCM(HKDF(algorithm=_SHA256, length=KEY_SIZE, salt=salt, info=INFO).derive(self._shared))

    def encrypt(self, plaintext: bytes) -> dict[str, str]:
        """`{key_version, salt, data}` for `plaintext`, with a fresh random salt and nonce (one
        draw of `random_bytes`: the salt, then the nonce).

        No caller chooses them: a reused (salt, nonce) pair under one key breaks AES-GCM. Test
        vectors use `_encrypt_with`, or the constructor's `random_bytes`.
        """
        fresh = self._random(SALT_SIZE + NONCE_SIZE)
        return self._encrypt_with(plaintext, fresh[:SALT_SIZE], fresh[SALT_SIZE:])

    def _encrypt_with(self, plaintext: bytes, salt: bytes, nonce: bytes) -> dict[str, str]:
        """`encrypt` with a given salt and nonce: for test vectors only."""
        if len(salt) != SALT_SIZE or len(nonce) != NONCE_SIZE:
            raise EncryptionError(f"salt must be {SALT_SIZE} bytes and nonce {NONCE_SIZE} bytes")
        sealed = self._aead(salt).encrypt(nonce, plaintext, self._aad)
        return {
            "key_version": self.key_version,
            "salt": binascii.b2a_base64(salt, newline=False).decode("ascii"),
            "data": binascii.b2a_base64(nonce + sealed, newline=False).decode("ascii"),
        }

    def decrypt(self, wrapper: Mapping[str, Any]) -> bytes:
        """The plaintext of a wrapper; EncryptionError if it is for another key session or tampered.

        An unknown `key_version` is rejected before any decoding or decryption.
        """
        key_version = wrapper.get("key_version")
        if not isinstance(key_version, str) or not hmac.compare_digest(
            key_version.encode("utf-8"), self._aad
        ):
            raise EncryptionError("unknown key_version")
        salt = _b64decode(wrapper.get("salt"), "salt")
        data = _b64decode(wrapper.get("data"), "data")
        if len(salt) != SALT_SIZE:
            raise EncryptionError(f"salt must be {SALT_SIZE} bytes")
        if len(data) < NONCE_SIZE + _TAG_SIZE:
            raise EncryptionError("data is too short to hold a nonce and a tag")
        try:
            return self._aead(salt).decrypt(data[:NONCE_SIZE], data[NONCE_SIZE:], self._aad)
        except InvalidTag as exc:
            raise EncryptionError("encrypted payload failed authentication") from exc
