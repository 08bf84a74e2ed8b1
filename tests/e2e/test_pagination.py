"""Issue 17: `auth_plugins.paginate` / `apaginate` through the tradecrm sandbox (which honours
`page`/`page_size`, `x-pagination` in the spec), plus the other paging styles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from tradecrm_client import AuthenticatedClient
from tradecrm_client.api.clients_api import create_client, list_clients

import auth_plugins
from auth_plugins import tradecrm
from auth_plugins.errors import ConfigurationError, ServerError
from tests.conftest import LiveSandbox
from tests.sandbox.core import Fault
from tests.sandbox.providers import tradecrm as sim

SLUG = "tradecrm"
pytestmark = pytest.mark.e2e

CREDS = tradecrm.Credentials(api_key=sim.API_KEY, secret=sim.SECRET)
EXPECTED = [f"cl_{i:04d}" for i in range(1, 46)]


@pytest.fixture
def seeded(sandbox: LiveSandbox) -> Iterator[LiveSandbox]:
    provider = sandbox.provider
    assert isinstance(provider, sim.SandboxProvider)
    assert [c["id"] for c in provider.seed_clients(45)] == EXPECTED
    yield sandbox
    provider.seed_clients(None)


def _client(sandbox: LiveSandbox, pages: list[httpx.URL], **kw: Any) -> AuthenticatedClient:
    async def no_wait(seconds: float) -> None:
        return None

    return tradecrm.client(
        CREDS,
        base_url=sandbox.base_url,
        on_request=lambda request: pages.append(request.url),
        sleep=lambda seconds: None,
        async_sleep=no_wait,
        **kw,
    )


def _pages(urls: list[httpx.URL]) -> list[tuple[str | None, str | None]]:
    return [(u.params.get("page"), u.params.get("page_size")) for u in urls]


def test_45_clients_in_pages_of_10_all_once_in_order(seeded: LiveSandbox) -> None:
    urls: list[httpx.URL] = []
    with _client(seeded, urls) as client:
        ids = [c.id for c in auth_plugins.paginate(list_clients, client=client, page_size=10)]
    assert ids == EXPECTED
    assert _pages(urls) == [(str(p), "10") for p in range(1, 6)]  # stops on the total: no 6th call


@pytest.mark.anyio
async def test_45_clients_async(seeded: LiveSandbox) -> None:
    urls: list[httpx.URL] = []
    async with _client(seeded, urls) as client:
        ids = [c.id async for c in auth_plugins.apaginate(list_clients, client=client, page_size=10)]
    assert ids == EXPECTED
    assert len(urls) == 5


def test_max_items_stops_early(seeded: LiveSandbox) -> None:
    urls: list[httpx.URL] = []
    with _client(seeded, urls) as client:
        ids = [c.id for c in auth_plugins.paginate(list_clients, client=client, page_size=10, max_items=15)]
        assert list(auth_plugins.paginate(list_clients, client=client, max_items=0)) == []
    assert ids == EXPECTED[:15]
    assert _pages(urls) == [("1", "10"), ("2", "10")]


@pytest.mark.anyio
async def test_max_items_async(seeded: LiveSandbox) -> None:
    urls: list[httpx.URL] = []
    async with _client(seeded, urls) as client:
        items = auth_plugins.apaginate(list_clients, client=client, page_size=7, max_items=8)
        ids = [c.id async for c in items]
    assert ids == EXPECTED[:8]
    assert len(urls) == 2


def test_503_on_page_3_is_retried_and_every_item_comes_once(seeded: LiveSandbox) -> None:
    urls: list[httpx.URL] = []
    ids: list[str] = []
    with _client(seeded, urls) as client:
        for person in auth_plugins.paginate(list_clients, client=client, page_size=10):
            ids.append(person.id)
            if len(ids) == 20:  # pages 1 and 2 read: the next request is page 3
                seeded.state.push(Fault("status", status=503, retry_after="0", operation="list_clients"))
    assert ids == EXPECTED
    arrivals = seeded.state.arrivals("list_clients")
    assert [a.accepted for a in arrivals] == [True, True, False, True, True, True]
    assert _pages(urls) == [("1", "10"), ("2", "10"), ("3", "10"), ("3", "10"), ("4", "10"), ("5", "10")]


@pytest.mark.anyio
async def test_503_on_page_3_async(seeded: LiveSandbox) -> None:
    urls: list[httpx.URL] = []
    ids: list[str] = []
    async with _client(seeded, urls) as client:
        async for person in auth_plugins.apaginate(list_clients, client=client, page_size=10):
            ids.append(person.id)
            if len(ids) == 20:
                seeded.state.push(Fault("status", status=503, retry_after="0", operation="list_clients"))
    assert ids == EXPECTED
    assert len(seeded.state.arrivals("list_clients", accepted=False)) == 1


def test_an_error_that_is_not_retried_raises_from_the_iterator(seeded: LiveSandbox) -> None:
    with _client(seeded, [], retries=0) as client:
        pages = auth_plugins.paginate(list_clients, client=client, page_size=10)
        ids = [next(pages).id for _ in range(10)]
        seeded.state.push(Fault("status", status=503, operation="list_clients"))
        with pytest.raises(ServerError):
            next(pages)
    assert ids == EXPECTED[:10]


def test_the_sandbox_honours_page_size(seeded: LiveSandbox) -> None:
    with _client(seeded, []) as client:
        page = list_clients.sync(client=client, page=2, page_size=2)
    assert [c.id for c in page.data] == EXPECTED[2:4]
    assert page.total == 45


def test_an_unseeded_list_pages_its_example(sandbox: LiveSandbox) -> None:
    with _client(sandbox, []) as client:
        assert [c.id for c in auth_plugins.paginate(list_clients, client=client, page_size=2)] == [
            "cl_8f3a21"
        ]


def test_an_operation_that_does_not_page_is_refused(sandbox: LiveSandbox) -> None:
    with _client(sandbox, []) as client, pytest.raises(ConfigurationError, match="does not page"):
        next(auth_plugins.paginate(create_client, client=client))
    with pytest.raises(ConfigurationError, match="generated operation module"):
        next(auth_plugins.paginate(httpx, client=None))  # type: ignore[arg-type]
