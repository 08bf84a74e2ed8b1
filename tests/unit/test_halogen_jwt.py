"""halogen Bearer JWT against the JSON vectors (assembled by hand, without PyJWT or the plugin)."""

from __future__ import annotations

import base64
import functools
import json
from pathlib import Path
from typing import Any

import jwt
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from auth_plugins import halogen
from auth_plugins.errors import ConfigurationError

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parents[1] / "vectors" / "halogen.json").read_text("utf-8")
)


@functools.cache
def ec_vector_key() -> ec.EllipticCurvePrivateKey:
    return ec.derive_private_key(int(VECTORS["keys"]["ec"]["private_scalar_hex"], 16), ec.SECP256R1())


@functools.cache
def rsa_vector_key() -> rsa.RSAPrivateKey:
    """The vectors' RSA-4096 key, rebuilt from p and q (instant, unlike generating one)."""
    spec = VECTORS["keys"]["rsa"]
    p, q, e = int(spec["p_hex"], 16), int(spec["q_hex"], 16), int(spec["e"])
    d = pow(e, -1, (p - 1) * (q - 1))
    numbers = rsa.RSAPrivateNumbers(
        p,
        q,
        d,
        rsa.rsa_crt_dmp1(d, p),
        rsa.rsa_crt_dmq1(d, q),
        rsa.rsa_crt_iqmp(p, q),
        rsa.RSAPublicNumbers(e, p * q),
    )
    return numbers.private_key()


def vector_key(name: str) -> halogen.PrivateKey:
    return ec_vector_key() if name == "ec" else rsa_vector_key()


def b64url_decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def verify_by_hand(token: str, public: ec.EllipticCurvePublicKey | rsa.RSAPublicKey) -> None:
    """JWS verification with cryptography alone; raises InvalidSignature."""
    head, body, sig = token.split(".")
    signed = f"{head}.{body}".encode("ascii")
    raw = b64url_decode(sig)
    if isinstance(public, ec.EllipticCurvePublicKey):
        assert len(raw) == 64, "ES256 must be raw r||s"
        der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
        public.verify(der, signed, ec.ECDSA(hashes.SHA256()))
    else:
        public.verify(raw, signed, padding.PKCS1v15(), hashes.SHA256())


CASES = VECTORS["cases"]


@pytest.mark.checklist(1, "halogen JWT vectors: claims", expected="match")
@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_build_claims_vectors(case: dict[str, Any]) -> None:
    claims = halogen.build_claims(case["key_id"], case["now"], case["ttl"], case["jti"], case["audience"])
    assert claims == case["claims"]
    assert list(claims) == list(case["claims"])  # the order is part of the signing input
    assert halogen.build_header(case["key_id"]) == {"kid": case["key_id"]}


