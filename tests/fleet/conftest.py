"""Fleet tests: a real redis-server per module (flushed per test), sandboxes on loopback."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator

import pytest

from tests.fleet.redis_server import RedisServer


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    if shutil.which("redis-server") is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: .ci/run installs it (apt-get install redis-server)")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    import redis

    server_client = redis.Redis.from_url(redis_server.url)
    server_client.flushall()
    yield redis_server.url
    with contextlib.suppress(redis.RedisError):  # a test that stopped the server
        server_client.flushall()
    server_client.close()
