"""Halogen key material: loading and checking private keys, making new ones, and their CSRs.

The docs accept two key types, Elliptic Curve P-256 and RSA-4096, and register the public half
through a Certificate Signing Request. This module replaces the docs' two openssl recipes:

    openssl ecparam -name prime256v1 -genkey -noout -out .key/ec_private_key.pem
    openssl req -new -key .key/ec_private_key.pem -out .key/ec_csr.pem -sha256 -subj "..."
    openssl req -new -newkey rsa:4096 -nodes -keyout .key/rsa_private_key.pem \\
        -out .key/rsa_csr.pem -subj "..."

The files are written in the same formats openssl uses: the EC key as SEC1 ("EC PRIVATE KEY"),
the RSA key as unencrypted PKCS#8 ("PRIVATE KEY"), and the CSRs as PEM signed with SHA-256.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import attrs
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from ..errors import ConfigurationError

if TYPE_CHECKING:  # x509 (CSRs, subjects) loads where used: signing never needs it
    from cryptography import x509

__all__ = [
    "KEY_FILES",
    "KeyFiles",
    "PrivateKey",
    "algorithm_for",
    "build_csr",
    "describe_key",
    "generate_private_key",
    "keygen",
    "load_private_key",
    "parse_subject",
    "private_key_pem",
    "public_key_fingerprint",
]

PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
KeyAlg = Literal["ec", "rsa"]

RSA_BITS = 4096
SUPPORTED = "Halogen accepts EC P-256 (prime256v1/secp256r1, ES256) or RSA-4096 (RS256) keys"

_NIST_NAMES = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521", "secp224r1": "P-224"}

# File names as in the docs' openssl commands.
KEY_FILES: dict[str, tuple[str, str]] = {
    "ec": ("ec_private_key.pem", "ec_csr.pem"),
    "rsa": ("rsa_private_key.pem", "rsa_csr.pem"),
}


def algorithm_for(key: object, *, owner: str = "halogen private key") -> str:
    """'ES256' for an EC P-256 private key, 'RS256' for an RSA-4096 one; anything else is refused."""
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if isinstance(key.curve, ec.SECP256R1):
            return "ES256"
        nist = _NIST_NAMES.get(key.curve.name, f"{key.curve.key_size}-bit")
        raise ConfigurationError(f"{owner}: EC curve {key.curve.name} ({nist}) is not supported; {SUPPORTED}")
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size == RSA_BITS:
            return "RS256"
        raise ConfigurationError(f"{owner}: RSA-{key.key_size} is not supported; {SUPPORTED}")
    if isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
        raise ConfigurationError(f"{owner}: a public key was given; the private key is needed to sign")
    raise ConfigurationError(f"{owner}: {type(key).__name__} is not supported; {SUPPORTED}")


def describe_key(key: PrivateKey) -> str:
    """'EC P-256' or 'RSA-4096': what a repr may say about a key without showing it."""
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return "EC P-256" if isinstance(key.curve, ec.SECP256R1) else f"EC {key.curve.name}"
    return f"RSA-{key.key_size}"


def _pem_bytes(source: str | bytes | os.PathLike[str], owner: str) -> bytes:
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    if isinstance(source, str) and "-----BEGIN" in source:
        return source.encode("utf-8")
    if isinstance(source, str | os.PathLike):
        path = Path(source).expanduser()
        if not str(source).strip():
            raise ConfigurationError(f"{owner} must not be empty")
        try:
            return path.read_bytes()
        except OSError as exc:
            # A string that is not a readable file is most likely a mangled PEM or a bare base64
            # key body: never echo it (nor its path), it may be the key itself.
            raise ConfigurationError(
                f"{owner}: not PEM text and not a readable key file ({type(exc).__name__}; "
                f"the value, {len(str(source))} characters, is not shown)"
            ) from None
    raise ConfigurationError(
        f"{owner} must be PEM text (str/bytes), a path to a PEM file, or a cryptography private key; "
        f"got {type(source).__name__}"
    )


def load_private_key(
    source: str | bytes | os.PathLike[str] | PrivateKey, *, owner: str = "halogen private key"
) -> PrivateKey:
    """A private key from PEM text/bytes, a PEM file path, or a `cryptography` key object.

    The key must be EC P-256 or RSA-4096 (checked here, so a wrong key fails at construction, not
    at the first request). Encrypted PEM files are refused: decrypt with
    `serialization.load_pem_private_key(data, password)` and pass the key object instead.
    """
    if isinstance(source, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        algorithm_for(source, owner=owner)
        return source
    if type(source).__module__.startswith("cryptography"):
        algorithm_for(source, owner=owner)  # another key type: raises, naming it
    data = _pem_bytes(source, owner)
    if b"\\n" in data and b"\n" not in data.strip():
        # One-line PEM with literal "\n" escapes, as .env files and CI secrets often hold it.
        data = data.replace(b"\\n", b"\n")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise ConfigurationError(
            f"{owner} is an encrypted PEM; decrypt it with cryptography's load_pem_private_key(data, "
            "password) and pass the key object"
        ) from None
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise ConfigurationError(
            f"{owner} could not be parsed as a PEM private key ({type(exc).__name__}); "
            "expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----' / "
            "'-----BEGIN RSA PRIVATE KEY-----'"
        ) from None
    algorithm_for(key, owner=owner)
    assert isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey)
    return key


def public_key_fingerprint(key: PrivateKey) -> str:
    """Hex SHA-256 of the DER SubjectPublicKeyInfo: identifies a key without revealing it."""
    der = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashes.Hash(hashes.SHA256())
    digest.update(der)
    return digest.finalize().hex()


def generate_private_key(alg: KeyAlg) -> PrivateKey:
    """A new EC P-256 ('ec') or RSA-4096 ('rsa', e = 65537) private key."""
    if alg == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    if alg == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    raise ConfigurationError(f"unknown key algorithm {alg!r}: use 'ec' (P-256) or 'rsa' (RSA-4096)")


def private_key_pem(key: PrivateKey) -> bytes:
    """Unencrypted PEM in openssl's format for the docs' commands: SEC1 for EC, PKCS#8 for RSA."""
    fmt = (
        serialization.PrivateFormat.TraditionalOpenSSL
        if isinstance(key, ec.EllipticCurvePrivateKey)
        else serialization.PrivateFormat.PKCS8
    )
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())


