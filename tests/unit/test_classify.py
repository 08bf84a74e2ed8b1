from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from auth_plugins._core import classify_envelope, classify_http_json
from auth_plugins.errors import AuthenticationError, EnvelopeError, RateLimitError, ServerError


def _resp(
    status: int, body: Any, ctype: str = "application/json", headers: dict[str, str] | None = None
) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(
        status,
        content=content,
        headers={"content-type": ctype, **(headers or {})},
        request=httpx.Request("POST", "https://x.invalid/api"),
    )


def test_envelope_success() -> None:
    out = classify_envelope(
        _resp(200, {"trace_id": "", "status_code": 200, "message": "Success", "data": {}})
    )
    assert out.ok
    assert out.status == 200


def test_envelope_201_is_success() -> None:
    assert classify_envelope(_resp(200, {"status_code": 201, "message": "Created", "data": {}})).ok


@pytest.mark.checklist(12, "envelope 401 on HTTP 200", expected="AuthenticationError")
def test_envelope_error_from_docs() -> None:
    body = {
        "status_code": 401,
        "message": "Authentication required",
        "trace_id": "2a6d1a45d8c9402d",
        "data": None,
    }
    out = classify_envelope(_resp(200, body))
    err = out.to_error()
    assert isinstance(err, AuthenticationError)
    assert (err.status_code, err.message, err.trace_id) == (
        401,
        "Authentication required",
        "2a6d1a45d8c9402d",
    )


def test_envelope_429_carries_retry_after() -> None:
    out = classify_envelope(
        _resp(200, {"status_code": 429, "message": "slow down"}, headers={"retry-after": "2"})
    )
    err = out.to_error()
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 2.0


@pytest.mark.checklist(12, "envelope status_code null/str/float/bool", expected="EnvelopeError")
@pytest.mark.parametrize("status_code", [None, "401", 401.0, True, 99, 600])
def test_bad_status_code_is_envelope_error(status_code: object) -> None:
    out = classify_envelope(_resp(200, {"status_code": status_code, "message": "?"}))
    assert out.malformed
    assert isinstance(out.to_error(), EnvelopeError)


@pytest.mark.checklist(12, "envelope status_code missing", expected="EnvelopeError")
def test_missing_status_code_is_envelope_error() -> None:
    assert classify_envelope(_resp(200, {"message": "Success", "data": {}})).malformed


@pytest.mark.parametrize("body", [b"<html>502</html>", b"", b'{"status_code": 200, "da', b"[1, 2]"])
def test_unclassifiable_bodies(body: bytes) -> None:
    out = classify_envelope(_resp(200, body, ctype="text/html"))
    assert out.malformed
    assert not out.ok


@pytest.mark.checklist(12, "real HTTP 5xx wins over body", expected="ServerError")
def test_real_http_5xx_wins_over_body() -> None:
    out = classify_envelope(_resp(502, {"status_code": 200, "message": "Success"}))
    assert isinstance(out.to_error(), ServerError)


def test_http_json_requires_json_on_2xx() -> None:
    assert classify_http_json(_resp(200, {"id": 1})).ok
    assert classify_http_json(_resp(200, b"<html></html>", ctype="text/html")).malformed
    assert classify_http_json(_resp(204, b"")).ok


def test_http_json_text_plain_error_keeps_message() -> None:
    err = classify_http_json(_resp(401, b"Unauthorized", ctype="text/plain")).to_error()
    assert isinstance(err, AuthenticationError)
    assert err.message == "Unauthorized"
