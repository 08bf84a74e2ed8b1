"""specs/<slug>/CHANGELOG.md: the first entry lists the operations; later ones the guard's changes."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime

from tools._openapi import HTTP_METHODS
from tools.specdiff import Change, Spec

from ._guard import Report, compare
from ._workspace import Project, ReleaseError, Workspace

__all__ = ["CHANGELOG_HEAD", "diff_entry", "initial_entry", "write_changelog"]

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
