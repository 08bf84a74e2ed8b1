"""htp's tokens in a fleet's shared token store: their names and the key session's codec."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .._core import Clock, Codec, Scope, TokenBackend, TokenStore
from ._credentials import Credentials

if TYPE_CHECKING:
    from ._crypto import CipherSuite

__all__ = ["KEY_SESSION_CODEC", "key_session_store", "scope_of"]


def _dump_suite(extra: dict[str, Any]) -> bytes:
    suite: CipherSuite = extra["suite"]
    return suite.export()


def _load_suite(data: bytes) -> dict[str, Any]:
    from ._crypto import CipherSuite  # cryptography is loaded only once a client encrypts

    return {"suite": CipherSuite.restore(data)}


KEY_SESSION_CODEC = Codec(_dump_suite, _load_suite)


def scope_of(credentials: Credentials, base_url: str, kind: str) -> Scope:
    """One of this agent's tokens, named for a shared store (the agent secret keys its encryption)."""
    return Scope("htp", credentials.agent_id, base_url, kind, credentials.agent_secret.encode("utf-8"))


def key_session_store(
    backend: TokenBackend, credentials: Credentials, base_url: str, clock: Clock | None
) -> TokenStore:
    """The key session (X25519 shared secret and key_version, sealed by the store) for the fleet:
    one handshake for every process; an "unknown key_version" answer re-handshakes for all."""
    scope = attrs.evolve(scope_of(credentials, base_url, "key-session"), codec=KEY_SESSION_CODEC)
    return backend.store(scope, clock=clock, leeway=0)
