"""Every README quickstart really runs: each `## Quickstart: <slug>` python block is executed in a
subprocess against that provider's sandbox, with the sandbox's demo credentials in the environment."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LiveSandbox

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
DEFAULT_URL = "http://127.0.0.1:8000"


def quickstarts() -> dict[str, str]:
    found: dict[str, str] = {}
    for match in re.finditer(r"^## Quickstart: (\w+)\n(.*?)(?=^## |\Z)", README, re.M | re.S):
        blocks = re.findall(r"```python\n(.*?)```", match.group(2), re.S)
        found[match.group(1)] = "\n".join(blocks)
    return found


QUICKSTARTS = quickstarts()


def test_every_quickstart_found() -> None:
    assert "payinout" in QUICKSTARTS


@pytest.mark.e2e
@pytest.mark.parametrize("slug", sorted(QUICKSTARTS))
def test_quickstart_runs(slug: str) -> None:
    live = LiveSandbox(slug)
    try:
        code = QUICKSTARTS[slug]
        assert DEFAULT_URL in code
        env = {**os.environ, **live.provider.demo_credentials}
        proc = subprocess.run(
            [sys.executable, "-c", code.replace(DEFAULT_URL, live.base_url)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert live.state.arrivals(accepted=True), "the quickstart made no accepted call"
    finally:
        live.stop()
