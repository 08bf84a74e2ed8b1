"""Which version each wheel gets.

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
- A breaking change needs a higher major version (`major_bumped`); for 0.y versions the minor
  counts as the major, as in Cargo and npm.
"""

from __future__ import annotations

import hashlib
import tempfile
import tomllib
from collections.abc import Sequence
from pathlib import Path

from packaging.version import InvalidVersion, Version

from tools.specdiff import Spec

from ._workspace import Project, ReleaseError, Workspace

__all__ = [
    "content_digest",
    "default_base",
    "major_bumped",
    "next_major",
    "public_version",
    "release_tags",
    "wheel_version",
]

STAMP = "GENERATED.json"


def public_version(ws: Workspace, p: Project, ref: str | None = None) -> Version | None:
    """The version at `ref` (None: the working tree); None when the project did not exist."""
    raw = ws.read(ref, f"{p.directory}/pyproject.toml")
    if raw is None:
        return None
    declared = tomllib.loads(raw.decode("utf-8"))["project"]["version"]
    version = _version(declared, f"{p.directory}/pyproject.toml")
    if p.spec:
        spec = ws.read(ref, p.spec)
        if spec is not None:
            info = _version(Spec(spec.decode("utf-8")).version, f"{p.spec} info.version")
            if info != version:
                raise ReleaseError(
                    f"{p.directory}/pyproject.toml has version {version} but {p.spec} says "
                    f"info.version {info}: a client's version is its spec's (drop "
                    f"package_version_override from specs/{p.slug}/codegen.yaml and regenerate)"
                )
    return version


def release_tags(ws: Workspace, p: Project, *, merged: bool = True) -> dict[Version, str]:
    args = ["tag", "--list", f"{p.tag_prefix}*"] + (["--merged", "HEAD"] if merged else [])
    tags: dict[Version, str] = {}
    for tag in ws.git(*args).split():
        try:
            tags[Version(tag.removeprefix(p.tag_prefix))] = tag
        except InvalidVersion:
            continue
    return tags


def default_base(ws: Workspace, p: Project, exclude_tag: str | None = None) -> str | None:
    """The last release tag of `p` (other than the one being built), else HEAD~1."""
    tags = {v: t for v, t in release_tags(ws, p).items() if t != exclude_tag}
    if tags:
        return tags[max(tags)]
    return "HEAD~1" if ws.rev("HEAD~1") else None


def content_digest(ws: Workspace, p: Project, ref: str | None = None) -> str | None:
    """sha256 over the files that go into the wheel (GENERATED.json never does)."""
    if ref is None:
        return _digest(ws.root, ws.files(p.directory), p.directory)
    with tempfile.TemporaryDirectory(prefix="release-digest-") as tmp:
        if ws.export(ref, p.directory, Path(tmp)) is None:
            return None
        files = sorted(f.relative_to(tmp).as_posix() for f in Path(tmp).rglob("*") if f.is_file())
        return _digest(Path(tmp), files, p.directory)


def wheel_version(ws: Workspace, p: Project) -> tuple[str, str]:
    """The version to build and why (see this module's docstring)."""
    public = public_version(ws, p)
    if public is None:
        raise ReleaseError(f"{p.directory}/pyproject.toml is missing")
    tag = release_tags(ws, p, merged=False).get(public)
    if tag is None:
        return str(public), "not released yet"
    if content_digest(ws, p, tag) == (digest := content_digest(ws, p)):
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
