"""The real wheels: built twice from this tree they are byte-identical and pass twine check,
check-wheel-contents and our metadata checks; published with twine to a pypiserver on 127.0.0.1,
`payinout-client` and `tradecrm-client` install from that index alone into a fresh venv, and the
README's payinout quickstart runs there against the payinout sandbox.

The index holds our wheels plus their third-party dependencies, downloaded from the normal index
with pip beforehand (the only traffic off this machine, and pip's cache usually answers it)."""

from __future__ import annotations

import ast
import contextlib
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import httpx
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import LiveSandbox
from tests.readme import quickstarts
from tests.test_readme import DEFAULT_URL
from tools import release
from tools.readme_sections import python_blocks
from tools.release import Workspace

ROOT = Path(__file__).resolve().parents[2]
SLUG = "payinout"  # the sandbox fixture serves this provider
PASSWORD = "s3cret-upload-token"
pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Every wheel, built twice into two directories (with the checks `nox -s build` runs)."""
    a, b = tmp_path_factory.mktemp("dist-a"), tmp_path_factory.mktemp("dist-b")
    ws = Workspace(ROOT)
    release.build(ws, [], a, guard=False)
    release.build(ws, [], b, guard=False)
    return a, b


def _hashes(d: Path) -> dict[str, str]:
    return {w.name: hashlib.sha256(w.read_bytes()).hexdigest() for w in sorted(d.glob("*.whl"))}


def test_wheels_are_reproducible_and_complete(built: tuple[Path, Path]) -> None:
    a, b = built
    names = {p.name for p in Workspace(ROOT).projects()}
    assert len(_hashes(a)) == len(names)
    assert _hashes(a) == _hashes(b)
    for wheel in a.glob("*.whl"):
        meta = release.wheel_metadata(wheel)
        assert meta["Requires-Python"] == ">=3.11"
        assert meta["License-Expression"] == "LicenseRef-Proprietary"
        assert any(u.startswith(("Repository, ", "Changelog, ")) for u in meta.get_all("Project-URL") or [])
        if meta["Name"] != "auth-plugins":
            assert any(r.startswith("auth-plugins") for r in meta.get_all("Requires-Dist") or [])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def pypiserver(packages: Path) -> Iterator[str]:
    """pypiserver on 127.0.0.1, uploads unauthenticated (-P . -a .), no fallback to PyPI."""
    port = _free_port()
    cmd = [sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port)]
    cmd += ["-P", ".", "-a", ".", "--disable-fallback", str(packages)]
    log = (packages.parent / "pypiserver.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"pypiserver did not start: {(packages.parent / 'pypiserver.log').read_text()}")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _third_party_requirements(wheels: list[Path]) -> list[str]:
    """Our wheels' dependencies that are not ours, pinned to what this test environment runs."""
    ours = {canonicalize_name(release.wheel_metadata(w)["Name"]) for w in wheels}
    names = {
        Requirement(req).name
        for w in wheels
        for req in release.wheel_metadata(w).get_all("Requires-Dist") or []
    }
    return sorted(f"{n}=={metadata.version(n)}" for n in names if canonicalize_name(n) not in ours)


