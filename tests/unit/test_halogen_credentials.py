"""halogen.Credentials: every accepted key form, every refused key with a clear message, no key in reprs."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from auth_plugins import halogen
from auth_plugins.errors import ConfigurationError
from tests.unit.test_halogen_jwt import ec_vector_key, rsa_vector_key

KEY_ID = "key_01HZX3VZ8Q"


def pem(key: halogen.PrivateKey | ed25519.Ed25519PrivateKey, fmt: str = "pkcs8") -> bytes:
    formats = {
        "pkcs8": serialization.PrivateFormat.PKCS8,
        "traditional": serialization.PrivateFormat.TraditionalOpenSSL,
    }
    return key.private_bytes(serialization.Encoding.PEM, formats[fmt], serialization.NoEncryption())


def secret_marker(key: halogen.PrivateKey) -> str:
    """A piece of the PEM body that would show up if the key leaked into text."""
    return pem(key).decode().splitlines()[2][:24]


@pytest.mark.parametrize(
    ("make_key", "alg"), [(ec_vector_key, "ES256"), (rsa_vector_key, "RS256")], ids=["ec", "rsa"]
)
@pytest.mark.parametrize("form", ["str", "bytes", "str-path", "Path", "object", "sec1", "escaped-newlines"])
def test_every_key_form_loads(make_key: object, alg: str, form: str, tmp_path: Path) -> None:
    key = make_key()  # type: ignore[operator]
    assert isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey)
    text = pem(key)
    path = tmp_path / "key.pem"
    path.write_bytes(text)
    source: object = {
        "str": text.decode(),
        "bytes": text,
        "str-path": str(path),
        "Path": path,
        "object": key,
        "sec1": pem(key, "traditional"),
        "escaped-newlines": text.decode().replace("\n", "\\n"),
    }[form]
    creds = halogen.Credentials(KEY_ID, source)  # type: ignore[arg-type]
    assert creds.algorithm == alg
    assert creds.fingerprint == halogen.public_key_fingerprint(key)
    assert creds == halogen.Credentials(KEY_ID, key)
    assert hash(creds) == hash(halogen.Credentials(KEY_ID, key))


@pytest.mark.checklist(19, "halogen unsupported or malformed key", expected="ConfigurationError")
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ec.generate_private_key(ec.SECP384R1()), r"EC curve secp384r1 \(P-384\) is not supported"),
        (lambda: ec.generate_private_key(ec.SECP256K1()), r"EC curve secp256k1 .* is not supported"),
        (lambda: rsa.generate_private_key(65537, 2048), r"RSA-2048 is not supported"),
        (lambda: ed25519.Ed25519PrivateKey.generate(), r"Ed25519PrivateKey is not supported"),
    ],
    ids=["P-384", "secp256k1", "RSA-2048", "Ed25519"],
)
@pytest.mark.parametrize("as_pem", [False, True], ids=["object", "pem"])
def test_unsupported_keys_are_refused_clearly(make: object, message: str, as_pem: bool) -> None:
    key = make()  # type: ignore[operator]
    source = pem(key) if as_pem else key
    with pytest.raises(ConfigurationError, match=message) as info:
        halogen.Credentials(KEY_ID, source)
    text = str(info.value)
    assert "halogen.Credentials.private_key" in text
    assert "EC P-256" in text
    assert "RSA-4096" in text


@pytest.mark.checklist(19, "halogen garbage private key", expected="ConfigurationError")
@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n", "could not be parsed"),
        (b"-----BEGIN EC PRIVATE KEY-----\n!!!!\n-----END EC PRIVATE KEY-----\n", "could not be parsed"),
        (b"\x00\x01binary junk", "could not be parsed"),
        ("/nonexistent/halogen/key.pem", "not PEM text and not a readable key file"),
        ("", "must not be empty"),
        (12345, "must be PEM text"),
    ],
    ids=["bad-base64-body", "bad-sec1", "binary", "missing-file", "empty", "int"],
)
def test_garbage_keys_are_configuration_errors(source: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        halogen.Credentials(KEY_ID, source)  # type: ignore[arg-type]


def test_public_key_is_refused() -> None:
    public = ec_vector_key().public_key()
    with pytest.raises(ConfigurationError, match="public key was given"):
        halogen.Credentials(KEY_ID, public)  # type: ignore[arg-type]
    public_pem = public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(ConfigurationError, match="could not be parsed"):
        halogen.Credentials(KEY_ID, public_pem)


def test_encrypted_pem_asks_for_a_key_object() -> None:
    key = ec_vector_key()
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pass phrase"),
    )
    with pytest.raises(ConfigurationError, match="encrypted PEM"):
        halogen.Credentials(KEY_ID, encrypted)
    decrypted = serialization.load_pem_private_key(encrypted, b"pass phrase")
    assert halogen.Credentials(KEY_ID, decrypted).algorithm == "ES256"  # type: ignore[arg-type]


@pytest.mark.checklist(19, "halogen empty key id", expected="ConfigurationError")
@pytest.mark.parametrize("key_id", ["", "   ", "key\nid", "key\x00"])
def test_key_id_validated(key_id: str) -> None:
    with pytest.raises(ConfigurationError, match="key_id"):
        halogen.Credentials(key_id, ec_vector_key())


def test_from_env_pem_text_and_path(tmp_path: Path) -> None:
    key = ec_vector_key()
    text = pem(key).decode()
    by_text = halogen.Credentials.from_env({"HALOGEN_KEY_ID": KEY_ID, "HALOGEN_PRIVATE_KEY": text})
    path = tmp_path / "ec_private_key.pem"
    path.write_text(text)
    by_path = halogen.Credentials.from_env({"HALOGEN_KEY_ID": KEY_ID, "HALOGEN_PRIVATE_KEY_PATH": str(path)})
    assert by_text == by_path == halogen.Credentials(KEY_ID, key)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"HALOGEN_PRIVATE_KEY": "x"}, "HALOGEN_KEY_ID is not set"),
        ({"HALOGEN_KEY_ID": "k"}, "HALOGEN_PRIVATE_KEY .*or HALOGEN_PRIVATE_KEY_PATH is not set"),
        (
            {"HALOGEN_KEY_ID": "k", "HALOGEN_PRIVATE_KEY": "-----BEGIN", "HALOGEN_PRIVATE_KEY_PATH": "p"},
            "not both",
        ),
        ({"HALOGEN_KEY_ID": "k", "HALOGEN_PRIVATE_KEY": "/path/to/key.pem"}, "must hold PEM text"),
        (
            {"HALOGEN_KEY_ID": "k", "HALOGEN_PRIVATE_KEY_PATH": "-----BEGIN PRIVATE KEY-----"},
            "holds PEM text",
        ),
    ],
    ids=["no-key-id", "no-key", "both", "path-in-pem-var", "pem-in-path-var"],
)
def test_from_env_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        halogen.Credentials.from_env(env)


@pytest.mark.checklist(4, "halogen: no private key in reprs or errors", expected="absent")
@pytest.mark.parametrize("make_key", [ec_vector_key, rsa_vector_key], ids=["ec", "rsa"])
def test_repr_never_shows_the_key(make_key: object) -> None:
    key = make_key()  # type: ignore[operator]
    assert isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey)
    creds = halogen.Credentials(KEY_ID, pem(key).decode())
    marker = secret_marker(key)
    numbers = key.private_numbers()
    private_int = str(
        numbers.private_value if isinstance(numbers, ec.EllipticCurvePrivateNumbers) else numbers.d
    )
    signer = halogen.HalogenAuth(creds, halogen.token_store(creds))
    for text in (repr(creds), str(creds), f"{creds}", repr([creds]), repr(signer)):
        assert marker not in text
        assert private_int[:12] not in text
        assert "BEGIN" not in text
        assert KEY_ID in text
    assert "EC P-256" in repr(creds) or "RSA-4096" in repr(creds)
