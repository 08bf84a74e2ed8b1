"""Reproducible, checked wheels.

Each project is staged from `git ls-files -co --exclude-standard` (what a commit holds; ignored
files such as caches never), with file modes normalised to 0644/0755; `SOURCE_DATE_EPOCH` is the
last commit's time, which hatchling stamps on every entry (uv_build uses a fixed 1980 date); both
write entries in a fixed order. Two builds from one commit are byte-identical, which
tests/release/test_wheels.py checks.
"""

from __future__ import annotations

import email.message
import email.parser
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from ._guard import compare
from ._versions import default_base, public_version, wheel_version
from ._workspace import AUTH, Project, ReleaseError, Workspace

__all__ = ["build", "build_wheel", "check_wheel", "check_wheels", "source_date_epoch", "wheel_metadata"]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise ReleaseError(f"{name} is not installed (it is in the `build` dependency group)")
    return found


def source_date_epoch(ws: Workspace) -> str:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    return ws.git("log", "-1", "--format=%ct", check=False).strip() or "315532800"


@contextmanager
def staged_source(ws: Workspace, p: Project, version: str) -> Iterator[Path]:
    """A clean copy of what gets built: no ignored files, normalised modes, the wheel version."""
    with tempfile.TemporaryDirectory(prefix=f"stage-{p.name}-") as tmp:
        dest = Path(tmp) / p.name
        for rel in ws.files(p.directory):
            target = dest / Path(rel).relative_to(p.directory)
            target.parent.mkdir(parents=True, exist_ok=True)
            src = ws.root / rel
            shutil.copyfile(src, target)
            target.chmod(0o755 if os.access(src, os.X_OK) else 0o644)
        pyproject = dest / "pyproject.toml"
        text = pyproject.read_text("utf-8")
        declared = tomllib.loads(text)["project"]["version"]
        if Version(declared) != Version(version):
            text = re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', text, count=1)
            pyproject.write_text(text, "utf-8")
        yield dest


def build_wheel(ws: Workspace, p: Project, out: Path, version: str, epoch: str) -> Path:
    before = set(out.glob("*.whl"))
    with staged_source(ws, p, version) as src:
        env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
        subprocess.run(  # noqa: S603
            [_tool("uv"), "build", "--quiet", "--wheel", "--out-dir", str(out), str(src)], check=True, env=env
        )
    built = sorted(set(out.glob("*.whl")) - before) or sorted(out.glob(f"{p.package}-*.whl"))
    if not built:
        raise ReleaseError(f"{p.name}: uv build produced no wheel")
    return built[-1]


def wheel_metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.BytesParser().parsebytes(z.read(name))


def check_wheel(wheel: Path, auth_version: Version | None) -> list[str]:
    """Our checks beyond twine's: complete metadata, py.typed, auth-plugins pin, duplicates."""
    problems = []
    meta = wheel_metadata(wheel)
    name = meta["Name"]
    for key in (
        "Name",
        "Version",
        "Summary",
        "Requires-Python",
        "License-Expression",
        "Description-Content-Type",
    ):
        if not meta.get(key):
            problems.append(f"{wheel.name}: METADATA lacks {key}")
    if not meta.get_all("Project-URL"):
        problems.append(f"{wheel.name}: METADATA has no Project-URL")
    if "Typing :: Typed" not in (meta.get_all("Classifier") or []):
        problems.append(f"{wheel.name}: no `Typing :: Typed` classifier")
    if not str(meta.get_payload()).strip():
        problems.append(f"{wheel.name}: empty long description (readme)")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        package = canonicalize_name(name).replace("-", "_")
        if f"{package}/py.typed" not in names:
            problems.append(f"{wheel.name}: {package}/py.typed is missing")
        seen: dict[str, list[str]] = {}
        for n in names:
            data = z.read(n)
            if data and ".dist-info/" not in n:
                seen.setdefault(hashlib.sha256(data).hexdigest(), []).append(n)
    for group in seen.values():
        # Generated api/<tag>/__init__.py files share one docstring; any other duplicate is a bug.
        if len(group) > 1 and not all(re.fullmatch(r"[^/]+/api/[^/]+/__init__\.py", n) for n in group):
            problems.append(f"{wheel.name}: duplicate files {', '.join(group)}")
    if canonicalize_name(name) != AUTH:
        pins = [Requirement(r) for r in meta.get_all("Requires-Dist") or []]
        pin = next((r for r in pins if canonicalize_name(r.name) == AUTH), None)
        if pin is None:
            problems.append(f"{wheel.name}: does not depend on {AUTH}")
        elif auth_version is not None and not pin.specifier.contains(auth_version, prereleases=True):
            problems.append(
                f"{wheel.name}: requires {AUTH}{pin.specifier} but auth_plugins is {auth_version}: "
                "widen the range in codegen/templates/pyproject_uv.toml.jinja and regenerate"
            )
    return problems


def check_wheels(ws: Workspace, wheels: Sequence[Path]) -> None:
    python = sys.executable
    subprocess.run([python, "-m", "twine", "check", "--strict", *map(str, wheels)], check=True)  # noqa: S603
    # W002 (duplicate files) is checked by check_wheel with the one exception generated code needs.
    subprocess.run(  # noqa: S603
        [_tool("check-wheel-contents"), "--ignore", "W002", *map(str, wheels)], check=True
    )
    auth = public_version(ws, ws.project(AUTH))
    problems = [msg for w in wheels for msg in check_wheel(w, auth)]
    if problems:
        raise ReleaseError("wheel checks failed:\n  " + "\n  ".join(problems))


def build(
    ws: Workspace, names: Sequence[str], out: Path, tag: str | None = None, guard: bool = True
) -> list[Path]:
    if tag:
        project, tag_version = ws.project_for_tag(tag)
        if names and any(ws.project(n) != project for n in names):
            raise ReleaseError(f"--tag {tag} builds {project.name} only")
        chosen = [project]
    else:
        chosen = [ws.project(n) for n in names] if names else ws.projects()
    if guard:
        refused = []
        for p in chosen:
            report = compare(ws, p, default_base(ws, p, exclude_tag=tag))
            print(f"guard: {report.verdict().removeprefix('verdict: ')} [{p.name} vs {report.base_text()}]")
            if report.blocked:
                refused.append(report.render())
        if refused:
            raise ReleaseError("breaking change without a major version bump:\n\n" + "\n\n".join(refused))
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.whl"):
        old.unlink()
    epoch = source_date_epoch(ws)
    wheels = []
    for p in chosen:
        version, why = wheel_version(ws, p)
        if tag and Version(version) != tag_version:
            raise ReleaseError(
                f"tag {tag} but {p.name} builds as {version} ({why}): the tag must name the "
                f"version in {p.version_file}, on the commit that has it"
            )
        print(f"build: {p.name} {version} ({why}), SOURCE_DATE_EPOCH={epoch}")
        wheels.append(build_wheel(ws, p, out, version, epoch))
    check_wheels(ws, wheels)
    for w in wheels:
        print(f"{hashlib.sha256(w.read_bytes()).hexdigest()}  {w.name}")
    return wheels
