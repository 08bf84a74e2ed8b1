"""`pip install payinout-client` alone gives a working signed client: build both wheels, install the
client wheel into a fresh virtual environment from local files only, import, and run a signed call."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import LiveSandbox
from tests.sandbox.providers import payinout as sim

ROOT = Path(__file__).resolve().parents[2]
SLUG = "payinout"
pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _uv() -> str:
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if found is None:
        pytest.fail("uv is required (it is in the test dependency group)")
    return found


def test_client_wheel_pulls_auth_plugins_and_runs(tmp_path: Path, sandbox: LiveSandbox) -> None:
    uv = _uv()
    dist = tmp_path / "dist"
    for project in ("auth_plugins", "generated/payinout-client"):
        subprocess.run([uv, "build", "--wheel", "--out-dir", str(dist), str(ROOT / project)], check=True)
    wheels = sorted(p.name for p in dist.glob("*.whl"))
    assert any(w.startswith("auth_plugins-") for w in wheels)
    assert any(w.startswith("payinout_client-") for w in wheels)

    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "-q", "--python", sys.executable, str(venv)], check=True)
    py = venv / "bin" / "python"
    # --offline: dependencies come from uv's local cache (filled by this nox session), the two
    # wheels from dist/: nothing is fetched and nothing from the working tree leaks in.
    install = [uv, "pip", "install", "-q", "--python", str(py), "--find-links", str(dist), "payinout-client"]
    if subprocess.run([*install, "--offline"], check=False).returncode != 0:
        # A cold uv cache (nox on plain virtualenv): httpx and attrs come from the package index.
        subprocess.run(install, check=True)
    script = textwrap.dedent(
        f"""
        from auth_plugins import payinout
        from payinout_client.api.balance import get_balance
        from payinout_client.models import BalanceRequest, BalanceResponse
        creds = payinout.Credentials.from_env()
        with payinout.client(creds, base_url={sandbox.base_url!r}) as c:
            assert isinstance(get_balance.sync(client=c, body=BalanceRequest()), BalanceResponse)
        import auth_plugins, payinout_client
        print(auth_plugins.__file__)
        """
    )
    env = {**os.environ, **sim.SandboxProvider.demo_credentials, "PYTHONPATH": ""}
    out = subprocess.run(
        [str(py), "-c", script], check=True, capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert str(venv) in out.stdout
    assert sandbox.state.arrivals("get_balance", accepted=True)
