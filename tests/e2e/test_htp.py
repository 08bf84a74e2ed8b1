"""The generated htp client through auth_plugins.htp against the loopback HTP sandbox."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from htp_client import AuthenticatedClient
from htp_client.api.agent_top_up_rate import get_agent_top_up_rate
from htp_client.api.connect_token import create_connect_token
from htp_client.api.file_upload import upload_file
from htp_client.api.payment_orders import create_payment_order
from htp_client.api.public_info import get_info
from htp_client.api.token_and_logout import logout_user, register_user
from htp_client.models import (
    AgentTopUpRateResponse,
    AppInfoResponse,
    ConnectTokenRequest,
    ConnectTokenResponse,
    CreatePaymentOrderRequest,
    CreatePaymentOrderResponse,
    EncryptedWrapper,
    ErrorEnvelope,
    LogoutRequest,
    LogoutResponse,
    RegisterRequest,
    RegisterResponse,
    UploadFileRequest,
    UploadFileResponse,
)
from htp_client.types import File

from auth_plugins import htp
from auth_plugins._core import AuthPolicy, FrozenClock, StackOptions, build_transport
from auth_plugins.errors import AuthenticationError, BadRequestError, ServerError
from tests.conftest import LiveSandbox
from tests.sandbox.core import Fault
from tests.sandbox.providers import htp as sim

SLUG = "htp"
pytestmark = pytest.mark.e2e

CREDS = htp.Credentials(agent_id=sim.AGENT_ID, agent_secret=sim.AGENT_SECRET)
DEVICE = htp.Credentials(
    agent_id=sim.AGENT_ID, agent_secret=sim.AGENT_SECRET, device_id="dev-e2e", device_name="CI"
)
ZH = htp.Credentials(agent_id=sim.AGENT_ID, agent_secret=sim.AGENT_SECRET, language="zh")
BAD = htp.Credentials(agent_id=sim.AGENT_ID, agent_secret="wrong-agent-secret")
ORDER = {"amount": 100, "currency": "USD", "network": "TRC20", "pay_currency": "USDT"}
REGISTER = {
    "email": "ana@example.com",
    "password": "N3w-Passw0rd!",
    "first_name": "Ana",
    "last_name": "王",
    "country_code": "SG",
}


@pytest.fixture(autouse=True)
def fresh_sessions(sandbox: LiveSandbox) -> Iterator[None]:
    """Every test starts with no server-side token or key session and no cached client token."""
    _sim(sandbox).reset_sessions()
    for creds in (CREDS, DEVICE, ZH, BAD):
        htp.token_store(creds, base_url=sandbox.base_url).set(None)
    yield
    _sim(sandbox).reset_sessions()


def _sim(sandbox: LiveSandbox) -> sim.SandboxProvider:
    provider = sandbox.provider
    assert isinstance(provider, sim.SandboxProvider)
    return provider


def _client(sandbox: LiveSandbox, creds: htp.Credentials = CREDS, **kw: Any) -> AuthenticatedClient:
    """A client acting for a signed-in user (issued by the sandbox directly, so the ledger shows
    no login): user operations carry the user's token, the others the connect token."""
    kw.setdefault("user", htp.UserSession.adopt(_sim(sandbox).issue_user(device_id=creds.device_id)))
    return htp.client(creds, base_url=sandbox.base_url, **kw)


def _order() -> CreatePaymentOrderRequest:
    return CreatePaymentOrderRequest.from_dict(ORDER)


def _token_calls(sandbox: LiveSandbox, accepted: bool | None = None) -> int:
    return len(sandbox.state.arrivals("create_connect_token", accepted=accepted))


# -- connect token ---------------------------------------------------------------------------------


