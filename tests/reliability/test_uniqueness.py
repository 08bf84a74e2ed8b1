"""Checklist 15 and 16 at the issue's scale: 10,000 JWT ids and 100,000 nonces, none repeated."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from auth_plugins import halogen
from auth_plugins.htp._crypto import CipherSuite
from tests.sandbox.providers import halogen as sim


@pytest.mark.slow
@pytest.mark.checklist(15, "jti unique over 10,000 minted tokens", expected="10,000 distinct")
def test_jti_unique_over_ten_thousand_tokens() -> None:
    creds = halogen.Credentials(sim.DEMO_KEY_ID, sim.DEMO_PRIVATE_KEY_PEM)
    jtis = {
        halogen.mint(sim.DEMO_KEY_ID, creds.private_key, now=1_767_225_600)[1]["jti"] for _ in range(10_000)
    }
    assert len(jtis) == 10_000


@pytest.mark.slow
@pytest.mark.checklist(16, "100,000 nonces (and salts) unique", expected="100,000 distinct")
def test_hundred_thousand_nonces_unique() -> None:
    client = X25519PrivateKey.generate().private_bytes_raw()
    server = X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    suite = CipherSuite(client, server, "c2f1d9a4")
    nonces: set[bytes] = set()
    salts: set[str] = set()
    for _ in range(100_000):
        wrapper = suite.encrypt(b"{}")
        nonces.add(base64.b64decode(wrapper["data"])[:12])
        salts.add(wrapper["salt"])
    assert len(nonces) == 100_000
    assert len(salts) == 100_000
