"""One process of a fleet: `python -m tests.fleet.worker '<json config>'`.

It builds a client of the sandbox at `base_url` with a `RedisTokenStore`, prints `ready`, then for
each `go` line on stdin runs `threads` threads of `calls` calls each and prints one JSON line
(`{"ok": n, "errors": [...]}`); it exits at end of input. Warnings go to stderr, where the parent
counts them. Nothing here is mocked: the sandbox and redis-server are real, on loopback.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any


def _caller(config: dict[str, Any]) -> Callable[[], object]:
    from auth_plugins import RedisTokenStore

    store = RedisTokenStore(
        config["redis_url"],
        namespace=config["namespace"],
        lease=config.get("lease", 10.0),
        retry_interval=config.get("retry_interval", 5.0),
        timeout=2.0,  # 2 cores, 8 busy processes: a slow answer is not what these tests are about
    )
    if config["slug"] == "htp":
        from htp_client.api.agent_top_up_rate import get_agent_top_up_rate

        from auth_plugins import htp

        creds = htp.Credentials.from_env()  # the parent passes the sandbox's demo credentials
        client = htp.client(creds, base_url=config["base_url"], token_store=store, retries=0)
        return lambda: get_agent_top_up_rate.sync(client=client)
    from idnpartner_client.api.external import list_banks

    from auth_plugins import idnpartner

    icreds = idnpartner.Credentials.from_env()
    session = idnpartner.Session(user_id=config["user_id"])
    iclient = idnpartner.client(icreds, base_url=config["base_url"], token_store=store, session=session)
    return lambda: list_banks.sync(client=iclient)


def _round(call: Callable[[], object], threads: int, calls: int) -> dict[str, Any]:
    ok: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(threads)

    def run() -> None:
        start.wait()
        for _ in range(calls):
            try:
                call()
            except Exception as exc:  # reported to the parent, which fails the test on any
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
            else:
                with lock:
                    ok.append(1)

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return {"ok": len(ok), "errors": errors}


def main() -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s %(message)s")
    config = json.loads(sys.argv[1])
    call = _caller(config)
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        print(json.dumps(_round(call, config["threads"], config["calls"])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
