"""Every task of the monorepo is a nox session (`nox -l` lists them)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT))  # for tools._secrets, which is stdlib-only

from tools._secrets import secret_on_command_line  # noqa: E402

PYPROJECT = nox.project.load_toml("pyproject.toml")
REDOCLY = "@redocly/cli@2.77.0"
# The diagrams' runtime, served from the site (Material would otherwise load it from a CDN): the
# major version Material's integration targets, pinned; `npm pack` fetches it from the npm registry.
MERMAID = "mermaid@11.6.0"
DOCS_ASSETS = ROOT / "build" / "docs-assets"

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["check_generated", "lint", "typecheck", "tests", "docs", "docs_browser"]
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
    session.run("python", "-m", "tools.codegen", "generate", *session.posargs)


@nox.session
def check_generated(session: nox.Session) -> None:
    """Regenerate into a temp dir and fail on any difference from generated/."""
    session.install(*_group("codegen"))
    session.run("python", "-m", "tools.codegen", "check", *session.posargs)


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
def audit(session: nox.Session) -> None:
    """pip-audit: known vulnerabilities in auth-plugins' resolved dependencies (needs PyPI access).

    pip-audit resolves `auth_plugins/pyproject.toml`'s dependencies as pip would install them today
    and looks each pinned result up in PyPI's vulnerability data (OSV), so a floor that allows a
    vulnerable version is caught only once the resolver would pick it; the floors themselves are
    kept above known advisories by hand (auth_plugins/pyproject.toml).

    Not in the default run: it needs PyPI's per-version JSON API (`/pypi/<name>/<version>/json`)
    or api.osv.dev, and the build machines reach neither (only the index and `/pypi/<name>/json`).
    Run it where they are reachable (CI with network).
    """
    session.install(*_group("audit"))
    session.run("pip-audit", "--progress-spinner", "off", "--strict", "auth_plugins")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on auth_plugins, the sandbox, the tests, the generated clients and the README's
    quickstarts (each result used as the README uses it, with no narrowing)."""
    session.install(*_group("typecheck"))
    _install_project(session)
    packages = [f"{d}/{d.split('/')[-1].replace('-', '_')}" for d in _client_dirs()]
    session.run("mypy", "auth_plugins/src", "tests", "tools", *packages)
    quickstarts = Path(session.create_tmp()) / "readme"
    shutil.rmtree(quickstarts, ignore_errors=True)
    session.run("python", "-m", "tests.readme", str(quickstarts))
    session.run("mypy", "--strict", *sorted(str(p) for p in quickstarts.glob("*.py")))


@nox.session
def tests(session: nox.Session) -> None:
    """The whole suite: unit (sockets off but loopback), e2e against loopback sandboxes, drift."""
    session.install(*_group("test"), *_group("codegen"))
    _install_project(session)
    session.run("pytest", *session.posargs)


def _mermaid_bundle(session: nox.Session, target: Path) -> None:
    """mermaid's dist/mermaid.min.js from the pinned npm package (cached under build/)."""
    import tarfile
    import tempfile

    cached = DOCS_ASSETS / f"{MERMAID.replace('@', '-')}.min.js"
    if not cached.exists():
        with tempfile.TemporaryDirectory() as tmp:
            session.run(
                "npm", "pack", "--silent", "--pack-destination", tmp, MERMAID, external=True, silent=True
            )
            (tgz,) = Path(tmp).glob("mermaid-*.tgz")
            with tarfile.open(tgz) as tar:
                member = tar.extractfile("package/dist/mermaid.min.js")
                assert member is not None
                cached.write_bytes(member.read())
    shutil.copyfile(cached, target)


# Redoc's attribution badge loads its logo from Redocly's CDN at view time: a local mark instead.
_REDOCLY_MARK = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='64' height='16'%3E"
    "%3Ctext x='0' y='13' font-family='sans-serif' font-size='13' fill='%230044D4'%3E"
    "Redocly%3C/text%3E%3C/svg%3E"
)
_CDN_HOSTS = ("cdn.redoc.ly", "fonts.googleapis.com", "fonts.gstatic.com", "unpkg.com", "cdn.jsdelivr.net")