# openssl's short names for the -subj attribute types (those a CSR subject plausibly carries).
_SUBJECT_OIDS: dict[str, str] = {  # the NameOID attribute each names
    "C": "COUNTRY_NAME",
    "ST": "STATE_OR_PROVINCE_NAME",
    "L": "LOCALITY_NAME",
    "O": "ORGANIZATION_NAME",
    "OU": "ORGANIZATIONAL_UNIT_NAME",
    "CN": "COMMON_NAME",
    "emailAddress": "EMAIL_ADDRESS",
    "serialNumber": "SERIAL_NUMBER",
    "DC": "DOMAIN_COMPONENT",
    "UID": "USER_ID",
    "street": "STREET_ADDRESS",
    "postalCode": "POSTAL_CODE",
    "title": "TITLE",
    "GN": "GIVEN_NAME",
    "SN": "SURNAME",
}


def _split_unescaped(text: str, sep: str) -> list[str]:
    return re.split(rf"(?<!\\){re.escape(sep)}", text)


def parse_subject(subject: str) -> x509.Name:
    """An openssl `-subj` string ("/C=MY/ST=State/.../CN=example.com") as an X.509 Name.

    Like openssl: attributes in the order given, `\\/` and `\\+` escape the separators, and
    `+` joins attributes into one multi-valued RDN.
    """
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    if not subject.startswith("/"):
        raise ConfigurationError(
            'subject must look like "/C=MY/ST=State/L=City/O=Org/OU=Unit/CN=example.com"'
        )
    rdns: list[x509.RelativeDistinguishedName] = []
    for rdn_text in _split_unescaped(subject[1:], "/"):
        if not rdn_text:
            continue
        attributes = []
        for item in _split_unescaped(rdn_text, "+"):
            name, sep, value = item.partition("=")
            if not sep or not name:
                raise ConfigurationError(f"subject component {item!r} is not TYPE=value")
            oid_name = _SUBJECT_OIDS.get(name)
            if oid_name is None:
                known = ", ".join(_SUBJECT_OIDS)
                raise ConfigurationError(f"subject attribute type {name!r} is not known; use one of {known}")
            value = re.sub(r"\\(.)", r"\1", value)
            if not value:
                raise ConfigurationError(f"subject attribute {name} has an empty value")
            try:
                attributes.append(x509.NameAttribute(getattr(NameOID, oid_name), value))
            except ValueError as exc:  # e.g. C must be a two-letter country code
                raise ConfigurationError(f"subject attribute {name}={value!r}: {exc}") from None
        rdns.append(x509.RelativeDistinguishedName(attributes))
    if not rdns:
        raise ConfigurationError("subject has no attributes")
    return x509.Name(rdns)


def build_csr(key: PrivateKey, subject: str | x509.Name) -> x509.CertificateSigningRequest:
    """A PKCS#10 CSR for `key` signed with SHA-256, no extensions or attributes (as `openssl req -new`)."""
    from cryptography import x509

    algorithm_for(key)
    name = parse_subject(subject) if isinstance(subject, str) else subject
    return x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())


@attrs.frozen
class KeyFiles:
    private_key: Path
    csr: Path
    algorithm: str
    fingerprint: str


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create `path` with `mode` (never looser, whatever the umask); refuse to replace a file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _check_directory(directory: Path) -> None:
    """Refuse an existing output folder others may write to (they could swap the key file)."""
    try:
        mode = directory.stat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(mode):
        raise ConfigurationError(f"{directory} exists and is not a directory")
    if mode & stat.S_IWOTH:
        raise ConfigurationError(
            f"{directory} is world-writable; refusing to write a private key there "
            "(use a private folder, or chmod o-w it first)"
        )


def keygen(alg: KeyAlg, subject: str, out: str | os.PathLike[str] = ".key") -> KeyFiles:
    """Make a key pair and its CSR in `out` (created 0700 when missing): the key 0600, the CSR 0644.

    Refuses to overwrite an existing key or CSR: losing a registered key means a new API key.
    """
    if alg not in KEY_FILES:
        raise ConfigurationError(f"unknown key algorithm {alg!r}: use 'ec' (P-256) or 'rsa' (RSA-4096)")
    name = parse_subject(subject)  # fail on a bad subject before the slow RSA key generation
    directory = Path(out).expanduser()
    key_path, csr_path = (directory / n for n in KEY_FILES[alg])
    for path in (key_path, csr_path):
        if path.exists() or path.is_symlink():
            raise FileExistsError(f"{path} already exists; refusing to overwrite it (move it away first)")
    _check_directory(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = generate_private_key(alg)
    csr = build_csr(key, name)
    _write_new(key_path, private_key_pem(key), 0o600)
    try:
        _write_new(csr_path, csr.public_bytes(serialization.Encoding.PEM), 0o644)
    except BaseException:
        key_path.unlink(missing_ok=True)  # no orphan key without its CSR
        raise
    return KeyFiles(key_path, csr_path, algorithm_for(key), public_key_fingerprint(key))
