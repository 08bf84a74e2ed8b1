"""Versions, the breaking-change guard and changelogs, on a throwaway git repository laid out like
this one (one spec, its "generated" client, auth_plugins) so that tags and history are under test
control. The spec edits are the specdiff fixtures; the Python API is a small hand-made package."""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from packaging.version import Version

from tools import release
from tools._secrets import secret_on_command_line
from tools.release import ReleaseError, Workspace, compare, major_bumped, next_major, write_changelog

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "specdiff"

CLIENT_API = """\
def create_payment(amount: float, currency: str, description: str | None = None) -> dict[str, object]:
    return {"amount": amount, "currency": currency}


def create_refund(payment_id: str) -> dict[str, object]:
    return {"payment_id": payment_id}
"""


def _git(root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), "utf-8")


def _set_version(root: Path, version: str) -> None:
    spec = root / "specs/demo/openapi.yaml"
    spec.write_text(re.sub(r"(?m)^  version: .*$", f"  version: {version}", spec.read_text("utf-8")), "utf-8")
    pyproject = root / "generated/demo-client/pyproject.toml"
    text = re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', pyproject.read_text("utf-8"))
    pyproject.write_text(text, "utf-8")


def _use_spec(root: Path, fixture: str, version: str) -> None:
    shutil.copyfile(FIXTURES / fixture, root / "specs/demo/openapi.yaml")
    _set_version(root, version)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "specs/demo").mkdir(parents=True)
    shutil.copyfile(FIXTURES / "base.yaml", root / "specs/demo/openapi.yaml")
    _write(
        root, "generated/demo-client/pyproject.toml", '[project]\nname = "demo-client"\nversion = "1.0.0"\n'
    )
    _write(root, "generated/demo-client/README.md", "# demo-client\n")
    _write(root, "generated/demo-client/GENERATED.json", '{"inputs_sha256": "aaaa"}\n')
    _write(root, "generated/demo-client/demo_client/__init__.py", '"""Demo."""\n')
    _write(root, "generated/demo-client/demo_client/api.py", CLIENT_API)
    _write(root, "auth_plugins/pyproject.toml", '[project]\nname = "auth-plugins"\nversion = "0.1.0"\n')
    _write(root, "auth_plugins/src/auth_plugins/__init__.py", "def client(base_url: str) -> None: ...\n")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "demo 1.0.0")
    _git(root, "tag", "demo-client-v1.0.0")
    return root


def _commit(root: Path, message: str) -> None:
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", message)


def test_projects_and_names(repo: Path) -> None:
    ws = Workspace(repo)
    assert [p.name for p in ws.projects()] == ["auth-plugins", "demo-client"]
    for name in ("demo", "demo-client", "demo_client", "generated/demo-client"):
        assert ws.project(name).name == "demo-client"
    with pytest.raises(ReleaseError, match="unknown project"):
        ws.project("nope")
    assert ws.project_for_tag("demo-client-v1.2.3") == (ws.project("demo"), Version("1.2.3"))
    with pytest.raises(ReleaseError):
        ws.project_for_tag("demo-v1")


def test_version_is_the_spec_version_until_the_content_changes(repo: Path) -> None:
    ws, demo = Workspace(repo), Workspace(repo).project("demo")
    assert release.wheel_version(ws, demo) == ("1.0.0", "the content of demo-client-v1.0.0")
    # The stamp never reaches the wheel: a new inputs hash alone keeps the released version.
    (repo / "generated/demo-client/GENERATED.json").write_text('{"inputs_sha256": "bbbb"}\n', "utf-8")
    assert release.wheel_version(ws, demo)[0] == "1.0.0"
    # A regeneration with a different generator or template: same spec version, other code.
    api = repo / "generated/demo-client/demo_client/api.py"
    api.write_text(api.read_text("utf-8") + "\n# regenerated\n", "utf-8")
    version, why = release.wheel_version(ws, demo)
    assert re.fullmatch(r"1\.0\.0\+gen\.[0-9a-f]{8}", version), version
    assert "demo-client-v1.0.0" in why
    assert "PyPI" in why
    assert Version(version) > Version("1.0.0")
    assert Version(version).public == "1.0.0"
    assert release.wheel_version(ws, demo) == (version, why), "deterministic"
    _set_version(repo, "1.0.1")
    assert release.wheel_version(ws, demo) == ("1.0.1", "not released yet")
    assert release.wheel_version(ws, ws.project("auth-plugins")) == ("0.1.0", "not released yet")


