from __future__ import annotations

import email.utils
import math

import httpx
import pytest

from auth_plugins._core import parse_retry_after

NOW = 1_767_225_600.0


@pytest.mark.checklist(8, "Retry-After forms", expected="as documented")
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "junk", "retry-after": "9"}, 9.0),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({}, None),
        ({"retry-after": email.utils.formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}, 0.0),
    ],
)
def test_parse(headers: dict[str, str], expected: float | None) -> None:
    got = parse_retry_after(httpx.Headers(headers), now=NOW)
    assert got == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.checklist(8, "Retry-After inf", expected="above cap")
def test_infinity_is_kept_so_the_cap_refuses_it() -> None:
    got = parse_retry_after(httpx.Headers({"retry-after": "inf"}), now=NOW)
    assert got is not None
    assert math.isinf(got)