def _offline_redoc(session: nox.Session, page: Path) -> None:
    """Make one Redoc page self-sufficient: the CDN logo becomes a local mark, a favicon link (else
    the browser asks the server for /favicon.ico); refuse the page if any CDN host is left in it."""
    html = page.read_text("utf-8")
    for logo in ("logo-mini-full.svg", "logo-mini.svg"):
        html = html.replace(f"https://cdn.redoc.ly/redoc/{logo}", _REDOCLY_MARK)
    html = html.replace("<head>", '<head>\n  <link rel="icon" href="../assets/images/favicon.png">', 1)
    left = [host for host in _CDN_HOSTS if host in html]
    if left:
        session.error(f"{page.name} still refers to {left}: it would not work offline")
    page.write_text(html, encoding="utf-8")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site into site/ (strict); `-- --serve` previews it on 127.0.0.1:8000.

    Offline by construction: mermaid from the pinned npm package, each spec's Redoc page with its
    scripts inlined (`redocly build-docs --inlineBundle`), no web fonts (mkdocs.yml).
    """
    session.install(*_group("docs"))
    session.install("-e", "auth_plugins")  # the error table is computed from auth_plugins.errors
    for tool in ("npm", "npx"):
        if shutil.which(tool) is None:
            session.error(f"{tool} (Node.js) is required for mermaid and Redocly CLI")
    api = DOCS_ASSETS / "api"
    api.mkdir(parents=True, exist_ok=True)
    _mermaid_bundle(session, DOCS_ASSETS / "mermaid.min.js")
    quiet = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
    for slug in _slugs():
        cmd = ["npx", "--yes", REDOCLY, "build-docs", f"specs/{slug}/openapi.yaml", "--inlineBundle"]
        cmd += ["--title", f"{slug} API reference", "-o", str(api / f"{slug}.html")]
        session.run(*cmd, external=True, env=quiet, silent=True)
        _offline_redoc(session, api / f"{slug}.html")
    env = {"DOCS_ASSETS": str(DOCS_ASSETS), "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    if "--serve" in session.posargs:
        session.run("mkdocs", "serve", "--strict", "--dev-addr", "127.0.0.1:8000", env=env)
    else:
        shutil.rmtree(ROOT / "site", ignore_errors=True)
        session.run("mkdocs", "build", "--strict", env=env)


@nox.session
def docs_browser(session: nox.Session) -> None:
    """Drive headless Chromium (Debian's `chromium`) through site/: every page, link, diagram and
    API reference, the search; screenshots into site/_screenshots/. Run `nox -s docs` first."""
    if not (ROOT / "site" / "index.html").exists():
        session.error("site/ is not built: run `nox -s docs` first")
    session.install(*_group("docs-browser"), *_group("specs"))
    # --confcutdir: tests/conftest.py (the sandboxes) is not needed here, nor installed.
    session.run("pytest", "--confcutdir=tests/site", "tests/site", *session.posargs)


@nox.session
@nox.parametrize("httpx", ["0.27.2", "0.28.1"])
def httpx_compat(session: nox.Session, httpx: str) -> None:
    """The httpx internals auth_plugins relies on (_core/_httpx_compat.py), at each end of its range."""
    session.install(*_group("test"))
    _install_project(session)
    session.install(f"httpx=={httpx}")
    tests = ["tests/unit/test_httpx_compat.py", "tests/unit/test_headers.py", "tests/unit/test_stack.py"]
    session.run("pytest", "-q", *tests, *session.posargs)


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


def _release(session: nox.Session, *args: str) -> None:
    """tools/release (versions, guard, wheels, changelog, upload) in the `build` group's venv."""
    session.install(*_group("build"))
    session.run("python", "-m", "tools.release", *args)


@nox.session
def build(session: nox.Session) -> None:
    """Guard against unversioned breaking changes, then build reproducible, checked wheels into dist/.

    `-- [slug ...]` builds some; `-- --tag payinout-client-v1.2.3` builds that release (CI);
    `-- --no-guard` skips the breaking-change guard.
    """
    _release(session, "build", *session.posargs)


@nox.session
def diff(session: nox.Session) -> None:
    """Spec and Python API changes: `-- <slug> [base-ref]` (default: last release tag, else HEAD~1)."""
    if not session.posargs:
        session.error(f"usage: nox -s diff -- <slug>|auth-plugins [base-ref]; slugs: {', '.join(_slugs())}")
    _release(session, "diff", *session.posargs)


@nox.session
def changelog(session: nox.Session) -> None:
    """Write specs/<slug>/CHANGELOG.md's entry for the spec's current version: `-- <slug> [base-ref]`."""
    if not session.posargs:
        session.error(f"usage: nox -s changelog -- <slug> [base-ref]; slugs: {', '.join(_slugs())}")
    _release(session, "changelog", *session.posargs)


@nox.session
def publish(session: nox.Session) -> None:
    """Upload dist/ with twine: `-- --repository-url URL` (or TWINE_REPOSITORY_URL); never a default.

    Credentials come from TWINE_USERNAME/TWINE_PASSWORD or keyring, never the command line (nox
    echoes its arguments): tools/_secrets.py's rule refuses them before anything runs.
    """
    refusal = secret_on_command_line(session.posargs)
    if refusal:
        session.error(refusal)
    _release(session, "publish", *session.posargs)
