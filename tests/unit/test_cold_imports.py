"""What building a client (and signing) loads: the shared stack's facade is lazy like the
provider facades, and a halogen signer never loads `cryptography.x509`, PyJWT or zipfile."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from tests.registry import SLUGS
from tests.unit.test_lazy_facades import _typed_imports


def test_core_facade_typed_imports_equal_its_lazy_map() -> None:
    core = importlib.import_module("auth_plugins._core")
    typed = _typed_imports("_core")
    assert sorted(name for _, name in typed) == sorted(core.__all__)
    for module, name in typed:
        assert getattr(core, name) is getattr(importlib.import_module(module, core.__name__), name)
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        _ = core.not_a_name


def test_halogen_signs_without_x509_pyjwt_or_zipfile() -> None:
    code = (
        "import sys\n"
        # as the bench: opentelemetry absent, httpx's CLI blocked (both would load what is checked);
        # httpx's TLS context loads importlib.resources (certifi), so that is not checked here
        "sys.modules['opentelemetry'] = None\n"
        "sys.modules['httpx._main'] = None\n"
        "before = set(sys.modules)\n"
        "from cryptography.hazmat.primitives import serialization\n"
        "from cryptography.hazmat.primitives.asymmetric import ec\n"
        "from auth_plugins import halogen\n"
        "pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(\n"
        "    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()\n"
        ")\n"
        "creds = halogen.Credentials('key_1', pem)\n"
        "client = halogen.client(creds, base_url='http://127.0.0.1:9')\n"
        "halogen.mint('key_1', creds.private_key, now=1_767_225_600)\n"
        "loaded = set(sys.modules) - before\n"
        "bad = sorted(m for m in loaded if m.split('.')[0] in ('jwt', 'zipfile')"
        " or m.startswith('cryptography.x509'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("slug", SLUGS)
def test_client_build_reads_the_manifest_without_zipfile(slug: str) -> None:
    code = (
        "import sys\n"
        f"from auth_plugins import {slug}\n"
        f"{slug}.provider.operations\n"
        "assert 'zipfile' not in sys.modules and 'importlib.resources' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
