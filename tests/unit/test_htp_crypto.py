"""htp CipherSuite: RFC 7748 keys, fixed-salt/nonce vectors, round trips and every rejection."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from auth_plugins.errors import EncryptionError
from auth_plugins.htp._crypto import CipherSuite

VECTORS = json.loads((Path(__file__).parents[1] / "vectors" / "htp.json").read_text("utf-8"))
CASES = VECTORS["cipher"]["cases"]
FIRST = CASES[0]
CLIENT = bytes.fromhex(FIRST["client_private_key_hex"])
SERVER = bytes.fromhex(FIRST["server_private_key_hex"])
CLIENT_PUB = bytes.fromhex(FIRST["client_public_key_hex"])
SERVER_PUB = bytes.fromhex(FIRST["server_public_key_hex"])


def _pair(key_version: str = "c2f1d9a4") -> tuple[CipherSuite, CipherSuite]:
    return CipherSuite(CLIENT, SERVER_PUB, key_version), CipherSuite(SERVER, CLIENT_PUB, key_version)


def _flip(b64: str, index: int) -> str:
    raw = bytearray(base64.b64decode(b64))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_public_keys_match_rfc7748() -> None:
    assert CipherSuite.public_key(CLIENT) == CLIENT_PUB
    assert CipherSuite.public_key(SERVER) == SERVER_PUB


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_cipher_vectors(case: dict[str, Any]) -> None:
    client = CipherSuite(
        bytes.fromhex(case["client_private_key_hex"]),
        bytes.fromhex(case["server_public_key_hex"]),
        case["key_version"],
    )
    wrapper = client._encrypt_with(
        case["plaintext"].encode("utf-8"),
        salt=bytes.fromhex(case["salt_hex"]),
        nonce=bytes.fromhex(case["nonce_hex"]),
    )
    assert wrapper == case["wrapper"]
    server = CipherSuite(
        bytes.fromhex(case["server_private_key_hex"]),
        bytes.fromhex(case["client_public_key_hex"]),
        case["key_version"],
    )
    assert server.decrypt(case["wrapper"]).decode("utf-8") == case["plaintext"]


def test_injected_randomness_is_used() -> None:
    asked = []

    def random_bytes(n: int) -> bytes:  # the salt, then the nonce, in one draw
        asked.append(n)
        return bytes(range(16)) + bytes(range(100, 112))

    suite = CipherSuite(CLIENT, SERVER_PUB, FIRST["key_version"], random_bytes=random_bytes)
    assert suite.encrypt(FIRST["plaintext"].encode()) == FIRST["wrapper"]
    assert asked == [28]


@pytest.mark.checklist(16, "encrypted payload round trip", expected="same plaintext")
def test_round_trip_with_fresh_salt_and_nonce_each_time() -> None:
    client, server = _pair()
    plaintext = json.dumps({"pin": "123456", "name": "王"}, ensure_ascii=False).encode()
    first, second = client.encrypt(plaintext), client.encrypt(plaintext)
    assert first["salt"] != second["salt"]
    assert first["data"] != second["data"]
    assert server.decrypt(first) == plaintext == server.decrypt(second)
    assert client.decrypt(first) == plaintext  # ECDH is symmetric: either half opens it
    assert len(base64.b64decode(first["salt"])) == 16
    assert len(base64.b64decode(first["data"])) == 12 + len(plaintext) + 16


@pytest.mark.checklist(16, "tampered ciphertext/nonce/tag", expected="EncryptionError")
@pytest.mark.parametrize("index", [0, 11, 12, -1])  # nonce, last nonce byte, ciphertext, tag
def test_tampered_data_fails(index: int) -> None:
    client, server = _pair()
    wrapper = client.encrypt(b'{"amount":100}')
    with pytest.raises(EncryptionError, match="authentication"):
        server.decrypt({**wrapper, "data": _flip(wrapper["data"], index)})


@pytest.mark.checklist(16, "tampered salt", expected="EncryptionError")
def test_tampered_salt_fails() -> None:
    client, server = _pair()
    wrapper = client.encrypt(b'{"amount":100}')
    with pytest.raises(EncryptionError, match="authentication"):
        server.decrypt({**wrapper, "salt": _flip(wrapper["salt"], 3)})


@pytest.mark.checklist(16, "unknown key_version rejected before decrypting", expected="EncryptionError")
def test_key_version_is_checked_before_decrypting() -> None:
    client, server = _pair()
    wrapper = client.encrypt(b"{}")
    for bad in ("other", "", None, 7):
        # An unknown version fails even with garbage data: nothing was decoded or decrypted.
        with pytest.raises(EncryptionError, match="unknown key_version"):
            server.decrypt({**wrapper, "key_version": bad, "data": "!!not base64!!"})


@pytest.mark.checklist(16, "relabelled key_version", expected="EncryptionError")
def test_key_version_is_bound_as_associated_data() -> None:
    client, _ = _pair("v1")
    wrapper = client.encrypt(b'{"amount":100}')
    relabelled = {**wrapper, "key_version": "v2"}
    _, server_v2 = _pair("v2")  # same keys, another session name: the AEAD tag must not verify
    with pytest.raises(EncryptionError, match="authentication"):
        server_v2.decrypt(relabelled)


@pytest.mark.checklist(16, "all-zero / low-order X25519 peer key", expected="EncryptionError")
@pytest.mark.parametrize(
    "peer",
    [
        bytes(32),  # all zero
        (1).to_bytes(32, "little"),  # the point of order 1 (u = 1)
        bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),  # order 8
    ],
    ids=["all-zero", "order-1", "order-8"],
)
def test_low_order_peer_keys_rejected(peer: bytes) -> None:
    with pytest.raises(EncryptionError, match="server public key is invalid"):
        CipherSuite(CLIENT, peer, "c2f1d9a4")


@pytest.mark.parametrize(
    "wrapper",
    [
        {"key_version": "c2f1d9a4", "salt": "not base64!", "data": "AAAA"},
        {"key_version": "c2f1d9a4", "salt": base64.b64encode(bytes(8)).decode(), "data": "AAAA"},
        {"key_version": "c2f1d9a4", "salt": base64.b64encode(bytes(16)).decode(), "data": "AAAA"},
        {"key_version": "c2f1d9a4", "salt": base64.b64encode(bytes(16)).decode(), "data": 5},
    ],
    ids=["salt-not-base64", "short-salt", "data-too-short", "data-not-string"],
)
def test_malformed_wrappers_rejected(wrapper: dict[str, Any]) -> None:
    _, server = _pair()
    with pytest.raises(EncryptionError):
        server.decrypt(wrapper)


def test_bad_construction_and_arguments() -> None:
    with pytest.raises(EncryptionError, match="32 bytes"):
        CipherSuite(CLIENT, SERVER_PUB[:4], "v")
    with pytest.raises(EncryptionError, match="key_version"):
        CipherSuite(CLIENT, SERVER_PUB, "")
    client, _ = _pair()
    with pytest.raises(EncryptionError, match="salt must be"):
        client._encrypt_with(b"{}", salt=b"short", nonce=bytes(12))
    with pytest.raises(EncryptionError, match="nonce"):
        client._encrypt_with(b"{}", salt=bytes(16), nonce=bytes(8))


def test_repr_shows_no_key_material() -> None:
    client, _ = _pair()
    text = repr(client) + str(client)
    assert "c2f1d9a4" in text
    for secret in (CLIENT, SERVER, FIRST["shared_secret_hex"]):
        value = secret.hex() if isinstance(secret, bytes) else secret
        assert value not in text
    assert not [k for k in vars(client) if "private" in k]  # the private key is not kept around
