"""The built site in a real browser (headless Debian chromium via Playwright, served on 127.0.0.1).

Every page is opened: no console error, no uncaught exception, no failed or non-2xx request, no
request leaving the machine (each one is aborted and reported); every internal link points at a
file of the site and every anchor at an element that exists. The diagrams render as SVG, the
search finds `X-App-Access-Sig`, each Redoc page shows every operation id of its spec, and
screenshots of the home page and of each provider's page land in site/_screenshots/.

Run by `nox -s docs_browser` after `nox -s docs` (both in the default `nox` run)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from tests.site.conftest import ROOT, SITE

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Response, Route

pytest.importorskip("playwright.sync_api", reason="`nox -s docs_browser` installs playwright")

SLUGS = sorted(p.parent.name for p in (ROOT / "specs").glob("*/openapi.yaml"))
SHOTS = SITE / "_screenshots"
# Material renders each diagram into a closed shadow root; the test opens it to look inside.
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { return attach.call(this, {...init, mode: "open"}); };
"""


def _pages() -> list[str]:
    pages = [p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html")]
    return sorted(p for p in pages if not p.startswith("_screenshots/") and p != "404.html")


class Visit:
    """One page load with everything that went wrong on the way."""

    def __init__(self, page: Page, origin: str) -> None:
        self.page, self.origin = page, origin
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.problems.append(f"uncaught: {exc}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        page.route("**/*", self._route)

    def _console(self, msg: ConsoleMessage) -> None:
        if msg.type == "error":
            self.problems.append(f"console error: {msg.text}")

    def _response(self, response: Response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _failed(self, request: Request) -> None:
        if request.url.startswith(self.origin):
            self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith((self.origin, "data:", "blob:")):
            route.continue_()
        else:
            self.problems.append(f"external request: {url}")
            route.abort()


@pytest.fixture
def visit(browser: Browser, site_url: str) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    context.add_init_script(OPEN_SHADOW_ROOTS)
    page = context.new_page()
    try:
        yield Visit(page, site_url)
    finally:
        context.close()


def _ids(html: str) -> set[str]:
    return {unquote(m) for m in re.findall(r"""\bid=["']?([^"'\s>]+)""", html)}


_STATIC_IDS: dict[str, set[str]] = {}


def _target_ids(path: Path) -> set[str]:
    key = str(path)
    if key not in _STATIC_IDS:
        _STATIC_IDS[key] = _ids(path.read_text("utf-8"))
    return _STATIC_IDS[key]


@pytest.mark.parametrize("path", _pages())
def test_page_loads_cleanly_with_working_links(visit: Visit, site_url: str, path: str) -> None:
    page = visit.page
    page.goto(f"{site_url}/{path}", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.title(), "no title"
    # Links, as the browser resolved them (after Redoc and Material have rendered).
    hrefs: list[str] = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    live_ids: set[str] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
    broken = []
    own = f"{site_url}/{path}"
    for href in hrefs:
        if not href.startswith(site_url):
            continue  # mailto:, the spec's own example hosts in Redoc; never loaded (route aborts)
        if path.startswith("api/") and not href.startswith(own):
            continue  # Redoc's router links (`/payin`): clicked, they become `#/payin` (tested below)
        parts = urlsplit(href)
        rel = unquote(parts.path).lstrip("/") or "index.html"
        target = SITE / rel
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            broken.append(f"{href}: no such file")
            continue
        anchor = unquote(parts.fragment)
        if not anchor:
            continue
        same_page = rel == path
        ids = live_ids if same_page else _target_ids(target)
        if anchor.startswith("/") and same_page and path.startswith("api/"):
            continue  # a Redoc route (`#/payin/create_payin`), not an element id: tested below
        if anchor not in ids:
            broken.append(f"{href}: no element with id {anchor!r}")
    assert not broken, "\n".join(broken)
    diagrams = page.locator("div.mermaid").count()
    if diagrams:
        page.wait_for_function(
            "n => [...document.querySelectorAll('div.mermaid')]"
            ".filter(d => d.shadowRoot && d.shadowRoot.querySelector('svg')).length === n",
            arg=diagrams,
            timeout=20_000,
        )
        texts: list[str] = page.eval_on_selector_all(
            "div.mermaid", "els => els.map(e => e.shadowRoot.querySelector('svg').textContent)"
        )
        sizes: list[float] = page.eval_on_selector_all(
            "div.mermaid",
            "els => els.map(e => e.shadowRoot.querySelector('svg').getBoundingClientRect().height)",
        )
        assert all(h > 50 for h in sizes), sizes
        assert not [t for t in texts if "Syntax error" in t], texts
    assert page.locator("pre.mermaid, code.language-mermaid").count() == 0, "a diagram left unrendered"
    assert not visit.problems, "\n".join(visit.problems)


def test_every_provider_page_has_its_diagram_and_quickstart(visit: Visit, site_url: str) -> None:
    for slug in SLUGS:
        visit.page.goto(f"{site_url}/providers/{slug}.html", wait_until="networkidle")
        assert visit.page.locator("div.mermaid").count() >= 1, slug
        code = visit.page.locator("code").all_inner_texts()
        assert any(f"from auth_plugins import {slug}" in c for c in code), slug
    assert not visit.problems, "\n".join(visit.problems)


def test_search_finds_the_payinout_signature_header(visit: Visit, site_url: str) -> None:
    page = visit.page
    page.goto(f"{site_url}/index.html", wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("X-App-Access-Sig")  # Material searches on key events, not on `input`
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    links: list[str] = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert any("providers/payinout.html" in href for href in links), links
    assert not visit.problems, "\n".join(visit.problems)


def _operation_ids(slug: str) -> list[str]:
    spec = yaml.safe_load((ROOT / "specs" / slug / "openapi.yaml").read_text("utf-8"))
    return [
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]


@pytest.mark.parametrize("slug", SLUGS)
def test_api_reference_lists_every_operation(visit: Visit, site_url: str, slug: str) -> None:
    page = visit.page
    page.goto(f"{site_url}/api/{slug}.html", wait_until="networkidle")
    tags: list[str] = page.eval_on_selector_all(
        "a[href]", "els => els.map(e => e.getAttribute('href')).filter(h => /^\\/[\\w-]+$/.test(h))"
    )
    assert tags, "no tag in Redoc's sidebar"
    routes: set[str] = set()
    for tag in dict.fromkeys(tags):  # Redoc renders a tag's operations once it is opened
        page.locator(f"a[href='{tag}']").first.click()
        page.wait_for_url(re.compile(rf"/api/{slug}\.html#{re.escape(tag)}"))
        page.wait_for_timeout(200)
        routes |= set(
            page.eval_on_selector_all("a[href^='#/']", "els => els.map(e => e.getAttribute('href'))")
        )
    shown = {route.split("#")[1].rstrip("/").rsplit("/", 1)[-1] for route in routes}
    expected = [op.lower() for op in _operation_ids(slug)]
    assert expected
    missing = sorted(set(expected) - shown)
    assert not missing, f"{slug}: Redoc shows no section for {missing}"
    assert not visit.problems, "\n".join(visit.problems)


def test_screenshots(visit: Visit, site_url: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page = visit.page
    targets = {"home": "index.html"} | {slug: f"providers/{slug}.html" for slug in SLUGS}
    for name, path in targets.items():
        page.goto(f"{site_url}/{path}", wait_until="networkidle")
        if page.locator("div.mermaid").count():
            page.wait_for_function(
                "() => [...document.querySelectorAll('div.mermaid')].every(d => d.shadowRoot)"
            )
        # Rendered and styled: Material's stylesheet applied (the header is its primary colour).
        header = page.locator("header.md-header")
        assert header.evaluate("e => getComputedStyle(e).position") == "sticky", name
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
        assert (SHOTS / f"{name}.png").stat().st_size > 20_000, name
    assert not visit.problems, "\n".join(visit.problems)
