"""The provider matrix as fixtures: `provider` runs a test once per provider, `live` gives it that
provider's sandbox on loopback (started for the test, stopped after it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import LiveSandbox
from tests.reliability.providers import PROVIDERS


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def live(provider: str) -> Iterator[LiveSandbox]:
    sandbox = LiveSandbox(provider)
    yield sandbox
    sandbox.stop()