def test_auth_plugins_local_version_after_release(repo: Path) -> None:
    ws = Workspace(repo)
    _git(repo, "tag", "auth-plugins-v0.1.0")
    (repo / "auth_plugins/src/auth_plugins/extra.py").write_text("X = 1\n", "utf-8")
    version = release.wheel_version(ws, ws.project("auth-plugins"))[0]
    assert re.fullmatch(r"0\.1\.0\+src\.[0-9a-f]{8}", version)


def test_client_version_must_be_the_spec_version(repo: Path) -> None:
    pyproject = repo / "generated/demo-client/pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8").replace("1.0.0", "1.0.0.post1"), "utf-8")
    with pytest.raises(ReleaseError, match=r"info\.version 1\.0\.0"):
        release.wheel_version(Workspace(repo), Workspace(repo).project("demo"))


def test_breaking_spec_edit_without_major_bump_is_refused(repo: Path) -> None:
    ws = Workspace(repo)
    _use_spec(repo, "breaking.yaml", "1.1.0")
    _set_version(repo, "1.1.0")
    base = release.default_base(ws, ws.project("demo"))
    assert base == "demo-client-v1.0.0"
    report = compare(ws, ws.project("demo"), base)
    assert report.blocked
    text = report.render()
    assert "operation removed: create_refund (POST /refunds)" in text
    assert "at demo-client-v1.0.0:specs/demo/openapi.yaml:" in text, "a removal points into the base"
    assert "bump info.version in specs/demo/openapi.yaml to 2.0.0" in text
    with pytest.raises(ReleaseError, match="breaking change without a major version bump") as exc:
        release.build(ws, ["demo"], repo / "dist", guard=True)
    assert "request body field `customer_id` added as required" in str(exc.value)
    assert not (repo / "dist").exists(), "nothing is built when the guard refuses"
    _set_version(repo, "2.0.0")
    assert not compare(ws, ws.project("demo"), base).blocked


def test_python_api_breakage_is_refused(repo: Path) -> None:
    ws = Workspace(repo)
    api = repo / "generated/demo-client/demo_client/api.py"
    api.write_text(CLIENT_API.split("\n\n\ndef create_refund")[0] + "\n", "utf-8")
    report = compare(ws, ws.project("demo"), "demo-client-v1.0.0")
    assert report.breaking == [
        "Python API: `demo_client.api.create_refund`: public object was removed",
    ]
    assert report.blocked
    assert "generated/demo-client/demo_client/api.py:" in report.render()
    api.write_text(CLIENT_API.replace("description: str | None = None", "description: str"), "utf-8")
    messages = compare(ws, ws.project("demo"), "demo-client-v1.0.0").breaking
    assert messages == [
        "Python API: `demo_client.api.create_payment` parameter `description`: parameter is now required"
    ]


def test_nonbreaking_edit_passes_and_versions_going_backwards_do_not(repo: Path) -> None:
    ws = Workspace(repo)
    _use_spec(repo, "nonbreaking.yaml", "1.1.0")
    report = compare(ws, ws.project("demo"), "demo-client-v1.0.0")
    assert not report.blocked
    assert report.breaking == []
    assert report.verdict() == "verdict: no breaking change (1.0.0 → 1.1.0)"
    _set_version(repo, "0.9.0")
    assert compare(ws, ws.project("demo"), "demo-client-v1.0.0").blocked


def test_base_defaults(repo: Path) -> None:
    ws = Workspace(repo)
    demo, auth = ws.project("demo"), ws.project("auth-plugins")
    assert release.default_base(ws, auth) is None, "one commit, no tag"
    _set_version(repo, "1.1.0")
    _commit(repo, "1.1.0")
    _git(repo, "tag", "demo-client-v1.1.0")
    assert release.default_base(ws, demo) == "demo-client-v1.1.0"
    assert release.default_base(ws, demo, exclude_tag="demo-client-v1.1.0") == "demo-client-v1.0.0"
    assert release.default_base(ws, auth) == "HEAD~1"


def test_tag_must_name_the_built_version(repo: Path) -> None:
    ws = Workspace(repo)
    with pytest.raises(ReleaseError, match=r"tag demo-client-v1\.2\.3 but demo-client builds as 1\.0\.0"):
        release.build(ws, [], repo / "dist", tag="demo-client-v1.2.3", guard=False)


