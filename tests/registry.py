"""The providers the repo holds, derived from `specs/`: the one list every test registry uses.

A provider is a folder `specs/<slug>/` with an `openapi.yaml` (as `noxfile.py` and
`tools/codegen.py` find them); `tests/unit/test_provider_registry.py` fails when any part a
provider must have (plugin package, sandbox, vectors, e2e tests, reliability entry) is missing.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SLUGS: tuple[str, ...] = tuple(sorted(p.parent.name for p in (ROOT / "specs").glob("*/openapi.yaml")))
