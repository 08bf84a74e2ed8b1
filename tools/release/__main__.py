"""`python -m tools.release build|diff|changelog|versions|publish` (nox runs these sessions)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from ._changelog import write_changelog
from ._guard import compare
from ._upload import publish
from ._versions import default_base, wheel_version
from ._wheels import build
from ._workspace import ROOT, ReleaseError, Workspace


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.release",
        description="Release engineering: versions, wheels, the breaking-change guard, changelogs, upload.",
    )
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
            report = compare(ws, p, args.base or default_base(ws, p))
            print(report.render())
            return 1 if report.blocked else 0
        elif args.command == "changelog":
            p = ws.project(args.project)
            print(write_changelog(ws, p, args.base or default_base(ws, p)))
        elif args.command == "versions":
            for p in ws.projects():
                version, why = wheel_version(ws, p)
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