def _clean_env(**extra: str) -> dict[str, str]:
    """No index settings leak in from the environment: the local index is the only one."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("UV_", "PIP_", "TWINE_"))}
    return {**keep, **extra}


def _uv() -> str:
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    assert found, "uv is in the test dependency group"
    return found


def test_publish_to_local_index_then_install_and_run_quickstart(
    built: tuple[Path, Path],
    tmp_path: Path,
    sandbox: LiveSandbox,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    dist = built[0]
    wheels = sorted(dist.glob("*.whl"))
    packages = tmp_path / "packages"
    packages.mkdir()
    download = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
    download += ["--only-binary=:all:", "--dest", str(packages), *_third_party_requirements(wheels)]
    subprocess.run(download, check=True, env=_clean_env(), timeout=120)
    assert any(p.name.startswith("httpx-") for p in packages.iterdir())

    with pypiserver(packages) as url:
        for key in [k for k in os.environ if k.startswith(("UV_", "PIP_", "TWINE_"))]:
            monkeypatch.delenv(key)
        monkeypatch.setenv("TWINE_USERNAME", "ci")
        monkeypatch.setenv("TWINE_PASSWORD", PASSWORD)
        release.publish(Workspace(ROOT), ["--repository-url", f"{url}/", "--dist", str(dist)])
        listing = httpx.get(f"{url}/simple/payinout-client/", timeout=5).text
        assert "payinout_client-" in listing

        venv = tmp_path / "venv"
        subprocess.run([_uv(), "venv", "-q", "--python", sys.executable, str(venv)], check=True)
        py = venv / "bin" / "python"
        install = [_uv(), "pip", "install", "-q", "--no-cache", "--python", str(py)]
        install += ["--index-url", f"{url}/simple/", "payinout-client", "tradecrm-client"]
        subprocess.run(install, check=True, env=_clean_env(), timeout=120)

    captured = capfd.readouterr()
    assert PASSWORD not in captured.out + captured.err, "the upload password was printed"

    freeze = subprocess.run(
        [_uv(), "pip", "freeze", "--python", str(py)], check=True, capture_output=True, text=True
    ).stdout
    for dist_name in ("auth-plugins==", "payinout-client==", "tradecrm-client==", "cryptography=="):
        assert dist_name in freeze, freeze

    code = quickstarts()["payinout"]
    assert DEFAULT_URL in code
    script = code.replace(DEFAULT_URL, sandbox.base_url) + (
        "\nimport auth_plugins, payinout_client, tradecrm_client\n"
        "print(auth_plugins.__file__, payinout_client.__file__, tradecrm_client.__file__)\n"
    )
    env = {**_clean_env(), **sandbox.provider.demo_credentials, "PYTHONPATH": ""}
    proc = subprocess.run(
        [str(py), "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(str(venv)) == 3, proc.stdout
    assert sandbox.state.arrivals(accepted=True), "the quickstart made no accepted call"


# The generator's stock README text; `example.com` as a host (a demo user's e-mail address at
# example.com, in a quickstart, is not a placeholder).
PLACEHOLDERS = (
    "SuperSecretToken",
    "MyDataModel",
    "://example.com",
    ".example.com",
    "verify_ssl=False",
    "my_tag",
)


def test_each_wheels_readme_renders_with_the_quickstart(built: tuple[Path, Path]) -> None:
    """What the package index shows: the wheel's long description, rendered as the index renders
    markdown (readme_renderer, which twine check --strict also runs in release.build), carries the
    provider's tested quickstart and none of the generator's stock placeholders."""
    from readme_renderer.markdown import render

    quick = quickstarts()
    seen = set()
    for wheel in built[0].glob("*.whl"):
        meta = release.wheel_metadata(wheel)
        assert meta["Description-Content-Type"].startswith("text/markdown"), wheel.name
        payload = meta.get_payload(decode=True)
        assert isinstance(payload, bytes)
        text = payload.decode("utf-8")
        html = render(text)
        assert html, f"{wheel.name}: the README does not render"
        found = [p for p in PLACEHOLDERS if p in text]
        assert not found, f"{wheel.name}: placeholder text {found}"
        name = meta["Name"]
        seen.add(name)
        if name == "auth-plugins":
            assert "from auth_plugins import" in text
            assert "<h2" in html
            continue
        slug = name.removesuffix("-client")
        # The generator's `ruff format` post-hook reformats the block: compare the code, not its layout.
        shown = ast.dump(ast.parse(python_blocks(text)))
        assert shown == ast.dump(ast.parse(quick[slug])), f"{name}: not the README's tested quickstart"
        assert f"pip install {name}" in text
        assert "AuthenticationError" in html
        assert "CHANGELOG.md" in html
    assert "auth-plugins" in seen
    assert len(seen) == len(quick) + 1


def test_project_urls_are_set_once() -> None:
    """[tool.fintech-clients] in the root pyproject.toml is the one place: the generated clients
    take it through tools/codegen.py; auth-plugins' static metadata must agree with it."""
    import tomllib

    from tools.codegen import project_urls

    urls = project_urls()
    ours = tomllib.loads((ROOT / "auth_plugins" / "pyproject.toml").read_text("utf-8"))["project"]["urls"]
    assert ours["Repository"] == urls["repository"]
    assert ours["Documentation"].startswith(urls["documentation"])
    for client in (ROOT / "generated").glob("*-client/pyproject.toml"):
        meta = tomllib.loads(client.read_text("utf-8"))["project"]["urls"]
        assert meta["Repository"] == urls["repository"], client
        assert meta["Documentation"].startswith(urls["documentation"]), client
