"""htp connect-token signature vectors, credentials, identity headers and the lazy crypto import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from auth_plugins import htp
from auth_plugins._core import FrozenClock
from auth_plugins.errors import ConfigurationError

VECTORS = json.loads((Path(__file__).parents[1] / "vectors" / "htp.json").read_text("utf-8"))
SIGNATURES = VECTORS["connect_signature"]["cases"]
AGENT = "3f8e2b1c-7d4a-4e6f-9a0b-1c2d3e4f5a6b"
BASE = "https://htp.invalid"


@pytest.mark.checklist(1, "htp connect-token signature vectors", expected="match")
@pytest.mark.parametrize("case", SIGNATURES, ids=lambda c: c["name"])
def test_connect_signature_vectors(case: dict[str, Any]) -> None:
    body = bytes.fromhex(case["body_hex"])
    assert body == case["body"].encode("utf-8")
    assert htp.connect_signature(body, case["agent_secret"]) == case["signature"]


def test_signature_covers_raw_bytes() -> None:
    by_name = {c["name"]: c for c in SIGNATURES}
    compact, spaced = by_name["default-grant"], by_name["whitespace-matters"]
    assert json.loads(compact["body"]) == json.loads(spaced["body"])
    assert compact["signature"] != spaced["signature"]


def _token_envelope() -> dict[str, Any]:
    data = {"access_token": "tok-1", "token_type": "Bearer", "expires_in": 3600}
    return {"trace_id": "", "status_code": 200, "message": "Success", "data": data}


@pytest.mark.checklist(1, "htp connect-token signature: header level", expected="match")
def test_token_request_headers_match_vector() -> None:
    case = SIGNATURES[0]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == htp.CONNECT_TOKEN_PATH:
            return httpx.Response(200, json=_token_envelope())
        return httpx.Response(
            200, json={"trace_id": "", "status_code": 200, "message": "Success", "data": {}}
        )

    creds = htp.Credentials(
        agent_id=AGENT,
        agent_secret=case["agent_secret"],
        device_id="dev-9",
        device_name="Pixel 8",
        language="zh",
    )
    t = htp.transport(creds, base_url=BASE, clock=FrozenClock(), inner=httpx.MockTransport(handler))
    with httpx.Client(transport=t, base_url=BASE) as c:
        c.get("/api/v1/agent/top-up-rate")  # a protected agent operation
        c.get("/api/v1/info", headers={"Accept-Language": "en"})
    token_req, profile_req, info_req = seen
    assert token_req.url.path == "/api/v1/connect/token"
    assert token_req.content == bytes.fromhex(case["body_hex"])
    assert token_req.headers["X-Agent-ID"] == AGENT
    assert token_req.headers["X-Signature"] == case["signature"]
    assert token_req.headers["Content-Type"] == "application/json"
    assert "authorization" not in token_req.headers
    for req in (token_req, profile_req):
        assert req.headers["Accept-Language"] == "zh"
        assert req.headers["Device-ID"] == "dev-9"
        assert req.headers["Device-Name"] == "Pixel 8"
    assert profile_req.headers["Authorization"] == "Bearer tok-1"
    # A public route never carries the token; a per-call header wins over the configured one.
    assert "authorization" not in info_req.headers
    assert info_req.headers["Accept-Language"] == "en"
    assert info_req.headers["Device-ID"] == "dev-9"


def test_nothing_optional_is_sent_when_not_configured() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"trace_id": "", "status_code": 200, "message": "Success", "data": {}}
        )

    creds = htp.Credentials(agent_id=AGENT, agent_secret="s")
    t = htp.transport(creds, base_url=BASE, clock=FrozenClock(), inner=httpx.MockTransport(handler))
    with httpx.Client(transport=t, base_url=BASE) as c:
        c.get("/api/v1/countries")
    (req,) = seen
    for name in ("accept-language", "device-id", "device-name", "authorization", "x-signature"):
        assert name not in req.headers


@pytest.mark.checklist(19, "htp empty credential", expected="ConfigurationError")
@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"agent_id": " "}, "agent_id"),
        ({"agent_secret": ""}, "agent_secret"),
        ({"agent_id": "not-a-uuid"}, "agent UUID"),
        ({"language": "fr"}, "language"),
        ({"device_id": ""}, "device_id"),
        ({"device_name": "a\r\nX-Injected: 1"}, "control character"),
    ],
)
def test_credentials_validated(kwargs: dict[str, Any], match: str) -> None:
    base: dict[str, Any] = {"agent_id": AGENT, "agent_secret": "s3cr3t-value"}
    with pytest.raises(ConfigurationError, match=match) as info:
        htp.Credentials(**{**base, **kwargs})
    assert "s3cr3t-value" not in str(info.value)


def test_credentials_from_env() -> None:
    env = {
        "HTP_AGENT_ID": AGENT,
        "HTP_AGENT_SECRET": "s3cr3t-value",
        "HTP_DEVICE_ID": "dev-1",
        "HTP_DEVICE_NAME": "Pixel 8",
        "HTP_LANGUAGE": "zh",
    }
    assert htp.Credentials.from_env(env) == htp.Credentials(AGENT, "s3cr3t-value", "dev-1", "Pixel 8", "zh")
    minimal = htp.Credentials.from_env({"HTP_AGENT_ID": AGENT, "HTP_AGENT_SECRET": "x"})
    assert (minimal.device_id, minimal.device_name, minimal.language) == (None, None, None)
    with pytest.raises(ConfigurationError, match="HTP_AGENT_SECRET"):
        htp.Credentials.from_env({"HTP_AGENT_ID": AGENT})


def test_credentials_never_print_secrets() -> None:
    creds = htp.Credentials(agent_id=AGENT, agent_secret="s3cr3t-value", device_id="dev-1")
    for text in (repr(creds), str(creds), f"{creds}", repr([creds])):
        assert "s3cr3t-value" not in text
        assert AGENT not in text
        assert "dev-1" in text


def test_options_validated() -> None:
    creds = htp.Credentials(agent_id=AGENT, agent_secret="s")
    with pytest.raises(ConfigurationError, match="base_url"):
        htp.transport(creds, base_url="")
    with pytest.raises(ConfigurationError, match="wrapper fields"):
        htp.transport(creds, base_url=BASE, clear_fields=["salt"])
    with pytest.raises(ConfigurationError, match="not one string"):
        htp.transport(creds, base_url=BASE, clear_fields="refresh_token")


def test_import_does_not_load_cryptography_or_the_client() -> None:
    code = (
        "import sys, auth_plugins.htp as h\n"
        "assert 'cryptography' not in sys.modules, 'cryptography imported eagerly'\n"
        "assert 'htp_client' not in sys.modules\n"
        "assert h.CipherSuite.__name__ == 'CipherSuite'\n"
        "assert 'cryptography' in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
