"""Shared pieces of the exact-money e2e tests: the amounts Hypothesis draws and the raw number a
request carried on the wire."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

__all__ = ["MONEY_EXAMPLES", "amounts", "wire_number"]

# >= 1,000 examples per property; one sandbox per module (the module-scoped `live_sandbox`).
MONEY_EXAMPLES = settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _amount(whole: int, places: int, fraction: int) -> Decimal:
    if places == 0:
        return Decimal(whole)
    return Decimal(f"{whole}.{fraction % 10**places:0{places}d}")


def amounts() -> st.SearchStrategy[Decimal]:
    """Positive amounts with up to 18 integer and 8 fractional digits, trailing zeros included
    (`Decimal("10000.00")` and `Decimal("10000")` are different draws)."""
    whole = st.one_of(st.integers(0, 10**18 - 1), st.sampled_from([0, 1, 10000, 10**18 - 1]))
    return st.builds(_amount, whole, st.integers(0, 8), st.integers(0, 10**8 - 1)).filter(lambda d: d > 0)


def wire_number(body: bytes, field: str) -> str:
    """The exact text of the one JSON number `field` carries in a request body."""
    found = re.findall(rb'"%s":(-?[0-9][0-9.eE+-]*)' % re.escape(field.encode()), body)
    assert len(found) == 1, f"{field!r} appears {len(found)} times in {body!r}"
    return bytes(found[0]).decode()
