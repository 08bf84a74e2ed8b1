"""`nox -s bench`: what the stack costs, as ratios measured in one interleaved run.

- overhead_us[slug][sync|async]: per-request cost of the full stack (retry + envelope + signing)
  minus the bare generated client, both over an in-memory transport returning the same response.
- signer_ops_per_s[slug]: signatures per second of the provider's pure signing function.
A benchmark, not a test: nothing here asserts a speed. Results go to bench-results.json.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 15
CALLS = 300


def _interleaved(a: Callable[[], object], b: Callable[[], object]) -> tuple[float, float]:
    """Median seconds per call of a and b, alternating rounds so drift hits both alike."""
    ta: list[float] = []
    tb: list[float] = []
    for _ in range(ROUNDS):
        for fn, bucket in ((a, ta), (b, tb)):
            start = time.perf_counter()
            for _ in range(CALLS):
                fn()
            bucket.append((time.perf_counter() - start) / CALLS)
    return statistics.median(ta), statistics.median(tb)


def bench_payinout() -> dict[str, Any]:
    from payinout_client import AuthenticatedClient, Client
    from payinout_client.api.balance import get_balance
    from payinout_client.models import BalanceRequest

    from auth_plugins import payinout

    canned = json.dumps({"balances": [{"currency": "USD", "available": 1.0, "pending": 0.0}]}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=canned, headers={"content-type": "application/json"})

    base = "https://bench.invalid"
    creds = payinout.Credentials(token="t", email="m@x.example", secret="s")
    bare = Client(base_url=base, raise_on_unexpected_status=True)
    bare.set_httpx_client(httpx.Client(base_url=base, transport=httpx.MockTransport(handler)))
    bare.set_async_httpx_client(httpx.AsyncClient(base_url=base, transport=httpx.MockTransport(handler)))
    stacked = payinout.client(
        creds,
        base_url=base,
        transport=httpx.MockTransport(handler),
        async_transport=httpx.MockTransport(handler),
    )
    body = BalanceRequest()

    bare_s, stack_s = _interleaved(
        lambda: get_balance.sync(client=bare, body=body), lambda: get_balance.sync(client=stacked, body=body)
    )

    async def run_async(client: Client | AuthenticatedClient) -> None:
        for _ in range(CALLS):
            await get_balance.asyncio(client=client, body=body)

    ta: list[float] = []
    tb: list[float] = []
    loop = asyncio.new_event_loop()
    for _ in range(ROUNDS):
        for client, bucket in ((bare, ta), (stacked, tb)):
            start = time.perf_counter()
            loop.run_until_complete(run_async(client))
            bucket.append((time.perf_counter() - start) / CALLS)
    loop.close()

    n = 20000
    start = time.perf_counter()
    for i in range(n):
        payinout.sign(1767225600 + i, "m@x.example", "secret")
    ops = n / (time.perf_counter() - start)
    return {
        "overhead_us": {
            "sync": round((stack_s - bare_s) * 1e6, 2),
            "async": round((statistics.median(tb) - statistics.median(ta)) * 1e6, 2),
        },
        "bare_us": {"sync": round(bare_s * 1e6, 2), "async": round(statistics.median(ta) * 1e6, 2)},
        "signer_ops_per_s": round(ops),
    }


BENCHES: dict[str, Callable[[], dict[str, Any]]] = {"payinout": bench_payinout}


def main() -> int:
    results: dict[str, Any] = {"overhead_us": {}, "bare_us": {}, "signer_ops_per_s": {}}
    print(f"{'provider':<12}{'mode':<7}{'bare µs':>10}{'overhead µs':>13}")
    for slug, fn in BENCHES.items():
        r = fn()
        for key in results:
            results[key][slug] = r[key]
        for mode in ("sync", "async"):
            print(f"{slug:<12}{mode:<7}{r['bare_us'][mode]:>10.1f}{r['overhead_us'][mode]:>13.1f}")
        print(f"{slug:<12}signer {r['signer_ops_per_s']:>12,} signatures/s")
    (ROOT / "bench-results.json").write_text(json.dumps(results, indent=2) + "\n")
    print("wrote bench-results.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
