"""`python -m auth_plugins.halogen keygen`: files like the docs' openssl commands, checked by openssl."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from auth_plugins import halogen
from auth_plugins.errors import ConfigurationError

SUBJECT = "/C=MY/ST=State/L=City/O=Organization/OU=Unit/CN=example.com"
OPENSSL = shutil.which("openssl")
needs_openssl = pytest.mark.skipif(
    OPENSSL is None, reason="openssl is not installed: cannot cross-check the CSR"
)


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "auth_plugins.halogen", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def openssl(*args: str) -> subprocess.CompletedProcess[str]:
    assert OPENSSL is not None
    return subprocess.run([OPENSSL, *args], capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Run the CLI once per algorithm (RSA-4096 generation takes a second or more)."""
    root = tmp_path_factory.mktemp("keygen")
    out: dict[str, Path] = {}
    for alg in ("ec", "rsa"):
        proc = run_cli("keygen", "--alg", alg, "--subject", SUBJECT, "--out", ".key", cwd=root)
        assert proc.returncode == 0, proc.stderr
        assert f"{alg}_csr.pem" in proc.stdout
        out[alg] = root / ".key"
    return out


@pytest.mark.parametrize("alg", ["ec", "rsa"])
def test_files_named_like_the_docs_and_key_is_0600(generated: dict[str, Path], alg: str) -> None:
    key_path = generated[alg] / f"{alg}_private_key.pem"
    csr_path = generated[alg] / f"{alg}_csr.pem"
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(csr_path.stat().st_mode) == 0o644
    assert stat.S_IMODE(generated[alg].stat().st_mode) == 0o700
    # openssl's formats for the docs' commands: SEC1 for `ecparam -genkey`, PKCS#8 for `req -newkey`.
    first = key_path.read_text().splitlines()[0]
    assert first == ("-----BEGIN EC PRIVATE KEY-----" if alg == "ec" else "-----BEGIN PRIVATE KEY-----")
    assert csr_path.read_text().startswith("-----BEGIN CERTIFICATE REQUEST-----")


@pytest.mark.parametrize("alg", ["ec", "rsa"])
def test_csr_matches_key_subject_and_hash(generated: dict[str, Path], alg: str) -> None:
    key = serialization.load_pem_private_key((generated[alg] / f"{alg}_private_key.pem").read_bytes(), None)
    csr = x509.load_pem_x509_csr((generated[alg] / f"{alg}_csr.pem").read_bytes())
    assert csr.is_signature_valid
    assert isinstance(csr.signature_hash_algorithm, hashes.SHA256)
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    assert csr.public_key().public_bytes(serialization.Encoding.DER, spki) == key.public_key().public_bytes(
        serialization.Encoding.DER, spki
    )
    if alg == "ec":
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        assert isinstance(key.curve, ec.SECP256R1)
    else:
        assert isinstance(key, rsa.RSAPrivateKey)
        assert key.key_size == 4096
        assert key.private_numbers().public_numbers.e == 65537
    attrs = [(a.oid, a.value) for a in csr.subject]
    assert attrs == [
        (NameOID.COUNTRY_NAME, "MY"),
        (NameOID.STATE_OR_PROVINCE_NAME, "State"),
        (NameOID.LOCALITY_NAME, "City"),
        (NameOID.ORGANIZATION_NAME, "Organization"),
        (NameOID.ORGANIZATIONAL_UNIT_NAME, "Unit"),
        (NameOID.COMMON_NAME, "example.com"),
    ]
    assert halogen.Credentials("key_x", generated[alg] / f"{alg}_private_key.pem").algorithm == (
        "ES256" if alg == "ec" else "RS256"
    )


