"""Uploading dist/ with twine: never without a target, never a local version to PyPI, never a
password from the command line (tools/_secrets.py)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from tools._secrets import secret_on_command_line

from ._workspace import ReleaseError, Workspace

__all__ = ["publish"]

PYPI_HOSTS = ("upload.pypi.org", "test.pypi.org")


def publish(ws: Workspace, argv: Sequence[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.release publish", add_help=False)
    parser.add_argument("--repository-url")
    parser.add_argument("--dist", default=str(ws.root / "dist"))
    parser.add_argument("--only", action="append", default=[], help="a project name (repeatable)")
    args, twine_args = parser.parse_known_args(list(argv))
    refusal = secret_on_command_line(argv)
    if refusal:
        raise ReleaseError(refusal)
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
