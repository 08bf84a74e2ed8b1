"""The README's sections by heading, for everything that shows README text elsewhere: the tested
quickstarts (`tests/readme.py`), each wheel's README (`tools/codegen.py` hands the provider's
quickstart to `codegen/templates/README.md.jinja`) and the documentation site
(`tools/docs_hooks.py`). One extraction rule, so the code a reader copies is the code that ran.

Stdlib only: it runs in the codegen, docs and test environments alike."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_SECTION = re.compile(r"^## (?P<title>[^\n]+)\n(?P<body>.*?)(?=^## |\Z)", re.M | re.S)
_QUICKSTART = re.compile(r"Quickstart: (\w+)")


def sections(text: str | None = None) -> dict[str, str]:
    """`## Heading` → the section's markdown (without its heading), in README order."""
    if text is None:
        text = README.read_text("utf-8")
    return {m.group("title").strip(): m.group("body").strip("\n") + "\n" for m in _SECTION.finditer(text)}


def intro(text: str | None = None) -> str:
    """What comes before the first `## ` heading, without the `# ` title."""
    if text is None:
        text = README.read_text("utf-8")
    head = text.split("\n## ", 1)[0]
    return re.sub(r"\A# [^\n]*\n+", "", head).strip("\n") + "\n"


def quickstart_sections(text: str | None = None) -> dict[str, str]:
    """slug → the markdown of `## Quickstart: <slug>` (shell and Python blocks with their prose)."""
    found: dict[str, str] = {}
    for title, body in sections(text).items():
        match = _QUICKSTART.fullmatch(title)
        if match:
            found[match.group(1)] = body
    return found


def python_blocks(markdown: str) -> str:
    """The ```python blocks of a piece of markdown, joined: one runnable script."""
    return "\n".join(re.findall(r"```python\n(.*?)```", markdown, re.S))
