from __future__ import annotations

import httpx
import pytest

from auth_plugins._core import RetryPolicy

POLICY = RetryPolicy(jitter=lambda: 1.0)


@pytest.mark.checklist(7, "never retried statuses", expected="no retry")
@pytest.mark.parametrize("status", [400, 401, 403, 404, 412, 422])
def test_never_retried(status: int) -> None:
    assert not POLICY.should_retry_status(status, safe=True, retry_after=None)


@pytest.mark.checklist(7, "408/409/5xx retried only when safe", expected="retry iff safe")
@pytest.mark.parametrize("status", [408, 409, 500, 502, 503, 504])
def test_retried_only_when_safe(status: int) -> None:
    assert POLICY.should_retry_status(status, safe=True, retry_after=None)
    assert not POLICY.should_retry_status(status, safe=False, retry_after=None)


def test_429_and_503_with_retry_after_retry_any_method() -> None:
    assert POLICY.should_retry_status(429, safe=False, retry_after=None)
    assert POLICY.should_retry_status(503, safe=False, retry_after=2.0)


def test_retry_after_above_cap_is_not_retried() -> None:
    assert not POLICY.should_retry_status(429, safe=True, retry_after=61.0)
    assert not POLICY.should_retry_status(429, safe=True, retry_after=float("inf"))
    assert POLICY.should_retry_status(429, safe=True, retry_after=60.0)


@pytest.mark.checklist(7, "backoff table, jitter stubbed", expected="0.5,1,2,4,8,8")
def test_backoff_table_with_jitter_stubbed() -> None:
    assert [POLICY.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@pytest.mark.checklist(7, "backoff bounds over 100 real draws", expected="within [0.75,1]x")
def test_backoff_bounds_with_real_jitter() -> None:
    policy = RetryPolicy()
    for n in range(6):
        base = min(0.5 * 2**n, 8.0)
        for _ in range(100):
            assert 0.75 * base <= policy.backoff(n) <= base


def test_exceptions() -> None:
    req = httpx.Request("POST", "https://x.invalid/")
    assert POLICY.should_retry_exception(httpx.ConnectError("no", request=req), safe=False)
    assert not POLICY.should_retry_exception(httpx.ReadTimeout("slow", request=req), safe=False)
    assert POLICY.should_retry_exception(httpx.ReadTimeout("slow", request=req), safe=True)
    assert not POLICY.should_retry_exception(ValueError("bug"), safe=True)
