"""The README's quickstarts as code: `tests/test_readme.py` runs them against the sandboxes, and
`nox -s typecheck` writes them out (`python -m tests.readme DIR`) for `mypy --strict`, so the
README's own use of each result type-checks without narrowing."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quickstarts() -> dict[str, str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    found: dict[str, str] = {}
    for match in re.finditer(r"^## Quickstart: (\w+)\n(.*?)(?=^## |\Z)", readme, re.M | re.S):
        blocks = re.findall(r"```python\n(.*?)```", match.group(2), re.S)
        found[match.group(1)] = "\n".join(blocks)
    return found


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for slug, code in quickstarts().items():
        (out / f"quickstart_{slug}.py").write_text(code, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
