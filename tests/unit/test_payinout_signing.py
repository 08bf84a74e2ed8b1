"""payinout signer against the JSON vectors, at the string-to-sign and the header level."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from auth_plugins import payinout
from auth_plugins._core import FrozenClock
from auth_plugins.errors import ConfigurationError, WebhookSignatureError

VECTORS = json.loads((Path(__file__).parents[1] / "vectors" / "payinout.json").read_text("utf-8"))


@pytest.mark.checklist(1, "payinout signer vectors: string-to-sign", expected="match")
@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
def test_vectors_string_and_signature(case: dict[str, Any]) -> None:
    assert payinout.string_to_sign(case["timestamp"], case["email"]) == case["string_to_sign"]
    assert payinout.sign(case["timestamp"], case["email"], case["secret"]) == case["signature"]


@pytest.mark.checklist(1, "payinout signer vectors: headers", expected="match")
@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
def test_vectors_header_level(case: dict[str, Any]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"balances": []})

    creds = payinout.Credentials(token="pk", email=case["email"], secret=case["secret"])
    clock = FrozenClock(start=float(case["timestamp"]))
    t = payinout.transport(
        creds, base_url="https://pay.invalid", clock=clock, inner=httpx.MockTransport(handler)
    )
    with httpx.Client(transport=t, base_url="https://pay.invalid") as c:
        c.post("/api/balance", json={})
    (req,) = seen
    assert req.headers["X-App-Token"] == "pk"
    assert req.headers["X-App-Access-Ts"] == case["timestamp"]
    assert req.headers["X-App-Access-Sig"] == case["signature"]
    assert req.headers["Accept"] == "application/json, text/plain"
    assert req.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("case", VECTORS["webhooks"], ids=lambda c: c["name"])
def test_webhook_vectors(case: dict[str, Any]) -> None:
    body = case["body"].encode("utf-8")
    payinout.verify_webhook(body, case["signature"], case["secret"])
    payinout.verify_webhook(body, case["signature"].upper(), case["secret"])


@pytest.mark.checklist(
    2, "payinout webhook: bit flip, whitespace, re-serialised, prefixes", expected="rejected"
)
def test_webhook_rejections() -> None:
    case = VECTORS["webhooks"][0]
    body, sig, secret = case["body"].encode(), case["signature"], case["secret"]
    flipped = bytes([body[0] ^ 1]) + body[1:]
    reserialised = json.dumps(json.loads(body), separators=(",", ":")).encode()
    assert reserialised != body  # 10000.00 became 10000.0: this is why we verify raw bytes
    for bad_body in (flipped, body + b" ", body + b"\n", reserialised):
        with pytest.raises(WebhookSignatureError):
            payinout.verify_webhook(bad_body, sig, secret)
    for bad_sig in ("", "sha256=" + sig, sig[:-1], "z" * 64):
        with pytest.raises(WebhookSignatureError):
            payinout.verify_webhook(body, bad_sig, secret)
    with pytest.raises(WebhookSignatureError):
        payinout.verify_webhook(body, sig, "another-secret")


@pytest.mark.checklist(3, "payinout webhook rotation", expected="old+new ok, removed fails")
def test_webhook_rotation_accepts_old_and_new() -> None:
    case = VECTORS["webhooks"][0]
    body, sig = case["body"].encode(), case["signature"]
    payinout.verify_webhook(body, sig, ["new-secret", case["secret"]])
    with pytest.raises(WebhookSignatureError):
        payinout.verify_webhook(body, sig, ["new-secret"])


def test_webhook_needs_bytes() -> None:
    with pytest.raises(TypeError):
        payinout.verify_webhook({"a": 1}, "0" * 64, "s")  # type: ignore[arg-type]


@pytest.mark.checklist(19, "payinout empty credential", expected="ConfigurationError")
@pytest.mark.parametrize("field", ["token", "email", "secret"])
def test_credentials_validated(field: str) -> None:
    kwargs = {"token": "t", "email": "e@x", "secret": "s", field: "  "}
    with pytest.raises(ConfigurationError, match=field):
        payinout.Credentials(**kwargs)


def test_credentials_from_env() -> None:
    env = {"PAYINOUT_TOKEN": "t", "PAYINOUT_EMAIL": "e@x", "PAYINOUT_SECRET": "s3cr3t-value"}
    assert payinout.Credentials.from_env(env) == payinout.Credentials("t", "e@x", "s3cr3t-value")
    with pytest.raises(ConfigurationError, match="PAYINOUT_SECRET"):
        payinout.Credentials.from_env({"PAYINOUT_TOKEN": "t", "PAYINOUT_EMAIL": "e@x"})


def test_credentials_never_print_secrets() -> None:
    creds = payinout.Credentials(token="tok-PUBLIC-123", email="boss@merchant.example", secret="s3cr3t-value")
    for text in (repr(creds), str(creds), f"{creds}", repr([creds])):
        assert "s3cr3t-value" not in text
        assert "tok-PUBLIC-123" not in text
        assert "boss@merchant.example" not in text
