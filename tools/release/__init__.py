"""Release engineering: versions, reproducible wheels, the breaking-change guard, changelogs, upload.

Run through nox (`build`, `diff`, `changelog`, `publish`); `python -m tools.release -h` lists the
same commands. Each provider client and `auth-plugins` is its own distribution, released by a tag
`<distribution>-v<version>` (`payinout-client-v1.2.3`, `auth-plugins-v0.1.0`).

One concern per module:
- `_workspace`: the projects and the git history (`Workspace`, `Project`, `ReleaseError`);
- `_versions`: the version scheme, decided there and nowhere else (its docstring);
- `_guard`: breaking changes since a base (the last release tag, else HEAD~1), spec and Python API;
- `_changelog`: `specs/<slug>/CHANGELOG.md` entries;
- `_wheels`: reproducible, checked wheels (its docstring says how they stay byte-identical);
- `_upload`: twine upload, with the refusals that keep a release and its credentials safe;
- `__main__`: the command line.
"""

from __future__ import annotations

from ._changelog import diff_entry, initial_entry, write_changelog
from ._guard import ApiChange, Report, api_breakages, compare
from ._upload import publish
from ._versions import (
    content_digest,
    default_base,
    major_bumped,
    next_major,
    public_version,
    release_tags,
    wheel_version,
)
from ._wheels import build, build_wheel, check_wheel, check_wheels, source_date_epoch, wheel_metadata
from ._workspace import AUTH, ROOT, Project, ReleaseError, Workspace

__all__ = [
    "AUTH",
    "ROOT",
    "ApiChange",
    "Project",
    "ReleaseError",
    "Report",
    "Workspace",
    "api_breakages",
    "build",
    "build_wheel",
    "check_wheel",
    "check_wheels",
    "compare",
    "content_digest",
    "default_base",
    "diff_entry",
    "initial_entry",
    "major_bumped",
    "next_major",
    "public_version",
    "publish",
    "release_tags",
    "source_date_epoch",
    "wheel_metadata",
    "wheel_version",
    "write_changelog",
]