@needs_openssl
@pytest.mark.parametrize("alg", ["ec", "rsa"])
def test_openssl_verifies_the_csr_and_its_key(generated: dict[str, Path], alg: str) -> None:
    key_path, csr_path = generated[alg] / f"{alg}_private_key.pem", generated[alg] / f"{alg}_csr.pem"
    verified = openssl("req", "-verify", "-in", str(csr_path), "-noout")
    assert verified.returncode == 0, verified.stderr
    # The exit status alone is not enough (some OpenSSL 3 releases exit 0 on failure).
    assert "verify OK" in verified.stdout + verified.stderr
    assert "failure" not in verified.stdout + verified.stderr
    from_csr = openssl("req", "-in", str(csr_path), "-noout", "-pubkey")
    from_key = openssl("pkey", "-in", str(key_path), "-pubout")
    assert from_csr.returncode == from_key.returncode == 0, from_csr.stderr + from_key.stderr
    assert from_csr.stdout == from_key.stdout
    subject = openssl("req", "-in", str(csr_path), "-noout", "-subject", "-nameopt", "compat")
    assert subject.stdout.strip() == f"subject={SUBJECT}"
    text = openssl("req", "-in", str(csr_path), "-noout", "-text").stdout
    assert ("ecdsa-with-SHA256" if alg == "ec" else "sha256WithRSAEncryption") in text
    assert ("prime256v1" if alg == "ec" else "(4096 bit)") in text


@needs_openssl
def test_a_tampered_csr_fails_openssl_verification(generated: dict[str, Path], tmp_path: Path) -> None:
    csr = x509.load_pem_x509_csr((generated["ec"] / "ec_csr.pem").read_bytes())
    der = bytearray(csr.public_bytes(serialization.Encoding.DER))
    where = der.find(b"example.com")
    der[where] ^= 0x01  # "dxample.com": the signature no longer covers the subject
    bad = tmp_path / "bad.der"
    bad.write_bytes(bytes(der))
    checked = openssl("req", "-verify", "-inform", "DER", "-in", str(bad), "-noout")
    # Some OpenSSL 3 releases exit 0 on a failed self-signature check: read what it says.
    assert "verify OK" not in checked.stdout + checked.stderr
    assert "verify failure" in checked.stdout + checked.stderr or checked.returncode != 0


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    first = run_cli("keygen", "--alg", "ec", "--out", "keys", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    key_path = tmp_path / "keys" / "ec_private_key.pem"
    before = key_path.read_bytes()
    again = run_cli("keygen", "--alg", "ec", "--out", "keys", cwd=tmp_path)
    assert again.returncode == 1
    assert "refusing to overwrite" in again.stderr
    assert key_path.read_bytes() == before


def test_refuses_when_only_the_csr_exists_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "ec_csr.pem").write_text("keep me")
    with pytest.raises(FileExistsError, match=r"ec_csr\.pem"):
        halogen.keygen("ec", SUBJECT, tmp_path)
    assert not (tmp_path / "ec_private_key.pem").exists()
    assert (tmp_path / "ec_csr.pem").read_text() == "keep me"


def test_key_is_0600_even_with_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        files = halogen.keygen("ec", SUBJECT, tmp_path / "k")
    finally:
        os.umask(old)
    assert stat.S_IMODE(files.private_key.stat().st_mode) == 0o600
    assert files.algorithm == "ES256"
    assert files.fingerprint == halogen.Credentials("k", files.private_key).fingerprint


@pytest.mark.parametrize(
    ("subject", "message"),
    [
        ("C=MY/CN=x", "must look like"),
        ("/C=MY/XX=1", "'XX' is not known"),
        ("/C=MYS/CN=x", "C='MYS'"),
        ("/CN=", "empty value"),
        ("/CN", "is not TYPE=value"),
        ("/", "no attributes"),
    ],
)
def test_bad_subjects(subject: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        halogen.parse_subject(subject)


def test_bad_subject_fails_cli_before_writing(tmp_path: Path) -> None:
    proc = run_cli("keygen", "--alg", "rsa", "--subject", "/C=MY/XX=1", "--out", "k", cwd=tmp_path)
    assert proc.returncode == 1
    assert "'XX' is not known" in proc.stderr
    assert not (tmp_path / "k").exists()


def test_subject_escapes_and_multivalued_rdn() -> None:
    name = halogen.parse_subject(r"/O=A\/B Corp/OU=x+CN=y/emailAddress=ops@example.com")
    rdns = list(name.rdns)
    assert len(rdns) == 3
    assert rdns[0].get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "A/B Corp"
    assert {a.oid for a in rdns[1]} == {NameOID.ORGANIZATIONAL_UNIT_NAME, NameOID.COMMON_NAME}
    assert rdns[2].get_attributes_for_oid(NameOID.EMAIL_ADDRESS)[0].value == "ops@example.com"


def test_cli_requires_an_algorithm(tmp_path: Path) -> None:
    proc = run_cli("keygen", cwd=tmp_path)
    assert proc.returncode == 2
    assert "--alg" in proc.stderr
