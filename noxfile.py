"""Every task of the monorepo is a nox session (`nox -l` lists them)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
REDOCLY = "@redocly/cli@2.77.0"

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["check_generated", "lint", "typecheck", "tests"]
nox.options.reuse_existing_virtualenvs = True


def _group(name: str) -> list[str]:
    return nox.project.dependency_groups(PYPROJECT, name)


def _slugs() -> list[str]:
    return sorted(p.parent.name for p in (ROOT / "specs").glob("*/openapi.yaml"))


def _client_dirs() -> list[str]:
    return [f"generated/{s}-client" for s in _slugs() if (ROOT / f"generated/{s}-client").exists()]


def _install_project(session: nox.Session) -> None:
    """auth_plugins and every generated client, editable, so tests see the working tree."""
    args = ["-e", "auth_plugins"]
    for d in _client_dirs():
        args += ["-e", d]
    session.install(*args)


@nox.session
def generate(session: nox.Session) -> None:
    """Generate clients from specs (-- slug ...): deterministic, incremental, parallel."""
    session.install(*_group("codegen"))
    session.run("python", "tools/codegen.py", "generate", *session.posargs)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Regenerate into a temp dir and fail on any difference from generated/."""
    session.install(*_group("codegen"))
    session.run("python", "tools/codegen.py", "check", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on hand-written code; every spec through openapi-spec-validator and Redocly (0 errors)."""
    session.install(*_group("lint"))
    code = ["auth_plugins", "tests", "tools", "noxfile.py"]
    session.run("ruff", "check", *code)
    session.run("ruff", "format", "--check", *code)
    session.run("bandit", "-q", "-r", "auth_plugins/src", "-ll")
    specs = [f"specs/{s}/openapi.yaml" for s in _slugs()]
    session.run("openapi-spec-validator", *specs)
    if shutil.which("npx") is None:
        session.error("npx (Node.js) is required for Redocly CLI")
    session.run("npx", "--yes", REDOCLY, "lint", "--format=stylish", *specs, external=True)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on auth_plugins, the sandbox, the tests and the generated clients."""
    session.install(*_group("typecheck"))
    _install_project(session)
    packages = [f"{d}/{d.split('/')[-1].replace('-', '_')}" for d in _client_dirs()]
    session.run("mypy", "auth_plugins/src", "tests", "tools", *packages)


@nox.session
def tests(session: nox.Session) -> None:
    """The whole suite: unit (sockets off but loopback), e2e against loopback sandboxes, drift."""
    session.install(*_group("test"), *_group("codegen"))
    _install_project(session)
    session.run("pytest", *session.posargs)


@nox.session
def reliability(session: nox.Session) -> None:
    """Run the reliability checklist; print the table and write reliability-report.json."""
    session.install(*_group("test"), *_group("codegen"))
    _install_project(session)
    session.run("pytest", "-q", "-m", "checklist", "--reliability-report", "reliability-report.json", "tests")


@nox.session
def sandbox(session: nox.Session) -> None:
    """Serve one provider simulator in the foreground (-- <slug> [--port N])."""
    if not session.posargs:
        session.error(f"usage: nox -s sandbox -- <slug> [--port N]; slugs: {', '.join(_slugs())}")
    session.install(*_group("test"))
    _install_project(session)
    session.run("python", "-m", "tests.sandbox", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Measure the stack's overhead against bare httpx; writes bench-results.json and .png."""
    session.install(*_group("bench"))
    _install_project(session)
    session.run("python", "tools/bench.py", *session.posargs)


def _source_date_epoch() -> str:
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return out.stdout.strip() or "315532800"
    except (OSError, subprocess.CalledProcessError):
        return "315532800"


@nox.session
def build(session: nox.Session) -> None:
    """Build the auth-plugins wheel and one wheel per provider client into dist/."""
    session.install(*_group("build"))
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    env = {"SOURCE_DATE_EPOCH": _source_date_epoch()}
    for project in ["auth_plugins", *_client_dirs()]:
        session.run("uv", "build", "--wheel", "--out-dir", str(dist), project, env=env)
    session.run("twine", "check", *[str(p) for p in sorted(dist.glob("*.whl"))])


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/ with twine to --repository-url URL (or TWINE_REPOSITORY_URL); never a default."""
    session.install(*_group("build"))
    url = os.environ.get("TWINE_REPOSITORY_URL")
    args = list(session.posargs)
    if "--repository-url" in args:
        url = args[args.index("--repository-url") + 1]
    elif "--repository" in args or "-r" in args:
        url = "named repository"
    if not url:
        session.error(
            "refusing to publish without a target: pass -- --repository-url URL or set TWINE_REPOSITORY_URL"
        )
    wheels = sorted(str(p) for p in (ROOT / "dist").glob("*.whl"))
    if not wheels:
        session.error("dist/ is empty: run `nox -s build` first")
    session.run("twine", "upload", "--non-interactive", *args, *wheels)