@pytest.mark.checklist(15, "JWT: algorithm as configured, claims as vectors", expected="match")
@pytest.mark.checklist(1, "halogen JWT vectors: signing input and signature", expected="match")
@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_mint_vectors(case: dict[str, Any]) -> None:
    key = vector_key(case["key"])
    token, claims = halogen.mint(
        case["key_id"], key, now=case["now"], ttl=case["ttl"], jti=case["jti"], audience=case["audience"]
    )
    head, body, sig = token.split(".")
    assert f"{head}.{body}" == case["signing_input"]
    assert json.loads(b64url_decode(head)) == case["header"]
    assert json.loads(b64url_decode(body)) == case["claims"] == claims
    assert len(b64url_decode(sig)) == case["signature_bytes"]
    verify_by_hand(token, key.public_key())
    if "token" in case:  # RS256 (PKCS#1 v1.5) is deterministic: the whole token must match
        assert token == case["token"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_tampered_token_fails_verification(case: dict[str, Any]) -> None:
    key = vector_key(case["key"])
    token, _ = halogen.mint(case["key_id"], key, now=case["now"], ttl=case["ttl"], jti=case["jti"])
    head, _body, sig = token.split(".")
    forged_claims = {**case["claims"], "exp": case["claims"]["exp"] + 3600}
    forged = base64.urlsafe_b64encode(json.dumps(forged_claims, separators=(",", ":")).encode())
    with pytest.raises(InvalidSignature):
        verify_by_hand(f"{head}.{forged.rstrip(b'=').decode()}.{sig}", key.public_key())


@pytest.mark.checklist(15, "ES256 signature is raw r||s, 64 bytes", expected="64 bytes")
def test_es256_signatures_are_raw_and_randomised() -> None:
    key = ec_vector_key()
    tokens = {halogen.mint("kid", key, now=1_767_225_600, jti="same")[0] for _ in range(5)}
    assert len(tokens) == 5  # ECDSA k is random; the vectors therefore pin only the signing input
    for token in tokens:
        assert len(b64url_decode(token.rsplit(".", 1)[1])) == 64
        verify_by_hand(token, key.public_key())


@pytest.mark.checklist(15, "JWT decodes only with the pinned algorithm", expected="others rejected")
@pytest.mark.parametrize("name", ["ec", "rsa"])
def test_pyjwt_decodes_with_the_pinned_algorithm_only(name: str) -> None:
    key = vector_key(name)
    alg = "ES256" if name == "ec" else "RS256"
    token, _ = halogen.mint("key_1", key, now=1_767_225_600, ttl=300, jti="j-1")
    assert jwt.get_unverified_header(token) == {"alg": alg, "kid": "key_1", "typ": "JWT"}
    claims = jwt.decode(
        token,
        key.public_key(),
        algorithms=[alg],
        options={"verify_exp": False, "verify_iat": False, "require": ["iss", "sub", "iat", "exp", "jti"]},
    )
    assert claims == {
        "iss": "key_1",
        "sub": "key_1",
        "iat": 1_767_225_600,
        "exp": 1_767_225_900,
        "jti": "j-1",
    }
    other = "RS256" if alg == "ES256" else "ES256"
    with pytest.raises(jwt.InvalidAlgorithmError):
        jwt.decode(token, key.public_key(), algorithms=[other], options={"verify_exp": False})


def test_jti_is_a_fresh_uuid4_per_token() -> None:
    import uuid

    key = ec_vector_key()
    jtis = [halogen.mint("k", key, now=1_767_225_600)[1]["jti"] for _ in range(50)]
    assert len(set(jtis)) == 50
    assert all(uuid.UUID(j).version == 4 for j in jtis)


@pytest.mark.checklist(15, "exp - iat within bound", expected="300 s")
def test_default_ttl_is_300_seconds() -> None:
    _, claims = halogen.mint("k", ec_vector_key(), now=1_000_000.75)
    assert claims["iat"] == 1_000_000
    assert claims["exp"] - claims["iat"] == halogen.DEFAULT_TTL == 300


@pytest.mark.parametrize("ttl", [0, -5, 301, 3600, 1.5, True, "300"])
def test_ttl_out_of_range_is_configuration_error(ttl: Any) -> None:
    with pytest.raises(ConfigurationError, match="ttl"):
        halogen.mint("k", ec_vector_key(), now=0, ttl=ttl)


def test_leeway_renews_a_minute_early_or_a_fifth_of_a_short_life() -> None:
    assert halogen.leeway_for(300) == 60
    assert halogen.leeway_for(120) == 24
    assert halogen.leeway_for(10) == 2


def test_unsupported_key_cannot_mint() -> None:
    with pytest.raises(ConfigurationError, match=r"secp384r1 \(P-384\)"):
        halogen.mint("k", ec.generate_private_key(ec.SECP384R1()), now=0)


@pytest.mark.parametrize("name", ["ec", "rsa"])
def test_mint_writes_pyjwt_bytes(name: str) -> None:
    """mint signs without PyJWT; its header and claims segments are PyJWT's, byte for byte (and
    the whole token for RS256, which is deterministic)."""
    key = vector_key(name)
    token, claims = halogen.mint("key_1", key, now=1_767_225_600, jti="j-1", audience="https://h.example")
    theirs = jwt.encode(claims, key, algorithm="ES256" if name == "ec" else "RS256", headers={"kid": "key_1"})
    if name == "rsa":
        assert token == theirs
    else:
        assert token.rsplit(".", 1)[0] == theirs.rsplit(".", 1)[0]
