"""Halogen credentials: the API key id and the private key registered for it through a CSR."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from .._core._config import env_value, require_text
from ..errors import ConfigurationError
from ._keys import PrivateKey, algorithm_for, describe_key, load_private_key, public_key_fingerprint

__all__ = ["Credentials"]

_OWNER = "halogen.Credentials"


def _to_key(value: str | bytes | os.PathLike[str] | PrivateKey) -> PrivateKey:
    return load_private_key(value, owner=f"{_OWNER}.private_key")


@attrs.frozen(repr=False)
class Credentials:
    """key_id = the API key id from Settings → API Keys; private_key = its EC P-256 or RSA-4096 key.

    `private_key` takes PEM text (str or bytes), a path to a PEM file, or a `cryptography`
    private key object; it is parsed and checked once, here. Two credentials are equal when
    their key ids and public keys are, so clients built from either share one token cache.
    """

    key_id: str
    private_key: PrivateKey = attrs.field(converter=_to_key, eq=False, repr=False)
    fingerprint: str = attrs.field(
        init=False, repr=False, default=attrs.Factory(lambda s: public_key_fingerprint(s.private_key), True)
    )

    def __attrs_post_init__(self) -> None:
        require_text(_OWNER, "key_id", self.key_id)  # refuses control characters too

    @property
    def algorithm(self) -> str:
        """'ES256' or 'RS256', fixed by the key type."""
        return algorithm_for(self.private_key)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        """HALOGEN_KEY_ID and either HALOGEN_PRIVATE_KEY (PEM text) or HALOGEN_PRIVATE_KEY_PATH."""
        key_id = str(env_value("HALOGEN_KEY_ID", environ=environ))
        pem = env_value("HALOGEN_PRIVATE_KEY", required=False, environ=environ)
        path = env_value("HALOGEN_PRIVATE_KEY_PATH", required=False, environ=environ)
        if pem and path:
            raise ConfigurationError("set HALOGEN_PRIVATE_KEY or HALOGEN_PRIVATE_KEY_PATH, not both")
        if pem:
            if "-----BEGIN" not in pem:
                raise ConfigurationError(
                    "HALOGEN_PRIVATE_KEY must hold PEM text; use HALOGEN_PRIVATE_KEY_PATH for a file"
                )
            return cls(key_id, pem)
        if path:
            if "-----BEGIN" in path:
                raise ConfigurationError(
                    "HALOGEN_PRIVATE_KEY_PATH holds PEM text; put it in HALOGEN_PRIVATE_KEY"
                )
            return cls(key_id, Path(path))
        raise ConfigurationError(
            "environment variable HALOGEN_PRIVATE_KEY (PEM text) or HALOGEN_PRIVATE_KEY_PATH is not set"
        )

    def __repr__(self) -> str:
        return f"halogen.Credentials(key_id={self.key_id!r}, private_key=<{describe_key(self.private_key)}>)"

    __str__ = __repr__
