"""A burst of concurrent async calls through one stacked client (issue 21's `conc 200`): with the
tokens warm, no call fetches or renews a token, every call sends the warm token, and each call is
one attempt (nothing retried, nothing waited on)."""

from __future__ import annotations

import asyncio
import collections
import json

import httpx
import pytest

from tests.reliability.providers import entry
from tests.sandbox.core import load_spec, spec_operations

BURST = 200


def _canned(slug: str, op_id: str) -> bytes:
    op = next(o for o in spec_operations(load_spec(slug)) if o.id == op_id)
    found = op.example()
    return json.dumps(found[1] if found else {}).encode()


@pytest.mark.parametrize("slug", ["htp", "idnpartner"])
def test_a_burst_with_warm_tokens_fetches_no_token(slug: str) -> None:
    e = entry(slug)
    canned = _canned(slug, e.read_op)
    paths: collections.Counter[str] = collections.Counter()
    bearers: set[str | None] = set()

    async def handler(request: httpx.Request) -> httpx.Response:
        paths[request.url.path] += 1
        bearers.add(request.headers.get("authorization"))
        await asyncio.sleep(0)  # let the other calls of the burst in while this one is in flight
        return httpx.Response(200, content=canned, headers={"content-type": "application/json"})

    client = e.client("https://bench.invalid", async_transport=httpx.MockTransport(handler))

    async def burst() -> list[object]:
        return list(await asyncio.gather(*(e.aread(client) for _ in range(BURST)), return_exceptions=True))

    done = asyncio.run(burst())
    assert [r for r in done if isinstance(r, BaseException)] == []
    assert len(paths) == 1, paths  # the read's path only: no connect, login or refresh call
    assert sum(paths.values()) == BURST  # one attempt per call
    seeded = {"htp": "Bearer seed-htp-token-value", "idnpartner": "Bearer seed-access-token-value"}
    assert bearers == {seeded[slug]}


def test_a_burst_on_a_fresh_token_never_takes_the_renewal_lock() -> None:
    from auth_plugins._core import Clock, Token, TokenStore

    store = TokenStore(Clock(), leeway=60)
    store.set(Token("warm", expires_at=Clock().now() + 3600))
    fetched: list[Token | None] = []

    async def fetch(old: Token | None) -> Token:
        fetched.append(old)
        return Token("renewed", expires_at=Clock().now() + 3600)

    async def burst() -> list[str]:
        return [t.value for t in await asyncio.gather(*(store.aget(fetch) for _ in range(BURST)))]

    assert asyncio.run(burst()) == ["warm"] * BURST
    assert fetched == []
    assert store.renewals == 0
