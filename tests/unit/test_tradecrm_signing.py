"""tradecrm signer against its vectors, at the function and the header level; webhook checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from auth_plugins import tradecrm
from auth_plugins._core import OperationTable, Profile, StackOptions, build_transport, classify_http_json
from auth_plugins.errors import ConfigurationError, PermissionDeniedError, WebhookSignatureError

VECTORS = json.loads((Path(__file__).parents[1] / "vectors" / "tradecrm.json").read_text("utf-8"))
BASE = "https://crm.invalid"


def _transport(creds: tradecrm.Credentials, handler: Any) -> httpx.BaseTransport:
    # An empty operation table keeps this unit test independent of the spec.
    profile = Profile("tradecrm", classify_http_json, OperationTable([]))
    return build_transport(
        profile, tradecrm.TradecrmAuth(creds), StackOptions(base_url=BASE), httpx.MockTransport(handler)
    )


@pytest.mark.checklist(1, "tradecrm signer vectors: body signature", expected="match")
@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
def test_vector_function(case: dict[str, Any]) -> None:
    creds = tradecrm.Credentials(case["api_key"], case["secret"])
    assert tradecrm.sign(case["body"].encode("utf-8"), creds.signing_key) == case["signature"]


@pytest.mark.checklist(1, "tradecrm signer vectors: headers", expected="match")
@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
@pytest.mark.parametrize("method", ["POST", "PATCH", "PUT"])
def test_vector_headers(case: dict[str, Any], method: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    creds = tradecrm.Credentials(case["api_key"], case["secret"])
    with httpx.Client(transport=_transport(creds, handler), base_url=BASE) as c:
        c.request(
            method, "/x", content=case["body"].encode("utf-8"), headers={"content-type": "application/json"}
        )
    (req,) = seen
    assert req.headers["key"] == case["api_key"]
    assert req.headers["signature"] == case["signature"]


def test_httpx_json_bytes_match_the_js_form() -> None:
    case = next(c for c in VECTORS["cases"] if c["name"] == "php-differs")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    creds = tradecrm.Credentials(case["api_key"])
    with httpx.Client(transport=_transport(creds, handler), base_url=BASE) as c:
        c.post("/x", json=json.loads(case["body"]))
    assert seen[0].content == case["body"].encode("utf-8")
    assert seen[0].headers["signature"] == case["signature"]
    assert seen[0].headers["signature"] != case["php_json_encode_signature"]


@pytest.mark.parametrize("method", ["GET", "DELETE"])
def test_get_and_delete_are_not_signed(method: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=_transport(tradecrm.Credentials("k"), handler), base_url=BASE) as c:
        c.request(method, "/x", params={"page": 1})
    assert seen[0].headers["key"] == "k"
    assert "signature" not in seen[0].headers


def test_post_without_body_is_not_signed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=_transport(tradecrm.Credentials("k"), handler), base_url=BASE) as c:
        c.post("/x")
    assert "signature" not in seen[0].headers


@pytest.mark.parametrize("error_type", ["invalid_api_key", "invalid_signature"])
def test_403_error_types(error_type: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"error": error_type, "message": "no"})

    with (
        httpx.Client(transport=_transport(tradecrm.Credentials("k"), handler), base_url=BASE) as c,
        pytest.raises(PermissionDeniedError) as info,
    ):
        c.post("/x", json={"a": 1})
    assert info.value.error_type == error_type


def test_secret_defaults_to_api_key() -> None:
    assert tradecrm.Credentials("the-key").signing_key == "the-key"
    assert tradecrm.Credentials("the-key", "the-secret").signing_key == "the-secret"
    with pytest.raises(ConfigurationError, match="api_key"):
        tradecrm.Credentials("")
    env = {"TRADECRM_API_KEY": "k"}
    assert tradecrm.Credentials.from_env(env) == tradecrm.Credentials("k")


@pytest.mark.checklist(
    2, "tradecrm webhook: flip, whitespace, reorder, no prefix; rotation", expected="rejected"
)
def test_webhook_accept_and_reject() -> None:
    case = VECTORS["cases"][0]
    body, sig, key = case["body"].encode("utf-8"), case["signature"], case["api_key"]
    tradecrm.verify_webhook(body, sig, key)
    tradecrm.verify_webhook(body, sig, ["rotated-new", key])
    reordered = json.dumps(dict(reversed(list(json.loads(body).items()))), separators=(",", ":")).encode()
    assert reordered != body
    for bad_body in (bytes([body[0] ^ 1]) + body[1:], body + b" ", reordered):
        with pytest.raises(WebhookSignatureError):
            tradecrm.verify_webhook(bad_body, sig, key)
    for bad_sig in (sig.removeprefix("sha256="), "sha1=" + sig[7:], "sha256=xyz", None):
        with pytest.raises(WebhookSignatureError):
            tradecrm.verify_webhook(body, bad_sig, key)
    with pytest.raises(WebhookSignatureError):
        tradecrm.verify_webhook(body, sig, ["removed-old-secret"])


def test_repr_hides_key_and_secret() -> None:
    creds = tradecrm.Credentials("api-key-value-123", "secret-value-456")
    assert "api-key-value-123" not in repr(creds)
    assert "secret-value-456" not in str(creds)
