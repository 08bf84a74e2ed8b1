"""Release engineering: versions, reproducible wheels, the breaking-change guard, changelogs, upload.

Run through nox (`build`, `diff`, `changelog`, `publish`); `python tools/release.py -h` lists the
same commands. Each provider client and `auth-plugins` is its own distribution, released by a tag
`<distribution>-v<version>` (`payinout-client-v1.2.3`, `auth-plugins-v0.1.0`).

Version scheme (decided here and nowhere else):
- A client's public version is its spec's `info.version`, which openapi-python-client writes into
  `generated/<slug>-client/pyproject.toml`; a `package_version_override` that disagrees is refused.
  `auth-plugins` has its own version in `auth_plugins/pyproject.toml`.
- The public version names one wheel content. When the release tag of that version exists and the
  files that go into the wheel differ from the tagged ones (the client was regenerated from the same
  spec version by another generator or template, or the spec changed without a bump), the wheel is
  built as `<version>+gen.<sha256 of those files, 8 hex>` (`+src.` for auth-plugins). That local
  version installs locally and on a private index for testing, sorts after the release it modifies,
  and cannot be mistaken for it; PyPI refuses local versions, so it can never be published there.
  To release it, bump `info.version` (patch for a regeneration, minor for additions, major for a
  breaking change). GENERATED.json is left out of the hash: it never reaches the wheel.
- Breaking changes (tools/specdiff.py on the spec, griffe on the generated package) since the base
  (the last release tag, else HEAD~1) need a higher major version; for 0.y versions the minor
  counts as the major, as in Cargo and npm.

Reproducible wheels: each project is staged from `git ls-files -co --exclude-standard` (what a
commit holds; ignored files such as caches never), with file modes normalised to 0644/0755;
`SOURCE_DATE_EPOCH` is the last commit's time, which hatchling stamps on every entry (uv_build uses
a fixed 1980 date); both write entries in a fixed order. Two builds from one commit are
byte-identical, which tests/release/test_wheels.py checks.
"""

from __future__ import annotations

import argparse
import email.parser
import hashlib
import io
import logging
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.specdiff import HTTP_METHODS, Change, Spec, diff

ROOT = Path(__file__).resolve().parent.parent
AUTH = "auth-plugins"
STAMP = "GENERATED.json"
PYPI_HOSTS = ("upload.pypi.org", "test.pypi.org")
SECRET_FLAGS = ("-p", "--password")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class ReleaseError(Exception):
    pass


# --- the workspace and its git history -------------------------------------------------------


@dataclass(frozen=True)
class Project:
    name: str  # distribution name
    directory: str  # relative to the workspace root: what gets built
    package: str  # import name
    search_root: str  # relative to the workspace root: where griffe finds `package`
    slug: str | None = None  # the provider, for a generated client

    @property
    def tag_prefix(self) -> str:
        return f"{self.name}-v"

    @property
    def spec(self) -> str | None:
        return f"specs/{self.slug}/openapi.yaml" if self.slug else None

    @property
    def version_file(self) -> str:
        return self.spec or f"{self.directory}/pyproject.toml"


