"""Checklist 2 (constant-time compares) and 20 (a soak across every sandbox with injected faults)."""

from __future__ import annotations

import hmac
import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from auth_plugins import payinout, tradecrm
from auth_plugins.errors import AuthPluginsError, WebhookSignatureError
from tests.conftest import LiveSandbox
from tests.reliability.providers import PROVIDERS, entry
from tests.sandbox.core import Fault

VERIFIERS: dict[str, Callable[[bytes, str, str], None]] = {
    "payinout": lambda body, sig, secret: payinout.verify_webhook(body, sig, secret),
    "tradecrm": lambda body, sig, secret: tradecrm.verify_webhook(body, sig, secret),
}
SIGNERS: dict[str, Callable[[bytes, str], str]] = {
    "payinout": payinout.webhook_signature,
    "tradecrm": tradecrm.sign,
}


@pytest.mark.parametrize("provider", sorted(VERIFIERS))
@pytest.mark.checklist(2, "webhook signatures compared in constant time", expected="hmac.compare_digest")
def test_webhook_compare_is_constant_time(provider: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    body = b'{"id":"evt_1","amount":10000.00}'
    good = SIGNERS[provider](body, "s3cret")
    VERIFIERS[provider](body, good, "s3cret")
    assert len(calls) == 1
    with pytest.raises(WebhookSignatureError):
        VERIFIERS[provider](body + b"x", good, "s3cret")
    assert len(calls) == 2


SOAK_CALLS = 2000
FAULT_RATE = 0.05


@pytest.mark.slow
@pytest.mark.checklist(
    20, "soak: 2000 mixed calls, 5% faults, 5 sandboxes", expected="typed or ok; 0 duplicates"
)
def test_soak_across_all_sandboxes(counters: dict[str, int]) -> None:
    rng = random.Random(20261122)
    outcomes = {"ok": 0, "typed_error": 0}
    lock = threading.Lock()
    sandboxes = {slug: LiveSandbox(slug) for slug in PROVIDERS}
    entries = {slug: entry(slug) for slug in PROVIDERS}
    writes_ok = dict.fromkeys(PROVIDERS, 0)
    lost_answers = dict.fromkeys(PROVIDERS, 0)  # writes processed, then answered with a 5xx
    try:
        clients = {}
        for slug, e in entries.items():
            clients[slug] = e.client(sandboxes[slug].base_url, sleep=lambda s: None)
            e.prepare(clients[slug])
        plan = []
        for _ in range(SOAK_CALLS):
            slug = rng.choice(PROVIDERS)
            write = rng.random() < 0.3
            fault = None
            if rng.random() < FAULT_RATE:
                op = entries[slug].write_op if write else entries[slug].read_op
                fault = rng.choice(
                    [
                        Fault("status", status=429, retry_after="0", operation=op),
                        Fault("status", status=503, operation=op),
                        Fault("status", status=502, after_processing=True, operation=op),
                        Fault("html", operation=op),
                    ]
                )
            plan.append((slug, write, fault))

        def run(step: tuple[str, bool, Fault | None]) -> None:
            slug, write, fault = step
            e = entries[slug]
            if fault is not None:
                sandboxes[slug].state.push(fault)
            try:
                (e.write if write else e.read)(clients[slug])
                kind = "ok"
            except AuthPluginsError:
                kind = "typed_error"
            with lock:
                outcomes[kind] += 1
                counters["faults_injected"] += fault is not None
                writes_ok[slug] += write and kind == "ok"
                lost_answers[slug] += bool(write and fault is not None and fault.after_processing)

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(run, plan))
        for client in clients.values():
            client.get_httpx_client().close()
    finally:
        for sandbox in sandboxes.values():
            sandbox.stop()
    assert outcomes["ok"] + outcomes["typed_error"] == SOAK_CALLS
    assert outcomes["ok"] > SOAK_CALLS * 0.8
    for slug, e in entries.items():
        # Every fault was consumed, so each processed write is either a success or a lost answer;
        # one processed write more than that is a payment made twice.
        assert not sandboxes[slug].state.faults
        processed = len(sandboxes[slug].state.arrivals(e.write_op, accepted=True))
        expected = writes_ok[slug] + lost_answers[slug]
        counters["duplicates_found"] += max(0, processed - expected)
        assert processed == expected, f"{slug}: {processed} processed writes, expected {expected}"
