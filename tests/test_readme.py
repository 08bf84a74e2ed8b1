"""Every README quickstart really runs: each `## Quickstart: <slug>` python block is executed in a
subprocess against that provider's sandbox, with the sandbox's demo credentials in the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LiveSandbox
from tests.readme import quickstarts

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "http://127.0.0.1:8000"
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
