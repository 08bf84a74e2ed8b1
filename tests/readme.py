"""The README's quickstarts as code: `tests/test_readme.py` runs them against the sandboxes, and
`nox -s typecheck` writes them out (`python -m tests.readme DIR`) for `mypy --strict`, so the
README's own use of each result type-checks without narrowing."""

from __future__ import annotations

import sys
from pathlib import Path

from tools.readme_sections import python_blocks, quickstart_sections


def quickstarts() -> dict[str, str]:
    """slug → the Python of README.md's `## Quickstart: <slug>` (the site and wheel READMEs show the
    same section: tools/readme_sections.py)."""
    return {slug: python_blocks(body) for slug, body in quickstart_sections().items()}


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for slug, code in quickstarts().items():
        (out / f"quickstart_{slug}.py").write_text(code, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