class Workspace:
    def __init__(self, root: Path = ROOT) -> None:
        self.root = root

    def git(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run(  # noqa: S603
            ["git", *args],  # noqa: S607
            cwd=self.root,
            capture_output=True,
            text=True,
            check=False,
        )
        if check and proc.returncode != 0:
            raise ReleaseError(f"git {' '.join(args)}: {proc.stderr.strip()}")
        return proc.stdout

    def rev(self, ref: str) -> str | None:
        out = self.git("rev-parse", "-q", "--verify", f"{ref}^{{commit}}", check=False).strip()
        return out or None

    def show(self, ref: str, path: str) -> bytes | None:
        proc = subprocess.run(  # noqa: S603
            ["git", "show", f"{ref}:{path}"],  # noqa: S607
            cwd=self.root,
            capture_output=True,
            check=False,
        )
        return proc.stdout if proc.returncode == 0 else None

    def export(self, ref: str, path: str, dest: Path) -> Path | None:
        """`path` as it was at `ref`, unpacked under `dest` (None if it did not exist)."""
        proc = subprocess.run(  # noqa: S603
            ["git", "archive", "--format=tar", ref, "--", path],  # noqa: S607
            cwd=self.root,
            capture_output=True,
            check=False,
        )
        if proc.returncode != 0:
            return None
        with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
            tar.extractall(dest, filter="data")
        return dest / path if (dest / path).exists() else None

    def files(self, directory: str) -> list[str]:
        """Tracked and untracked-but-not-ignored files under `directory`, as in a clean checkout."""
        out = self.git("ls-files", "-z", "-co", "--exclude-standard", "--", directory)
        return sorted({f for f in out.split("\0") if f and (self.root / f).is_file()})

    def projects(self) -> list[Project]:
        found = [Project(AUTH, "auth_plugins", "auth_plugins", "auth_plugins/src")]
        for spec in sorted((self.root / "specs").glob("*/openapi.yaml")):
            slug = spec.parent.name
            directory = f"generated/{slug}-client"
            if (self.root / directory / "pyproject.toml").exists():
                package = f"{slug}_client"
                found.append(Project(f"{slug}-client", directory, package, directory, slug))
        return found

    def project(self, name: str) -> Project:
        wanted = canonicalize_name(name.removesuffix("/"))
        for p in self.projects():
            if wanted in (p.name, canonicalize_name(p.directory), p.slug, canonicalize_name(p.package)):
                return p
        known = ", ".join(p.name for p in self.projects())
        raise ReleaseError(f"unknown project {name!r}; known: {known}")

    def project_for_tag(self, tag: str) -> tuple[Project, Version]:
        for p in self.projects():
            if tag.startswith(p.tag_prefix):
                try:
                    return p, Version(tag.removeprefix(p.tag_prefix))
                except InvalidVersion:
                    break
        raise ReleaseError(f"tag {tag!r} is not <distribution>-v<version> for a project here")

    # --- versions ----------------------------------------------------------------------------

    def public_version(self, p: Project, ref: str | None = None) -> Version | None:
        """The version at `ref` (None: the working tree); None when the project did not exist."""
        raw = self._read(ref, f"{p.directory}/pyproject.toml")
        if raw is None:
            return None
        declared = tomllib.loads(raw.decode("utf-8"))["project"]["version"]
        version = _version(declared, f"{p.directory}/pyproject.toml")
        if p.spec:
            spec = self._read(ref, p.spec)
            if spec is not None:
                info = _version(Spec(spec.decode("utf-8")).version, f"{p.spec} info.version")
                if info != version:
                    raise ReleaseError(
                        f"{p.directory}/pyproject.toml has version {version} but {p.spec} says "
                        f"info.version {info}: a client's version is its spec's (drop "
                        f"package_version_override from specs/{p.slug}/codegen.yaml and regenerate)"
                    )
        return version

    def _read(self, ref: str | None, path: str) -> bytes | None:
        if ref is None:
            f = self.root / path
            return f.read_bytes() if f.exists() else None
        return self.show(ref, path)

    def release_tags(self, p: Project, *, merged: bool = True) -> dict[Version, str]:
        args = ["tag", "--list", f"{p.tag_prefix}*"] + (["--merged", "HEAD"] if merged else [])
        tags: dict[Version, str] = {}
        for tag in self.git(*args).split():
            try:
                tags[Version(tag.removeprefix(p.tag_prefix))] = tag
            except InvalidVersion:
                continue
        return tags

    def default_base(self, p: Project, exclude_tag: str | None = None) -> str | None:
        """The last release tag of `p` (other than the one being built), else HEAD~1."""
        tags = {v: t for v, t in self.release_tags(p).items() if t != exclude_tag}
        if tags:
            return tags[max(tags)]
        return "HEAD~1" if self.rev("HEAD~1") else None

    def content_digest(self, p: Project, ref: str | None = None) -> str | None:
        """sha256 over the files that go into the wheel (GENERATED.json never does)."""
        if ref is None:
            return _digest(self.root, self.files(p.directory), p.directory)
        with tempfile.TemporaryDirectory(prefix="release-digest-") as tmp:
            if self.export(ref, p.directory, Path(tmp)) is None:
                return None
            files = sorted(f.relative_to(tmp).as_posix() for f in Path(tmp).rglob("*") if f.is_file())
            return _digest(Path(tmp), files, p.directory)

    def wheel_version(self, p: Project) -> tuple[str, str]:
        """The version to build and why (see the module docstring)."""
        public = self.public_version(p)
        if public is None:
            raise ReleaseError(f"{p.directory}/pyproject.toml is missing")
        tag = self.release_tags(p, merged=False).get(public)
        if tag is None:
            return str(public), "not released yet"
        if self.content_digest(p, tag) == (digest := self.content_digest(p)):
            return str(public), f"the content of {tag}"
        kind = "gen" if p.slug else "src"
        return (
            f"{public}+{kind}.{(digest or '')[:8]}",
            f"differs from {tag} without a version bump: local version, PyPI refuses it",
        )


def _digest(base: Path, files: Sequence[str], directory: str) -> str:
    h = hashlib.sha256()
    for rel in files:
        if Path(rel).name == STAMP:
            continue
        name = Path(rel).relative_to(directory).as_posix()
        h.update(name.encode() + b"\0" + (base / rel).read_bytes() + b"\0")
    return h.hexdigest()


def _version(text: str, where: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        raise ReleaseError(f"{where}: {text!r} is not a PEP 440 version") from None


def major_bumped(old: Version, new: Version) -> bool:
    """The breaking part went up: the major, or for 0.y the minor."""
    if new.major != old.major:
        return new.major > old.major
    return new.major == 0 and new.minor > old.minor


def next_major(v: Version) -> str:
    return f"0.{v.minor + 1}.0" if v.major == 0 else f"{v.major + 1}.0.0"


# --- the breaking-change guard ---------------------------------------------------------------


@dataclass(frozen=True)
class ApiChange:
    message: str
    location: str


@dataclass
class Report:
    project: Project
    base: str | None
    base_commit: str | None = None
    old_version: Version | None = None
    new_version: Version | None = None
    spec_changes: list[Change] = field(default_factory=list)
    api_changes: list[ApiChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[str]:
        spec = [c.message for c in self.spec_changes if c.breaking]
        return spec + [f"Python API: {c.message}" for c in self.api_changes]

    @property
    def blocked(self) -> bool:
        if self.old_version is None or self.new_version is None:
            return False
        if self.new_version < self.old_version:
            return True
        return bool(self.breaking) and not major_bumped(self.old_version, self.new_version)

    def base_text(self) -> str:
        if self.base is None:
            return "no base"
        commit = (
            f" ({self.base_commit[:10]})"
            if self.base_commit and self.base_commit[:7] not in self.base
            else ""
        )
        return f"{self.base}{commit}"

    def verdict(self) -> str:
        p, old, new = self.project, self.old_version, self.new_version
        if old is None or new is None:
            return f"verdict: {p.name} is new since {self.base_text()}; nothing to compare"
        if new < old:
            return f"verdict: REFUSED: the version went backwards ({old} → {new}) in {p.version_file}"
        if not self.breaking:
            return f"verdict: no breaking change ({old} → {new})"
        if not self.blocked:
            return (
                f"verdict: {len(self.breaking)} breaking change(s), allowed by the major bump {old} → {new}"
            )
        where = f"info.version in {p.spec}" if p.spec else f"version in {p.version_file}"
        then = (
            f"then `nox -s generate -- {p.slug}` and `nox -s changelog -- {p.slug}`"
            if p.slug
            else "and widen the clients' auth-plugins range in codegen/templates/pyproject_uv.toml.jinja"
        )
        return (
            f"verdict: REFUSED: {len(self.breaking)} breaking change(s) but {old} → {new} keeps the "
            f"major version; bump {where} to {next_major(old)} ({then})"
        )

    def render(self) -> str:
        p = self.project
        lines = [f"{p.name}: {self.base_text()} → working tree ({self.old_version} → {self.new_version})"]
        lines += [f"  note: {n}" for n in self.notes]
        if p.spec:
            lines.append(f"spec changes ({p.spec}):")
            if self.spec_changes:
                for c in self.spec_changes:
                    tag = "BREAKING    " if c.breaking else "non-breaking"
                    lines.append(f"  {tag}  {c.describe(p.spec, f'{self.base}:{p.spec}')}")
            else:
                lines.append("  none")
        lines.append(f"Python API changes (griffe, {p.package}):")
        if self.api_changes:
            lines += [f"  BREAKING      {c.message}\n      at {c.location}" for c in self.api_changes]
        else:
            lines.append("  no breaking change")
        lines.append(self.verdict())
        return "\n".join(lines)


def api_breakages(
    old_root: Path, new_root: Path, package: str, shown_as: str, base: str = "base"
) -> list[ApiChange]:
    """griffe's breaking changes between two copies of a package (static analysis, no import)."""
    import griffe

    logging.getLogger("griffe").setLevel(logging.ERROR)
    try:
        old = griffe.load(package, search_paths=[old_root], resolve_aliases=False)
    except ImportError:  # the package did not exist there yet: nothing can break
        return []
    new = griffe.load(package, search_paths=[new_root], resolve_aliases=False)
    found = []
    for b in griffe.find_breaking_changes(old, new):
        obj = b.obj
        # explain(): "<file>:<line>: <title>: <kind>[: <old> -> <new>]"; its file is cwd-relative.
        parts = _ANSI.sub("", b.explain()).split(": ", 3)
        title = parts[1] if len(parts) > 1 else ""
        param = f" parameter `{title.split('(', 1)[1].rstrip(')')}`" if "(" in title else ""
        change = f": {parts[3]}" if len(parts) > 3 else ""
        removed = b.kind == griffe.BreakageKind.OBJECT_REMOVED
        root = old_root if removed else new_root
        filepath = obj.filepath if isinstance(obj.filepath, Path) else None
        rel = filepath.relative_to(root).as_posix() if filepath and filepath.is_relative_to(root) else "?"
        line = f":{obj.lineno}" if obj.lineno else ""
        where = f"{base}:{shown_as}/{rel}{line}" if removed else f"{shown_as}/{rel}{line}"
        found.append(ApiChange(f"`{obj.path}`{param}: {b.kind.value.lower()}{change}", where))
    return sorted(found, key=lambda c: (c.location, c.message))


def compare(ws: Workspace, p: Project, base: str | None) -> Report:
    """Spec and Python API of `p` at `base` against the working tree."""
    report = Report(p, base, new_version=ws.public_version(p))
    if base is None:
        report.notes.append("no base revision (a repository with one commit)")
        return report
    report.base_commit = ws.rev(base)
    if report.base_commit is None:
        raise ReleaseError(f"unknown revision {base!r}")
    report.old_version = ws.public_version(p, base)
    if report.old_version is None:
        return report
    if p.spec:
        old_text = ws.show(base, p.spec)
        if old_text is not None:
            old = Spec(old_text.decode("utf-8"), p.spec)
            report.spec_changes = diff(old, Spec.load(ws.root / p.spec, p.spec))
    with tempfile.TemporaryDirectory(prefix="release-base-") as tmp:
        exported = ws.export(base, p.directory, Path(tmp))
        if exported is not None:
            old_root = Path(tmp) / p.search_root
            new_root = ws.root / p.search_root
            report.api_changes = api_breakages(old_root, new_root, p.package, p.search_root, base)
    return report


# --- changelog -------------------------------------------------------------------------------

CHANGELOG_HEAD = """# Changelog: {name}

Versions follow `info.version` in `specs/{slug}/openapi.yaml`. Each entry is written by
`nox -s changelog -- {slug}` from the spec and API diff against the previous release (the generated
code is never edited by hand); a breaking change always comes with a new major version.
"""


def _today() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return when.date().isoformat()


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def initial_entry(ws: Workspace, p: Project) -> str:
    assert p.spec
    spec = Spec.load(ws.root / p.spec)
    ops: list[str] = []
    hooks: list[str] = []
    for section, target in (("paths", ops), ("webhooks", hooks)):
        for path, item in sorted((spec.doc.get(section) or {}).items()):
            for method, op in item.items():
                if method in HTTP_METHODS and isinstance(op, dict):
                    summary = str(op.get("summary", "")).strip().rstrip(".")
                    target.append(f"- `{op.get('operationId')}`: {method.upper()} {path}: {summary}")
    schemes = sorted((spec.doc.get("components", {}).get("securitySchemes") or {}).keys())
    lines = [
        f"## {spec.version} ({_today()})",
        "",
        f"First release of `{p.name}`: {_count(len(ops), 'operation')}"
        + (f" and {_count(len(hooks), 'webhook')}" if hooks else "")
        + f" from `{p.spec}`; authentication schemes: {', '.join(schemes) or 'none'}.",
        "",
        *ops,
    ]
    if hooks:
        lines += ["", "Webhooks:", "", *hooks]
    return "\n".join(lines) + "\n"


def diff_entry(report: Report) -> str:
    spec_breaking = [c for c in report.spec_changes if c.breaking]
    other = [c for c in report.spec_changes if not c.breaking]
    commit = (report.base_commit or "")[:10]
    tagged = report.base and report.base.startswith(report.project.tag_prefix)
    since = f"{report.base}, {commit}" if tagged else commit
    lines = [
        f"## {report.new_version} ({_today()})",
        "",
        f"Compared with {report.old_version} ({since}).",
        "",
    ]
    if spec_breaking or report.api_changes:
        lines += ["### Breaking changes", ""]
        lines += [f"- {_entry(c)}" for c in spec_breaking]
        lines += [f"- Python API: {c.message}" for c in report.api_changes]
        lines.append("")
    if other:
        lines += ["### Other changes", ""]
        lines += [f"- {_entry(c)}" for c in other]
        lines.append("")
    if not spec_breaking and not other and not report.api_changes:
        lines += ["No change to the spec or the Python API (regenerated).", ""]
    return "\n".join(lines)


def _entry(c: Change) -> str:
    ops = f" ({', '.join(f'`{o}`' for o in c.operations)})" if c.operations else ""
    return f"{c.message}{ops}"


def write_changelog(ws: Workspace, p: Project, base: str | None) -> str:
    if not p.slug:
        raise ReleaseError("changelogs are per provider: give a provider slug")
    path = ws.root / "specs" / p.slug / "CHANGELOG.md"
    text = path.read_text("utf-8") if path.exists() else CHANGELOG_HEAD.format(name=p.name, slug=p.slug)
    head, sections = _split_changelog(text)
    report = compare(ws, p, base)
    if report.old_version is None or (report.old_version == report.new_version and not sections):
        entry = initial_entry(ws, p)
    elif report.old_version == report.new_version:
        if report.spec_changes or report.api_changes:
            raise ReleaseError(
                f"{p.spec} changed since {report.base_text()} but info.version is still "
                f"{report.new_version}: bump it first (the changelog entry is per version)"
            )
        return f"{path.relative_to(ws.root)}: {report.new_version} has no changes since {report.base_text()}"
    else:
        if report.blocked:
            raise ReleaseError(report.verdict())
        entry = diff_entry(report)
    version = str(report.new_version)
    sections = [s for s in sections if _section_version(s) != version]
    sections.insert(0, entry)
    path.write_text(head.rstrip("\n") + "\n\n" + "\n".join(s.rstrip("\n") + "\n" for s in sections), "utf-8")
    return f"{path.relative_to(ws.root)}: wrote the entry for {version}"


def _split_changelog(text: str) -> tuple[str, list[str]]:
    parts = re.split(r"(?m)^(?=## )", text)
    return parts[0], [s for s in parts[1:] if s.strip()]


def _section_version(section: str) -> str:
    return section.split(maxsplit=2)[1] if section.startswith("## ") else ""


# --- building and checking wheels ------------------------------------------------------------


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
    auth = ws.public_version(ws.project(AUTH))
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
            report = compare(ws, p, ws.default_base(p, exclude_tag=tag))
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
        version, why = ws.wheel_version(p)
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


# --- publishing ------------------------------------------------------------------------------


def refuse_secrets(args: Sequence[str]) -> None:
    """Credentials come from TWINE_USERNAME/TWINE_PASSWORD or keyring, never the command line."""
    for arg in args:
        if arg in SECRET_FLAGS or any(arg.startswith(f"{f}=") for f in SECRET_FLAGS if f.startswith("--")):
            raise ReleaseError("pass the password in TWINE_PASSWORD or keyring, not on the command line")
        if arg.startswith("-p") and len(arg) > 2 and not arg.startswith("--"):
            raise ReleaseError("pass the password in TWINE_PASSWORD or keyring, not on the command line")
        if "://" in arg and urlsplit(arg).password:
            raise ReleaseError("the repository URL carries a password: use TWINE_PASSWORD or keyring")


def publish(ws: Workspace, argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(prog="release.py publish", add_help=False)
    parser.add_argument("--repository-url")
    parser.add_argument("--dist", default=str(ws.root / "dist"))
    parser.add_argument("--only", action="append", default=[], help="a project name (repeatable)")
    args, twine_args = parser.parse_known_args(list(argv))
    refuse_secrets(list(argv))
    url = args.repository_url or os.environ.get("TWINE_REPOSITORY_URL")
    named = any(a in ("-r", "--repository") or a.startswith("--repository=") for a in twine_args)
    if not url and not named:
        raise ReleaseError(
            "refusing to publish without a target: pass --repository-url URL or set TWINE_REPOSITORY_URL"
        )
    wheels = sorted(Path(args.dist).glob("*.whl"))
    if args.only:
        keep = {ws.project(n).package for n in args.only}
        wheels = [w for w in wheels if w.name.split("-")[0] in keep]
    if not wheels:
        raise ReleaseError(f"no wheels in {args.dist}: run `nox -s build` first")
    local = [w.name for w in wheels if "+" in w.name.split("-")[1]]
    if local and url and urlsplit(url).hostname in PYPI_HOSTS:
        raise ReleaseError(f"PyPI refuses local versions: {', '.join(local)} (bump the version to release)")
    python = sys.executable
    subprocess.run([python, "-m", "twine", "check", "--strict", *map(str, wheels)], check=True)  # noqa: S603
    target = ["--repository-url", url] if url and not named else []
    print(f"upload: {len(wheels)} wheel(s) to {_redact(url) if url else 'the named repository'}")
    cmd = [python, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar", *target]
    subprocess.run([*cmd, *twine_args, *map(str, wheels)], check=True)  # noqa: S603


def _redact(url: str) -> str:
    parts = urlsplit(url)
    return (
        parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else "")).geturl()
        if parts.hostname
        else url
    )


# --- command line ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="guard, then build and check wheels")
    b.add_argument("projects", nargs="*", help="slug or distribution name (default: all)")
    b.add_argument("--out", default=str(ROOT / "dist"))
    b.add_argument("--tag", help="release tag <distribution>-v<version>: build that one, check its version")
    b.add_argument("--no-guard", action="store_true", help="skip the breaking-change guard")
    d = sub.add_parser("diff", help="spec and API changes of one project against a base")
    d.add_argument("project")
    d.add_argument("base", nargs="?", help="git revision (default: last release tag, else HEAD~1)")
    c = sub.add_parser("changelog", help="write the CHANGELOG.md entry for the current version")
    c.add_argument("project")
    c.add_argument("base", nargs="?")
    sub.add_parser("versions", help="the version each wheel would get, and why")
    sub.add_parser("publish", help="upload dist/ with twine", add_help=False)
    args, rest = parser.parse_known_args(argv)
    ws = Workspace()
    try:
        if args.command == "publish":
            publish(ws, rest)
            return 0
        if rest:
            parser.error(f"unrecognized arguments: {' '.join(rest)}")
        if args.command == "build":
            build(ws, args.projects, Path(args.out), args.tag, guard=not args.no_guard)
        elif args.command == "diff":
            p = ws.project(args.project)
            report = compare(ws, p, args.base or ws.default_base(p))
            print(report.render())
            return 1 if report.blocked else 0
        elif args.command == "changelog":
            p = ws.project(args.project)
            print(write_changelog(ws, p, args.base or ws.default_base(p)))
        elif args.command == "versions":
            for p in ws.projects():
                version, why = ws.wheel_version(p)
                print(f"{p.name} {version} ({why})")
    except ReleaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"error: {Path(str(exc.cmd[0])).name} failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
