"""The breaking-change guard: spec changes (tools/specdiff.py) and Python API changes (griffe)
since a base revision, and whether the version bump allows them."""

from __future__ import annotations

import logging
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from packaging.version import Version

from tools.specdiff import Change, Spec, diff

from ._versions import major_bumped, next_major, public_version
from ._workspace import Project, ReleaseError, Workspace

__all__ = ["ApiChange", "Report", "api_breakages", "compare"]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


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
    report = Report(p, base, new_version=public_version(ws, p))
    if base is None:
        report.notes.append("no base revision (a repository with one commit)")
        return report
    report.base_commit = ws.rev(base)
    if report.base_commit is None:
        raise ReleaseError(f"unknown revision {base!r}")
    report.old_version = public_version(ws, p, base)
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
