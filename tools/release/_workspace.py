"""The workspace: its projects (each provider client and auth-plugins) and its git history."""

from __future__ import annotations

import io
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

__all__ = ["AUTH", "ROOT", "Project", "ReleaseError", "Workspace"]

ROOT = Path(__file__).resolve().parents[2]
AUTH = "auth-plugins"


class ReleaseError(Exception):
    pass


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

    def read(self, ref: str | None, path: str) -> bytes | None:
        """`path` at `ref`, or in the working tree when `ref` is None; None when it is absent."""
        if ref is None:
            f = self.root / path
            return f.read_bytes() if f.exists() else None
        return self.show(ref, path)
