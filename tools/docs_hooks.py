"""MkDocs hooks for the documentation site (`nox -s docs`; mkdocs.yml names this file).

Pages pull their text from where it already lives, so nothing is written twice:
`<!-- include: KIND ARG -->` in a page under docs/ is replaced by

- `readme-intro` / `readme SECTION`: README.md's text (the quickstarts that `tests/test_readme.py` runs);
- `quickstart SLUG`: README.md's `## Quickstart: SLUG`;
- `source SLUG` / `changelog SLUG`: `specs/SLUG/SOURCE.md` / `CHANGELOG.md`, headings moved one level down;
- `errors`: the status → exception table, computed from `auth_plugins.errors.error_for_status`.

`on_files` adds what the build prepared outside docs/ (`DOCS_ASSETS`, written by the nox session):
the local mermaid bundle and each spec's Redoc page (`api/<slug>.html`), plus one generated
Python-reference page per generated client, so a new spec gets its pages without an edit here.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from tools.readme_sections import intro, quickstart_sections, sections

ROOT = Path(__file__).resolve().parent.parent
_DIRECTIVE = re.compile(r"<!-- include: (?P<kind>[\w-]+)(?: (?P<arg>[^>]*?))? -->")
MERMAID = "assets/javascripts/mermaid.min.js"


def slugs() -> list[str]:
    return sorted(p.parent.name for p in (ROOT / "specs").glob("*/openapi.yaml"))


def _assets() -> Path:
    value = os.environ.get("DOCS_ASSETS")
    if not value:
        raise RuntimeError("DOCS_ASSETS is not set: build the site with `nox -s docs`")
    return Path(value)


def _demote(markdown: str, drop_title: bool = True) -> str:
    """A file's headings one level down (its `# ` title dropped), so it sits under a page's `## `."""
    if drop_title:
        markdown = re.sub(r"\A# [^\n]*\n+", "", markdown)
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        out.append("#" + line if not fenced and re.match(r"#{1,5} ", line) else line)
    return "\n".join(out) + "\n"


def error_table() -> str:
    from auth_plugins import errors

    rows = ["| status (HTTP, or the envelope's code) | exception | meaning |", "|---|---|---|"]
    seen: set[str] = set()
    for status in [*range(400, 430), 500, 502, 503, 504]:
        cls = errors.error_for_status(status)
        if cls is errors.ApiError or (cls is errors.ServerError and cls.__name__ in seen):
            continue
        seen.add(cls.__name__)
        shown = "5xx" if cls is errors.ServerError else str(status)
        rows.append(f"| {shown} | `errors.{cls.__name__}` | {_first_line(cls)} |")
    rows.append(f"| any other ≥ 400 | `errors.ApiError` | {_first_line(errors.ApiError)} |")
    others = ["EnvelopeError", "ResponseValidationError", "ApiConnectionError", "ApiTimeoutError",
              "ResponseTooLargeError", "RedirectError", "WebhookSignatureError", "EncryptionError",
              "ConfigurationError"]  # fmt: skip
    for name in others:
        rows.append(f"| — | `errors.{name}` | {_first_line(getattr(errors, name))} |")
    return "\n".join(rows) + "\n"


PAGING_FIELDS = ("page", "page_size", "per_page", "limit", "offset", "cursor")


def _spec(slug: str) -> dict[str, Any]:
    import yaml

    doc: dict[str, Any] = yaml.safe_load((ROOT / "specs" / slug / "openapi.yaml").read_text("utf-8"))
    return doc


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def paging_table(slug: str) -> str:
    """Operations that take paging inputs (query parameters or top-level body fields), from the spec."""
    doc = _spec(slug)
    rows = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            found = [
                f"`{p['name']}` (query)"
                for p in (_resolve(doc, p) for p in [*item.get("parameters", []), *op.get("parameters", [])])
                if p.get("name") in PAGING_FIELDS
            ]
            body = _resolve(doc, op.get("requestBody", {}))
            schema = _resolve(doc, body.get("content", {}).get("application/json", {}).get("schema", {}))
            found += [f"`{name}` (body)" for name in schema.get("properties", {}) if name in PAGING_FIELDS]
            if found:
                rows.append(f"| `{op['operationId']}` | `{method.upper()} {path}` | {', '.join(found)} |")
    if not rows:
        return "No operation of this spec takes paging inputs: every list comes back whole.\n"
    head = ["| operation | route | paging inputs |", "|---|---|---|"]
    return "\n".join(head + rows) + "\n"


def webhook_table(slug: str) -> str:
    hooks = _spec(slug).get("webhooks") or {}
    if not hooks:
        return "The provider's docs describe no webhooks, so the spec declares none.\n"
    rows = ["| event | model | summary |", "|---|---|---|"]
    for name, item in hooks.items():
        for op in item.values():
            rows.append(f"| `{name}` | `{op.get('operationId', '')}` | {op.get('summary', '')} |")
    return "\n".join(rows) + "\n"


def _first_line(cls: type) -> str:
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return " ".join(doc.split()).replace("|", "\\|")


def expand(markdown: str) -> str:
    def one(match: re.Match[str]) -> str:
        kind, arg = match.group("kind"), (match.group("arg") or "").strip()
        if kind == "readme-intro":
            return intro()
        if kind == "readme":
            return sections()[arg]
        if kind == "quickstart":
            return quickstart_sections()[arg]
        if kind in ("source", "changelog"):
            name = "SOURCE.md" if kind == "source" else "CHANGELOG.md"
            return _demote((ROOT / "specs" / arg / name).read_text("utf-8"))
        if kind == "errors":
            return error_table()
        if kind == "paging":
            return paging_table(arg)
        if kind == "webhooks":
            return webhook_table(arg)
        raise ValueError(f"unknown include {kind!r}")

    return _DIRECTIVE.sub(one, markdown)


def on_page_markdown(markdown: str, **_: Any) -> str:
    return expand(markdown)


def _reference_page(slug: str) -> str:
    package = f"{slug}_client"
    return (
        f"# `{package}`\n\nThe generated client for [{slug}](../providers/{slug}.md), "
        f"from `specs/{slug}/openapi.yaml` (openapi-python-client, our templates).\n\n"
        f"::: {package}\n    options:\n      show_submodules: true\n"
    )


def on_files(files: Any, *, config: Any) -> Any:
    from mkdocs.structure.files import File

    assets = _assets()
    files.append(File.generated(config, MERMAID, abs_src_path=str(assets / "mermaid.min.js")))
    for slug in slugs():
        page = ROOT / "docs" / "providers" / f"{slug}.md"
        if not page.exists():
            raise RuntimeError(f"{page.relative_to(ROOT)} is missing: every spec has a provider page")
        files.append(
            File.generated(config, f"api/{slug}.html", abs_src_path=str(assets / "api" / f"{slug}.html"))
        )
        files.append(File.generated(config, f"reference/{slug}-client.md", content=_reference_page(slug)))
    return files


def on_config(config: Any) -> Any:
    """The nav's generated entries: one provider page, API page and Python reference per spec."""
    nav = config["nav"]
    for entry in nav:
        if isinstance(entry, dict) and "Providers" in entry:
            entry["Providers"] = [{slug: f"providers/{slug}.md"} for slug in slugs()]
        if isinstance(entry, dict) and "Python reference" in entry:
            entry["Python reference"] = [{"auth_plugins": "reference/auth_plugins.md"}] + [
                {f"{slug}_client": f"reference/{slug}-client.md"} for slug in slugs()
            ]
    return config
