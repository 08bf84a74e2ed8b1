"""Shared fixtures: sandboxes on loopback, started per module and stopped afterwards.

Every test runs with connections allowed to loopback only (pytest-socket `--allow-hosts`, set in
pyproject.toml), so a test that tries to reach the network fails loudly instead of passing by luck.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sandbox.core import Sandbox
from tests.sandbox.providers import provider_class
from tests.sandbox.server import RunningServer

# The reliability checklist report (markers, table, reliability-report.json) for the whole suite.
pytest_plugins = ("tests.reliability.report",)


class LiveSandbox:
    def __init__(self, slug: str) -> None:
        self.sandbox = Sandbox(provider_class(slug))
        self.server = RunningServer(self.sandbox.app).start()
        self.base_url = self.server.base_url
        self.state = self.sandbox.state
        self.provider = self.sandbox.provider

    def stop(self) -> None:
        self.server.stop()


@pytest.fixture(scope="module")
def live_sandbox(request: pytest.FixtureRequest) -> Iterator[LiveSandbox]:
    slug = request.module.SLUG
    live = LiveSandbox(slug)
    yield live
    live.stop()


@pytest.fixture
def sandbox(live_sandbox: LiveSandbox) -> Iterator[LiveSandbox]:
    live_sandbox.state.reset()
    yield live_sandbox
    live_sandbox.state.reset()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
