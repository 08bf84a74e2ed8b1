"""Property tests: whatever bytes arrive, only typed outcomes come out; nothing is success by accident."""

from __future__ import annotations

import base64
import json
import math
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auth_plugins import payinout, tradecrm
from auth_plugins._core import classify_envelope, classify_http_json, parse_retry_after
from auth_plugins.errors import ApiError, EnvelopeError, WebhookSignatureError

EXAMPLES = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)


def _response(status: int, content: bytes) -> httpx.Response:
    return httpx.Response(
        status,
        content=content,
        headers={"content-type": "application/json"},
        request=httpx.Request("POST", "https://x.invalid/api"),
    )


@pytest.mark.checklist(0, "fuzz (1000 examples)", expected="only typed errors")
@EXAMPLES
@given(status=st.integers(min_value=200, max_value=599), body=st.binary(max_size=300))
def test_envelope_classifier_on_garbage(status: int, body: bytes) -> None:
    out = classify_envelope(_response(status, body))
    if 300 <= status < 400:
        # Redirects pass through untouched: httpx follows them or the generated client raises
        # UnexpectedStatus (clients are built with raise_on_unexpected_status=True).
        assert out.ok
        assert out.status == status
        return
    if out.ok:
        parsed = json.loads(body)
        assert isinstance(parsed, dict)
        code = parsed["status_code"]
        assert type(code) is int
        assert 100 <= code < 400
        assert status < 300
    else:
        assert isinstance(out.to_error(), ApiError)


@pytest.mark.checklist(0, "fuzz (1000 examples)", expected="only typed errors")
@EXAMPLES
@given(
    status_code=json_values | st.integers(),
    extra=st.dictionaries(st.text(max_size=8), json_values, max_size=4),
)
def test_envelope_status_code_must_be_an_int_status(status_code: Any, extra: dict[str, Any]) -> None:
    body = {**extra, "status_code": status_code}
    out = classify_envelope(_response(200, json.dumps(body).encode()))
    valid = type(status_code) is int and 100 <= status_code <= 599
    if not valid:
        assert out.malformed
        assert isinstance(out.to_error(), EnvelopeError)
    elif status_code >= 400:
        assert not out.ok
        err = out.to_error()
        assert err.status_code == status_code
    else:
        assert out.ok


@pytest.mark.checklist(0, "fuzz (1000 examples)", expected="only typed errors")
@EXAMPLES
@given(status=st.integers(min_value=200, max_value=599), body=json_values)
def test_http_json_classifier_never_invents_success(status: int, body: Any) -> None:
    out = classify_http_json(_response(status, json.dumps(body).encode()))
    assert out.ok == (status < 400)
    if out.ok:
        assert 200 <= out.status < 400
    if not out.ok:
        assert out.to_error().status_code == status


@pytest.mark.checklist(0, "fuzz (1000 examples)", expected="only typed errors")
@EXAMPLES
@given(value=st.text(max_size=40), ms=st.none() | st.text(max_size=20))
def test_retry_after_parser_total(value: str, ms: str | None) -> None:
    headers = {"retry-after": value}
    if ms is not None:
        headers["retry-after-ms"] = ms
    try:
        h = httpx.Headers(headers)
    except (UnicodeEncodeError, ValueError):
        return  # not representable as an HTTP header at all
    got = parse_retry_after(h, now=1_767_225_600.0)
    assert got is None or (got >= 0 and not math.isnan(got))


@pytest.mark.checklist(0, "fuzz (1000 examples)", expected="only typed errors")
@EXAMPLES
@given(body=st.binary(max_size=200), signature=st.text(max_size=80), secret=st.text(min_size=1, max_size=20))
def test_payinout_webhook_verifier_only_raises_typed(body: bytes, signature: str, secret: str) -> None:
    try:
        payinout.verify_webhook(body, signature, secret)
    except WebhookSignatureError:
        return
    assert signature.strip().lower() == payinout.webhook_signature(body, secret)


@pytest.mark.checklist(0, "fuzz (1000 examples)", expected="only typed errors")
@EXAMPLES
@given(body=st.binary(max_size=200), signature=st.text(max_size=80), secret=st.text(min_size=1, max_size=20))
def test_tradecrm_webhook_verifier_only_raises_typed(body: bytes, signature: str, secret: str) -> None:
    try:
        tradecrm.verify_webhook(body, signature, secret)
    except WebhookSignatureError:
        return
    assert signature.strip().lower() == tradecrm.sign(body, secret)


@pytest.mark.checklist(0, "fuzz (1000 examples)", expected="only typed errors")
@EXAMPLES
@given(
    body=st.binary(min_size=1, max_size=200),
    bit=st.integers(min_value=0, max_value=7),
    secret=st.text(min_size=1),
)
def test_one_bit_flip_is_always_rejected(body: bytes, bit: int, secret: str) -> None:
    sig = payinout.webhook_signature(body, secret)
    flipped = bytes([body[0] ^ (1 << bit)]) + body[1:]
    try:
        payinout.verify_webhook(flipped, sig, secret)
    except WebhookSignatureError:
        return
    raise AssertionError("a flipped body verified")


_SUITE_KEYS = (
    bytes(range(1, 33)),
    bytes.fromhex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"),
)

wrapper_values = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=60),
    st.binary(max_size=60).map(lambda b: base64.b64encode(b).decode()),
)


@pytest.mark.checklist(0, "fuzz (1000 examples)", expected="only typed errors")
@EXAMPLES
@given(
    key_version=st.one_of(st.just("c2f1d9a4"), wrapper_values),
    salt=wrapper_values,
    data=wrapper_values,
    extra=st.dictionaries(st.text(max_size=8), json_values, max_size=3),
)
def test_encrypted_wrapper_decoder_only_raises_typed(
    key_version: Any, salt: Any, data: Any, extra: dict[str, Any]
) -> None:
    from auth_plugins.errors import EncryptionError
    from auth_plugins.htp._crypto import CipherSuite

    suite = CipherSuite(_SUITE_KEYS[0], _SUITE_KEYS[1], "c2f1d9a4")
    wrapper = {**extra, "key_version": key_version, "salt": salt, "data": data}
    try:
        suite.decrypt(wrapper)
    except EncryptionError:
        return
    raise AssertionError("a forged wrapper decrypted")