def test_major_bump_rules() -> None:
    v = Version
    assert major_bumped(v("1.4.2"), v("2.0.0"))
    assert not major_bumped(v("1.4.2"), v("1.9.0"))
    assert major_bumped(v("0.1.0"), v("0.2.0")), "0.y: the minor is the breaking part"
    assert not major_bumped(v("0.1.0"), v("0.1.7"))
    assert not major_bumped(v("2.0.0"), v("1.0.0"))
    assert (next_major(v("1.4.2")), next_major(v("0.1.0"))) == ("2.0.0", "0.2.0")


def test_changelog_initial_then_per_version(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    ws, demo = Workspace(repo), Workspace(repo).project("demo")
    changelog = repo / "specs/demo/CHANGELOG.md"
    assert "wrote the entry for 1.0.0" in write_changelog(ws, demo, "demo-client-v1.0.0")
    first = changelog.read_text("utf-8")
    assert first.startswith("# Changelog: demo-client\n")
    assert "## 1.0.0 (2026-01-01)" in first
    assert "- `create_payment`: POST /payments" in first
    assert "and 1 webhook from" in first
    assert "no changes" in write_changelog(ws, demo, "demo-client-v1.0.0")
    _use_spec(repo, "nonbreaking.yaml", "1.0.0")
    with pytest.raises(ReleaseError, match="bump it first"):
        write_changelog(ws, demo, "demo-client-v1.0.0")
    _set_version(repo, "1.1.0")
    write_changelog(ws, demo, "demo-client-v1.0.0")
    write_changelog(ws, demo, "demo-client-v1.0.0")  # idempotent: the 1.1.0 entry is replaced
    text = changelog.read_text("utf-8")
    assert text.count("## 1.1.0") == 1
    assert text.index("## 1.1.0") < text.index("## 1.0.0")
    assert "Compared with 1.0.0 (demo-client-v1.0.0, " in text
    assert "### Other changes" in text
    assert "- operation added: list_payments (GET /payments/list)" in text
    assert "### Breaking changes" not in text
    _use_spec(repo, "breaking.yaml", "1.2.0")
    with pytest.raises(ReleaseError, match="REFUSED"):
        write_changelog(ws, demo, "demo-client-v1.0.0")
    _set_version(repo, "2.0.0")
    write_changelog(ws, demo, "demo-client-v1.0.0")
    text = changelog.read_text("utf-8")
    assert "## 2.0.0" in text
    assert "### Breaking changes" in text
    assert "- operation removed: create_refund (POST /refunds)" in text


@pytest.mark.parametrize(
    "args",
    [
        ["-p", "hunter2"],
        ["--password", "hunter2"],
        ["--password=hunter2"],
        ["-phunter2"],
        ["--pass=hunter2"],  # twine's argparse takes any unambiguous prefix of --password
        ["--repository-url", "https://user:hunter2@upload.example/legacy/"],
        ["--repository-url=https://__token__:hunter2@upload.example/legacy/"],
    ],
)
def test_publish_refuses_secrets_on_the_command_line(
    args: list[str], repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ReleaseError) as exc:
        release.publish(Workspace(repo), ["--repository-url", "http://127.0.0.1:9/", *args])
    assert "hunter2" not in str(exc.value)
    assert "hunter2" not in "".join(capsys.readouterr())


def test_the_secrets_rule_lets_ordinary_twine_arguments_through() -> None:
    ordinary = ["--repository-url", "https://upload.example/legacy/", "--skip-existing", "-r", "pypi"]
    assert secret_on_command_line([*ordinary, "--print-json", "--verbose", "dist/a.whl"]) is None
    assert secret_on_command_line(["https://user@upload.example/"]) is not None  # any userinfo


def test_publish_needs_a_target_and_wheels(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWINE_REPOSITORY_URL", raising=False)
    with pytest.raises(ReleaseError, match="without a target"):
        release.publish(Workspace(repo), [])
    with pytest.raises(ReleaseError, match="no wheels"):
        release.publish(
            Workspace(repo), ["--repository-url", "http://127.0.0.1:9/", "--dist", str(repo / "x")]
        )


def test_publish_refuses_local_versions_for_pypi(repo: Path) -> None:
    dist = repo / "dist"
    dist.mkdir()
    (dist / "demo_client-1.0.0+gen.0123abcd-py3-none-any.whl").write_bytes(b"")
    with pytest.raises(ReleaseError, match="PyPI refuses local versions"):
        release.publish(
            Workspace(repo), ["--repository-url", "https://upload.pypi.org/legacy/", "--dist", str(dist)]
        )