def test_connect_token_then_bearer_on_protected_only(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        info = get_info.sync(client=c)
        profile = get_agent_top_up_rate.sync(client=c)
        again = get_agent_top_up_rate.sync(client=c)
    assert isinstance(info, AppInfoResponse)
    assert isinstance(profile, AgentTopUpRateResponse)
    assert isinstance(again, AgentTopUpRateResponse)
    assert profile.data.rate is not None
    (token_call,) = sandbox.state.arrivals("create_connect_token", accepted=True)
    assert token_call.headers["x-agent-id"] == sim.AGENT_ID
    assert token_call.headers["x-signature"] == sim.connect_signature(token_call.body, sim.AGENT_SECRET)
    (live_token,) = _sim(sandbox).live_tokens()
    assert "authorization" not in sandbox.state.arrivals("get_info")[0].headers
    for arrival in sandbox.state.arrivals("get_agent_top_up_rate"):
        assert arrival.accepted
        assert arrival.headers["authorization"] == f"Bearer {live_token}"


@pytest.mark.anyio
async def test_connect_token_async(sandbox: LiveSandbox) -> None:
    async with _client(sandbox) as c:
        results = await asyncio.gather(*(get_agent_top_up_rate.asyncio(client=c) for _ in range(5)))
    assert all(isinstance(r, AgentTopUpRateResponse) for r in results)
    assert _token_calls(sandbox) == 1


def test_invalid_signature_is_authentication_error(sandbox: LiveSandbox) -> None:
    with _client(sandbox, BAD) as c, pytest.raises(AuthenticationError) as info:
        get_agent_top_up_rate.sync(client=c)
    assert info.value.status_code == 401
    assert info.value.message == "Invalid signature"
    assert info.value.trace_id
    assert "wrong-agent-secret" not in str(info.value) + repr(info.value)
    assert _token_calls(sandbox, accepted=False) == 1
    assert sandbox.state.arrivals("get_agent_top_up_rate") == []  # nothing is sent without a token


@pytest.mark.anyio
async def test_invalid_signature_async(sandbox: LiveSandbox) -> None:
    async with _client(sandbox, BAD) as c:
        with pytest.raises(AuthenticationError, match="Invalid signature"):
            await get_agent_top_up_rate.asyncio(client=c)


def test_signature_is_over_the_raw_body_bytes(sandbox: LiveSandbox) -> None:
    """connect_signature() over exactly the bytes sent is accepted; re-serialised bytes are not."""
    spaced = b'{ "grant_type": "client_credentials" }'
    compact = json.dumps(json.loads(spaced), separators=(",", ":")).encode()
    url = sandbox.base_url + htp.CONNECT_TOKEN_PATH

    def post(body: bytes, signed: bytes) -> Any:
        headers = {
            "Content-Type": "application/json",
            "X-Agent-ID": sim.AGENT_ID,
            "X-Signature": htp.connect_signature(signed, sim.AGENT_SECRET),
        }
        response = httpx.post(url, content=body, headers=headers)
        assert response.status_code == 200  # HTP answers errors in an HTTP 200 envelope
        return response.json()

    assert post(spaced, spaced)["status_code"] == 200
    assert post(spaced, compact)["status_code"] == 401


def test_generated_connect_token_operation(sandbox: LiveSandbox) -> None:
    """Callers may issue a token themselves with the generated operation and connect_signature."""
    body = ConnectTokenRequest.from_dict({"grant_type": "client_credentials"})
    raw = json.dumps(body.to_dict(), separators=(",", ":"), ensure_ascii=False).encode()
    with _client(sandbox) as c:
        answer = create_connect_token.sync(
            client=c,
            body=body,
            x_agent_id=sim.AGENT_ID,
            x_signature=htp.connect_signature(raw, sim.AGENT_SECRET),
        )
    assert isinstance(answer, ConnectTokenResponse)
    assert answer.data.access_token in _sim(sandbox).live_tokens()
    assert answer.data.expires_in == sim.TOKEN_TTL


# -- envelopes -------------------------------------------------------------------------------------


@pytest.mark.checklist(12, "htp protected route without a token", expected="AuthenticationError")
def test_protected_route_without_token_is_authentication_error(sandbox: LiveSandbox) -> None:
    raw = httpx.get(sandbox.base_url + "/api/v1/profile")
    assert raw.status_code == 200
    assert raw.json()["status_code"] == 401
    # The htp profile's classifier with a signer that adds nothing: the 200 envelope raises.
    t = build_transport(htp.provider.profile(), AuthPolicy(), StackOptions(base_url=sandbox.base_url))
    with (
        httpx.Client(transport=t, base_url=sandbox.base_url) as c,
        pytest.raises(AuthenticationError) as info,
    ):
        c.get("/api/v1/profile")
    assert info.value.status_code == 401
    assert info.value.message == "Authentication required"
    assert info.value.trace_id is not None
    assert len(info.value.trace_id) == 16


def test_accept_language_zh(sandbox: LiveSandbox) -> None:
    with _client(sandbox, ZH) as c:
        profile = get_agent_top_up_rate.sync(client=c)
    assert isinstance(profile, AgentTopUpRateResponse)
    assert profile.message == "成功"
    assert {a.headers.get("accept-language") for a in sandbox.state.arrivals()} == {"zh"}
    zh_bad = htp.Credentials(agent_id=sim.AGENT_ID, agent_secret="wrong-agent-secret", language="zh")
    with _client(sandbox, zh_bad) as c, pytest.raises(AuthenticationError) as info:
        get_agent_top_up_rate.sync(client=c)
    assert info.value.message == "签名无效"
    with httpx.Client(base_url=sandbox.base_url) as raw:
        body = raw.get("/api/v1/profile", headers={"Accept-Language": "zh"}).json()
    assert body["message"] == "需要身份验证"


def test_english_by_default_and_device_headers(sandbox: LiveSandbox) -> None:
    with _client(sandbox, DEVICE) as c:
        profile = get_agent_top_up_rate.sync(client=c)
    assert isinstance(profile, AgentTopUpRateResponse)
    assert profile.message == "Success"
    for arrival in sandbox.state.arrivals():
        assert arrival.headers["device-id"] == "dev-e2e"
        assert arrival.headers["device-name"] == "CI"
        assert "accept-language" not in arrival.headers


def test_register_answers_201(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        response = register_user.sync_detailed(client=c, body=RegisterRequest.from_dict(REGISTER))
    assert response.status_code == 201
    assert isinstance(response.parsed, RegisterResponse)
    assert response.parsed.status_code == 201
    assert response.parsed.data.user.email == "ana@example.com"


def test_envelope_429_retried_after_retry_after(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("status", status=429, retry_after="0", operation="get_agent_top_up_rate"))
    with _client(sandbox) as c:
        assert isinstance(get_agent_top_up_rate.sync(client=c), AgentTopUpRateResponse)
    assert [a.accepted for a in sandbox.state.arrivals("get_agent_top_up_rate")] == [False, True]


def test_raise_errors_false_parses_error_envelope(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("envelope", status=500, operation="get_agent_top_up_rate", times=3))
    slept: list[float] = []
    with _client(sandbox, raise_errors=False, sleep=slept.append) as c:
        response = get_agent_top_up_rate.sync_detailed(client=c)
    assert response.status_code == 500
    assert isinstance(response.parsed, ErrorEnvelope)
    assert response.parsed.message == "Internal server error"
    assert len(slept) == 2  # a GET is safe: 3 attempts
    sandbox.state.push(Fault("envelope", status=500, operation="get_agent_top_up_rate", times=3))
    with _client(sandbox, sleep=slept.append) as c, pytest.raises(ServerError):
        get_agent_top_up_rate.sync(client=c)


# -- encryption ------------------------------------------------------------------------------------


def _wire(sandbox: LiveSandbox, op: str) -> list[dict[str, Any]]:
    return [json.loads(a.body) for a in sandbox.state.arrivals(op)]


def test_encrypted_write_accepted(sandbox: LiveSandbox) -> None:
    with _client(sandbox, encrypt=True) as c:
        order = create_payment_order.sync(client=c, body=_order())
        registered = register_user.sync_detailed(client=c, body=RegisterRequest.from_dict(REGISTER))
    assert isinstance(order, CreatePaymentOrderResponse)
    assert registered.status_code == 201
    (wire,) = _wire(sandbox, "create_payment_order")
    assert sorted(wire) == ["data", "key_version", "salt"]
    assert b"TRC20" not in sandbox.state.arrivals("create_payment_order")[0].body
    assert [d["payload"] for d in _sim(sandbox).decrypted] == [ORDER, REGISTER]
    assert len(sandbox.state.arrivals("create_key_pair")) == 1


@pytest.mark.anyio
async def test_encrypted_write_async(sandbox: LiveSandbox) -> None:
    async with _client(sandbox, encrypt=True) as c:
        results = await asyncio.gather(
            *(create_payment_order.asyncio(client=c, body=_order()) for _ in range(5))
        )
    assert all(isinstance(r, CreatePaymentOrderResponse) for r in results)
    assert len(sandbox.state.arrivals("create_key_pair")) == 1
    assert [d["payload"] for d in _sim(sandbox).decrypted] == [ORDER] * 5


def test_tampered_ciphertext_rejected(sandbox: LiveSandbox) -> None:
    with _client(sandbox, encrypt=True) as c:
        create_payment_order.sync(client=c, body=_order())
    (wire,) = _wire(sandbox, "create_payment_order")
    data = bytearray(base64.b64decode(wire["data"]))
    data[20] ^= 0x01
    tampered = {**wire, "data": base64.b64encode(bytes(data)).decode()}
    with _client(sandbox) as c, pytest.raises(BadRequestError, match="Decryption failed") as info:
        create_payment_order.sync(client=c, body=EncryptedWrapper.from_dict(tampered))
    assert info.value.trace_id
    assert len(_sim(sandbox).decrypted) == 1


def test_decrypted_payload_is_validated(sandbox: LiveSandbox) -> None:
    """The server validates what it decrypted: a short password is refused after decryption."""
    with _client(sandbox, encrypt=True) as c, pytest.raises(BadRequestError, match="too short"):
        register_user.sync(client=c, body=RegisterRequest.from_dict({**REGISTER, "password": "x"}))
    (wire,) = _wire(sandbox, "register_user")
    assert "password" not in wire
    assert _sim(sandbox).decrypted == []


def test_encrypted_retry_resends_the_same_ciphertext(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("status", status=429, retry_after="0", operation="create_payment_order"))
    with _client(sandbox, encrypt=True) as c:
        assert isinstance(create_payment_order.sync(client=c, body=_order()), CreatePaymentOrderResponse)
    first, second = sandbox.state.arrivals("create_payment_order")
    assert (first.accepted, second.accepted) == (False, True)
    assert first.body == second.body


@pytest.mark.checklist(14, "htp key rotation mid-session", expected="one re-handshake and resend")
@pytest.mark.parametrize("creds", [CREDS, ZH], ids=["en", "zh"])
def test_key_rotation_rehandshakes(sandbox: LiveSandbox, creds: htp.Credentials) -> None:
    with _client(sandbox, creds, encrypt=True) as c:
        create_payment_order.sync(client=c, body=_order())
        _sim(sandbox).rotate_keys()
        assert isinstance(create_payment_order.sync(client=c, body=_order()), CreatePaymentOrderResponse)
    arrivals = sandbox.state.arrivals("create_payment_order")
    assert [a.accepted for a in arrivals] == [True, False, True]  # the old key_version was refused
    versions = [w["key_version"] for w in _wire(sandbox, "create_payment_order")]
    assert versions[0] == versions[1] != versions[2]
    assert len(sandbox.state.arrivals("create_key_pair")) == 2
    assert _token_calls(sandbox) == 0  # a user operation: the user's token, no connect token
    assert len(_sim(sandbox).decrypted) == 2


@pytest.mark.anyio
async def test_key_rotation_async(sandbox: LiveSandbox) -> None:
    async with _client(sandbox, encrypt=True) as c:
        await create_payment_order.asyncio(client=c, body=_order())
        _sim(sandbox).rotate_keys()
        assert isinstance(
            await create_payment_order.asyncio(client=c, body=_order()), CreatePaymentOrderResponse
        )
    assert len(sandbox.state.arrivals("create_key_pair")) == 2


def test_clear_fields_merged_back_by_the_server(sandbox: LiveSandbox) -> None:
    with _client(sandbox, DEVICE, encrypt=True, clear_fields={"refresh_token"}) as c:
        answer = logout_user.sync(
            client=c, body=LogoutRequest.from_dict({"refresh_token": "rt_5b0e4c1f9d2a4e7c"})
        )
    assert isinstance(answer, LogoutResponse)
    (wire,) = _wire(sandbox, "logout_user")
    assert wire["refresh_token"] == "rt_5b0e4c1f9d2a4e7c"
    assert _sim(sandbox).decrypted[0]["payload"] == {"refresh_token": "rt_5b0e4c1f9d2a4e7c"}


# -- upload, logout, expiry ------------------------------------------------------------------------


def test_multipart_upload(sandbox: LiveSandbox) -> None:
    content = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    form = UploadFileRequest(
        file=File(payload=io.BytesIO(content), file_name="id-front.png", mime_type="image/png"),
        purpose="kyc_document",
    )
    with _client(sandbox, encrypt=True) as c:
        answer = upload_file.sync(client=c, body=form)
    assert isinstance(answer, UploadFileResponse)
    (upload,) = _sim(sandbox).uploads
    assert upload["file"] == {"filename": "id-front.png", "content": content}
    assert upload["purpose"]["content"] == b"kyc_document"
    (arrival,) = sandbox.state.arrivals("upload_file")
    assert arrival.headers["authorization"].startswith("Bearer ")
    assert sandbox.state.arrivals("create_key_pair") == []  # not an encrypted operation


def test_logout_ends_the_device_session_and_the_cached_token(sandbox: LiveSandbox) -> None:
    with _client(sandbox, DEVICE) as c:
        get_agent_top_up_rate.sync(client=c)
        first = _sim(sandbox).live_tokens()
        assert isinstance(logout_user.sync(client=c, body=LogoutRequest.from_dict({})), LogoutResponse)
        assert _sim(sandbox).live_tokens() == []  # revoked server side
        assert isinstance(get_agent_top_up_rate.sync(client=c), AgentTopUpRateResponse)
    assert _token_calls(sandbox) == 2
    assert _sim(sandbox).live_tokens() != first
    # The cached token was dropped after the logout succeeded, so no call was refused.
    assert [a.accepted for a in sandbox.state.arrivals("get_agent_top_up_rate")] == [True, True]
    assert "authorization" not in sandbox.state.arrivals("logout_user")[0].headers


@pytest.mark.checklist(13, "htp token expiry, 20 threads", expected="connect/token called twice")
def test_token_expiry_refreshed_once_under_20_threads(sandbox: LiveSandbox) -> None:
    results: list[object] = []
    lock = threading.Lock()
    with _client(sandbox) as c:
        get_agent_top_up_rate.sync(client=c)
        _sim(sandbox).expire_tokens()
        barrier = threading.Barrier(20, timeout=30)

        def call() -> None:
            barrier.wait()
            result = get_agent_top_up_rate.sync(client=c)
            with lock:
                results.append(result)

        threads = [threading.Thread(target=call, daemon=True) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not any(t.is_alive() for t in threads)
    assert len(results) == 20
    assert all(isinstance(r, AgentTopUpRateResponse) for r in results)
    assert _token_calls(sandbox) == 2  # initial + exactly one refresh
    assert len(sandbox.state.arrivals("get_agent_top_up_rate", accepted=True)) == 21


@pytest.mark.anyio
@pytest.mark.checklist(13, "htp token expiry, 20 tasks", expected="connect/token called twice")
async def test_token_expiry_refreshed_once_under_20_tasks(sandbox: LiveSandbox) -> None:
    async with _client(sandbox) as c:
        await get_agent_top_up_rate.asyncio(client=c)
        _sim(sandbox).expire_tokens()
        results = await asyncio.gather(*(get_agent_top_up_rate.asyncio(client=c) for _ in range(20)))
    assert all(isinstance(r, AgentTopUpRateResponse) for r in results)
    assert _token_calls(sandbox) == 2


def test_short_token_renewed_before_expiry_without_a_401(sandbox: LiveSandbox) -> None:
    _sim(sandbox).token_ttl = 3600
    clock = FrozenClock(start=sandbox.state.now())
    with _client(sandbox, clock=clock) as c:
        get_agent_top_up_rate.sync(client=c)
        clock.advance(3600 - 59)  # inside the 60 s leeway, still valid on the server
        get_agent_top_up_rate.sync(client=c)
    assert _token_calls(sandbox) == 2
    assert [a.accepted for a in sandbox.state.arrivals("get_agent_top_up_rate")] == [True, True]


def test_no_secret_in_debug_logs(sandbox: LiveSandbox, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG), _client(sandbox, encrypt=True) as c:
        create_payment_order.sync(client=c, body=_order())
        _sim(sandbox).expire_tokens()
        get_agent_top_up_rate.sync(client=c)
        with _client(sandbox, BAD) as bad, pytest.raises(AuthenticationError) as info:
            get_agent_top_up_rate.sync(client=bad)
    tokens = list(_sim(sandbox).issued)
    signatures = [a.headers["x-signature"] for a in sandbox.state.arrivals("create_connect_token")]
    text = caplog.text + str(info.value) + repr(info.value) + repr(c)
    assert len(tokens) == 3  # two users' access tokens (c's and bad's) and one connect token
    for value in (sim.AGENT_SECRET, "wrong-agent-secret", *tokens, *signatures):
        assert value not in text


# -- issue 22: a user's wrong password is not a token problem -------------------------------------


@pytest.mark.parametrize("encrypt", [False, True], ids=["plain", "encrypted"])
def test_wrong_password_login_is_sent_once_and_keeps_the_connect_token(
    sandbox: LiveSandbox, encrypt: bool
) -> None:
    """Every envelope 401 was taken for an expired connect token: a wrong-password login went out
    twice (doubling the lockout count) and the token every client shares was re-issued."""
    from htp_client.api.token_and_logout import login_user
    from htp_client.models import LoginRequest

    with _client(sandbox, encrypt=encrypt) as c:
        get_agent_top_up_rate.sync(client=c)  # the connect token is issued once
        with pytest.raises(AuthenticationError, match="Invalid email or password") as info:
            login_user.sync(
                client=c, body=LoginRequest.from_dict({"email": "ana@example.com", "password": "Wr0ng-pass!"})
            )
        assert info.value.attempts == 1
        assert len(sandbox.state.arrivals("login_user")) == 1
        assert _token_calls(sandbox) == 1
        login_user.sync(
            client=c, body=LoginRequest.from_dict({"email": "ana@example.com", "password": sim.DEMO_PASSWORD})
        )
    assert len(sandbox.state.arrivals("login_user")) == 2
    assert _token_calls(sandbox) == 1


def test_expired_connect_token_on_a_login_is_still_reissued(sandbox: LiveSandbox) -> None:
    from htp_client.api.token_and_logout import login_user
    from htp_client.models import LoginRequest

    with _client(sandbox) as c:
        get_agent_top_up_rate.sync(client=c)
        _sim(sandbox).expire_tokens()
        login_user.sync(
            client=c, body=LoginRequest.from_dict({"email": "ana@example.com", "password": sim.DEMO_PASSWORD})
        )
    assert len(sandbox.state.arrivals("login_user")) == 2  # "Authentication required", then resent
    assert _token_calls(sandbox) == 2
