"""Issue 22: secrets out of errors, bounded clock trust, fail-closed encryption, safe paths.

Each test reproduces one finding of the issue as it was reported and checks it no longer holds.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from auth_plugins import halogen, htp, payinout, tradecrm
from auth_plugins._core import Clock, FrozenClock, RetryPolicy
from auth_plugins.errors import (
    AuthenticationError,
    ConfigurationError,
    EncryptionError,
    ResponseTooLargeError,
    ServerError,
)
from tests.unit.test_htp_transport import CREDS as HTP_CREDS
from tests.unit.test_htp_transport import MockHtp, envelope, signed_in

PAYINOUT_TOKEN = "tk_live_SECRETKEY_123"
PAYINOUT_SECRET = "sk_live_signing_secret_456"
BASE = "https://pay.invalid"


def _payinout() -> payinout.Credentials:
    return payinout.Credentials(token=PAYINOUT_TOKEN, email="m@x.example", secret=PAYINOUT_SECRET)


# -- 1. no secret in an exception ------------------------------------------------------------------


def test_base64_key_body_in_the_key_path_is_not_echoed(tmp_path: Path) -> None:
    """The base64 body of an RSA-4096 key put in HALOGEN_PRIVATE_KEY_PATH was echoed in full."""
    pem = halogen.private_key_pem(halogen.generate_private_key("rsa")).decode("ascii")
    body = "".join(line for line in pem.splitlines() if not line.startswith("-----"))
    assert len(body) > 3000
    env = {"HALOGEN_KEY_ID": "key_1", "HALOGEN_PRIVATE_KEY_PATH": body}
    with pytest.raises(ConfigurationError) as info:
        halogen.Credentials.from_env(env)
    text = f"{info.value!s} {info.value!r}"
    assert body[:40] not in text
    assert body[-40:] not in text
    assert len(text) < 400
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


@pytest.mark.parametrize("bad", ["tk_live_SECRETKEY_123\r", "tk_live\nSECRET", "tk\x00live", "tk\tlive"])
def test_credential_with_a_control_character_is_refused_at_construction(bad: str) -> None:
    """A trailing CR from a CRLF .env file passed construction and surfaced mid-call, quoted."""
    with pytest.raises(ConfigurationError, match="control character") as info:
        payinout.Credentials(token=bad, email="m@x.example", secret=PAYINOUT_SECRET)
    assert bad.strip() not in str(info.value)
    with pytest.raises(ConfigurationError, match="control character"):
        payinout.Credentials.from_env(
            {"PAYINOUT_TOKEN": PAYINOUT_TOKEN, "PAYINOUT_EMAIL": "m@x.example", "PAYINOUT_SECRET": bad}
        )
    with pytest.raises(ConfigurationError, match="control character"):
        tradecrm.Credentials(api_key=bad)
    with pytest.raises(ConfigurationError, match="control character"):
        htp.Credentials(agent_id=HTP_CREDS.agent_id, agent_secret=bad)


def _echoing(status: int, headers: dict[str, str] | None = None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        token = request.headers.get("x-app-token", "")
        sig = request.headers.get("x-app-access-sig", "")
        body = {
            "message": f"invalid key {token}",
            "error": {"detail": f"secret {PAYINOUT_SECRET} sig {sig}"},
            "echo": [token],
        }
        return httpx.Response(status, json=body, headers=headers or {})

    return httpx.MockTransport(handler)


def test_provider_error_echoing_a_credential_is_scrubbed() -> None:
    """`401: invalid key tk_live_...` was copied verbatim into str(exc) and exc.body."""
    headers = {
        "Set-Cookie": "session=abc123secret",
        "X-App-Token": PAYINOUT_TOKEN,
        "WWW-Authenticate": f'Token realm="x", key="{PAYINOUT_TOKEN}"',
        "X-Trace": "t-1",
    }
    t = payinout.transport(_payinout(), base_url=BASE, clock=FrozenClock(), inner=_echoing(401, headers))
    with httpx.Client(transport=t, base_url=BASE) as c, pytest.raises(AuthenticationError) as info:
        c.post("/api/balance", json={})
    exc = info.value
    everything = json.dumps(
        [str(exc), repr(exc), exc.message, exc.body, exc.headers, list(exc.args)], ensure_ascii=False
    )
    assert PAYINOUT_TOKEN not in everything
    assert PAYINOUT_SECRET not in everything
    assert "abc123secret" not in everything
    assert "[redacted]" in str(exc)
    assert exc.body["echo"] == ["[redacted]"]
    assert exc.headers["set-cookie"] == "[redacted]"
    assert exc.headers["x-app-token"] == "[redacted]"  # payinout's declared credential header
    assert exc.headers["x-trace"] == "t-1"
    assert exc.attempts == 1


def test_attempt_count_and_headers_on_a_retried_error() -> None:
    t = payinout.transport(
        _payinout(), base_url=BASE, clock=FrozenClock(), inner=_echoing(503), sleep=lambda s: None
    )
    with httpx.Client(transport=t, base_url=BASE) as c, pytest.raises(ServerError) as info:
        c.get("/api/balance")
    assert info.value.attempts == 3
    assert PAYINOUT_TOKEN not in str(info.value)


def test_backchannel_error_echoing_the_agent_secret_is_scrubbed() -> None:
    """htp's connect-token refusal is raised from the backchannel: scrubbed there too."""

    def handler(request: httpx.Request) -> httpx.Response:
        message = f"bad signature {request.headers.get('x-signature')} for {HTP_CREDS.agent_secret}"
        return httpx.Response(200, json=envelope(401, {"agent": HTP_CREDS.agent_id}, message, "t"))

    t = htp.transport(
        HTP_CREDS, base_url="https://htp.invalid", clock=FrozenClock(), inner=httpx.MockTransport(handler)
    )
    with (
        httpx.Client(transport=t, base_url="https://htp.invalid") as c,
        pytest.raises(AuthenticationError) as info,
    ):
        c.get("/api/v1/agent/top-up-rate")
    text = f"{info.value!s} {info.value.body!r} {info.value.headers!r}"
    assert HTP_CREDS.agent_secret not in text
    assert HTP_CREDS.agent_id not in text
    assert "[redacted]" in text


# -- 2. bounded trust in the server's clock ----------------------------------------------------------


def test_a_date_five_years_ahead_moves_the_clock_at_most_300_s(caplog: pytest.LogCaptureFixture) -> None:
    clock = FrozenClock()
    ahead = clock.now() + 5 * 365 * 86400
    with caplog.at_level(logging.WARNING, logger="auth_plugins"):
        assert clock.observe_server_date(email.utils.formatdate(ahead, usegmt=True)) is True
    assert clock.offset == 300
    assert any(r.levelno == logging.WARNING and "cap" in r.getMessage() for r in caplog.records)
    behind = clock.now() - 5 * 365 * 86400
    clock.observe_server_date(email.utils.formatdate(behind, usegmt=True))
    assert clock.offset == -300
    small = Clock()
    small.observe_server_date(email.utils.formatdate(small.now() + 120, usegmt=True))
    assert 115 <= small.offset <= 125  # within the cap: adopted as before


def test_payinout_signature_is_not_valid_for_a_future_second() -> None:
    """A 401 with a Date five years ahead got a payinout signature for that future second."""
    clock = FrozenClock()
    future = email.utils.formatdate(clock.now() + 5 * 365 * 86400, usegmt=True)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401, json={"message": "expired"}, headers={"Date": future})

    t = payinout.transport(_payinout(), base_url=BASE, clock=clock, inner=httpx.MockTransport(handler))
    with httpx.Client(transport=t, base_url=BASE) as c, pytest.raises(AuthenticationError):
        c.post("/api/balance", json={})
    stamps = [int(r.headers["X-App-Access-Ts"]) for r in seen]
    assert all(abs(s - clock.t) <= 300 for s in stamps)


# -- 5. encryption fails closed --------------------------------------------------------------------


def _htp_client(server: MockHtp, **kw: Any) -> httpx.Client:
    kw.setdefault("user", signed_in())
    t = htp.transport(
        HTP_CREDS,
        base_url="https://htp.invalid",
        clock=FrozenClock(),
        inner=httpx.MockTransport(server.handler),
        sleep=lambda s: None,
        **kw,
    )
    return httpx.Client(transport=t, base_url="https://htp.invalid")


def test_slash_in_card_id_still_encrypts_and_sends_bearer() -> None:
    """`/` in card_id made the request match no operation: sent plain and without Bearer."""
    from htp_client import AuthenticatedClient
    from htp_client.api.card_withdrawals import create_card_withdrawal
    from htp_client.errors import ResponseValidationError
    from htp_client.models import CreateCardWithdrawalRequest

    server = MockHtp()
    client = AuthenticatedClient(base_url="https://htp.invalid", token="")
    with _htp_client(server, encrypt=True) as c:
        client.set_httpx_client(c)
        # The generated client percent-encodes the `/` (`card%2F..%2Fx`); the mock answers with
        # no withdrawal in `data`, which the generated model refuses to parse (a typed error).
        with pytest.raises(ResponseValidationError):
            create_card_withdrawal.sync_detailed(
                client=client,
                card_id="card/../x",
                body=CreateCardWithdrawalRequest.from_dict({"amount": Decimal("10.00"), "pin": "123456"}),
            )
    (sent,) = [r for r in server.requests if b"withdrawals" in r.url.raw_path]
    assert b"/cards/card%2F..%2Fx/withdrawals" in sent.url.raw_path
    assert b"123456" not in sent.content
    assert sorted(json.loads(sent.content)) == ["data", "key_version", "salt"]
    assert sent.headers["authorization"].startswith("Bearer ")


def test_non_json_body_for_an_encrypted_operation_is_refused() -> None:
    server = MockHtp()
    with _htp_client(server, encrypt=True) as c, pytest.raises(EncryptionError, match="non-JSON"):
        c.post(
            "/api/v1/pin/verify",
            content=b"pin=123456",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    assert not [r for r in server.requests if r.url.path == "/api/v1/pin/verify"]


def test_body_matching_no_operation_is_refused_when_encrypting() -> None:
    server = MockHtp()
    with _htp_client(server, encrypt=True) as c, pytest.raises(EncryptionError, match="no operation"):
        c.post("/api/v1/not-in-the-spec", json={"pin": "123456"})
    assert server.requests == []
    with _htp_client(server) as c:  # encryption off: sent as before
        c.post("/api/v1/not-in-the-spec", json={"a": 1})


# -- 6. htp: a wrong password is not a token problem --------------------------------------------------


def test_wrong_password_401_is_sent_once_and_keeps_the_token() -> None:
    server = MockHtp()
    server.queue("/api/v1/auth/login", envelope(401, None, "Invalid email or password", "t-pw"))
    with _htp_client(server) as c:
        c.get("/api/v1/agent/top-up-rate")
        with pytest.raises(AuthenticationError, match="Invalid email or password"):
            c.post("/api/v1/auth/login", json={"email": "a@b.example", "password": "wrong"})
    assert server.count("/api/v1/auth/login") == 1
    assert server.count(htp.CONNECT_TOKEN_PATH) == 1


def test_token_401_on_a_login_still_reissues_the_token() -> None:
    server = MockHtp()
    server.queue("/api/v1/auth/login", envelope(401, None, "Authentication required", "t-tok"))
    with _htp_client(server) as c:
        c.post("/api/v1/auth/login", json={"email": "a@b.example", "password": "right"})
    assert server.count("/api/v1/auth/login") == 2
    assert server.count(htp.CONNECT_TOKEN_PATH) == 2


# -- 11. smaller items ------------------------------------------------------------------------------


def test_response_body_over_the_cap_is_a_typed_error() -> None:
    big = b'{"x": "' + b"a" * 2048 + b'"}'

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/chunked":
            return httpx.Response(200, content=iter([big[:1000], big[1000:]]))  # no Content-Length
        return httpx.Response(200, content=big, headers={"Content-Type": "application/json"})

    policy = RetryPolicy(max_response_bytes=1024)
    t = payinout.transport(
        _payinout(), base_url=BASE, clock=FrozenClock(), inner=httpx.MockTransport(handler), policy=policy
    )
    with httpx.Client(transport=t, base_url=BASE) as c:
        with pytest.raises(ResponseTooLargeError) as info:
            c.get("/api/balance")
        assert info.value.limit == 1024
        with pytest.raises(ResponseTooLargeError):
            c.get("/chunked")
    t = payinout.transport(
        _payinout(), base_url=BASE, clock=FrozenClock(), inner=httpx.MockTransport(handler)
    )
    with httpx.Client(transport=t, base_url=BASE) as c:  # default cap: 20 MiB
        assert len(c.get("/chunked").content) == len(big)
        assert len(c.get("/api/balance").content) == len(big)


def test_cipher_suite_salt_and_nonce_are_not_public_parameters() -> None:
    import inspect

    from auth_plugins.htp._crypto import CipherSuite

    params = inspect.signature(CipherSuite.encrypt).parameters
    assert "salt" not in params
    assert "nonce" not in params


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_keygen_refuses_a_world_writable_folder(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o777)
    with pytest.raises(ConfigurationError, match="world-writable"):
        halogen.keygen("ec", "/CN=example.com", folder)
    assert list(folder.iterdir()) == []
    folder.chmod(0o700)
    files = halogen.keygen("ec", "/CN=example.com", folder)
    assert stat.S_IMODE(files.private_key.stat().st_mode) == 0o600


# -- 9. webhooks: replays -----------------------------------------------------------------------------


def test_replay_guard_remembers_ids_for_a_window_and_is_bounded() -> None:
    now = [0.0]
    guard = payinout.ReplayGuard(60, max_size=3, clock=lambda: now[0])
    assert tradecrm.ReplayGuard is payinout.ReplayGuard
    assert guard.seen_before("evt_1") is False
    assert guard.seen_before("evt_1") is True  # a replay within the window
    now[0] = 61
    assert guard.seen_before("evt_1") is False  # the window has passed: remembered afresh
    for i in range(2, 6):
        guard.seen_before(f"evt_{i}")
    assert len(guard) == 3  # bounded: the oldest are forgotten first
    assert guard.seen_before("evt_5") is True
    guard.forget("evt_5")
    assert guard.seen_before("evt_5") is False
    with pytest.raises(ValueError, match="non-empty"):
        guard.seen_before("")


def test_replay_guard_is_thread_safe() -> None:
    import threading

    guard = tradecrm.ReplayGuard()
    fresh: list[bool] = []
    barrier = threading.Barrier(16)

    def worker() -> None:
        barrier.wait()
        fresh.append(not guard.seen_before("evt_same"))

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert fresh.count(True) == 1


def test_tradecrm_warns_once_when_the_webhook_secret_is_the_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from auth_plugins.tradecrm import _credentials

    monkeypatch.setattr(_credentials, "_warned", False)
    import warnings

    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        tradecrm.Credentials(api_key="crm_key_abcdef")
        tradecrm.Credentials(api_key="crm_key_abcdef")
        monkeypatch.setattr(_credentials, "_warned", False)
        tradecrm.Credentials(api_key="crm_key_abcdef", secret="whsec_separate")
    messages = [str(w.message) for w in record if issubclass(w.category, UserWarning)]
    assert len(messages) == 1
    assert "no `secret` set" in messages[0]
    assert "crm_key_abcdef" not in messages[0]


def test_every_provider_policy_lists_its_secrets() -> None:
    """`AuthPolicy.secrets()` (what errors are scrubbed of) holds each provider's credentials and tokens."""
    from auth_plugins import idnpartner
    from auth_plugins._core import Token

    pay = payinout.PayinoutAuth(_payinout())
    assert {PAYINOUT_TOKEN, PAYINOUT_SECRET, "m@x.example"} <= pay.secrets()
    crm = tradecrm.TradecrmAuth(tradecrm.Credentials(api_key="crm_key_abcdef", secret="whsec_separate"))
    assert {"crm_key_abcdef", "whsec_separate"} <= crm.secrets()
    store = htp.token_store(HTP_CREDS, base_url="https://secrets.invalid", clock=FrozenClock())
    store.set(Token("htp_live_token_value", None))
    hauth = htp.HtpAuth(HTP_CREDS, store)
    assert {HTP_CREDS.agent_secret, HTP_CREDS.agent_id, "htp_live_token_value"} <= hauth.secrets()
    session = idnpartner.Session()
    session.begin(Token("user_tok_value", None))
    session.adopt(access=Token("access_tok_value", None), refresh=Token("refresh_tok_value", None))
    idn = idnpartner.IdnpartnerAuth(
        idnpartner.Credentials(app_key="app_key_value"), session, operations=idnpartner.provider.operations
    )
    assert {"app_key_value", "user_tok_value", "access_tok_value", "refresh_tok_value"} <= idn.secrets()


def test_idnpartner_login_error_echoing_the_password_is_scrubbed() -> None:
    from auth_plugins import idnpartner

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        return httpx.Response(401, json={"code": "invalid_credentials", "message": f"bad {body['password']}"})

    c = idnpartner.client(
        idnpartner.Credentials(app_key="app_key_value"),
        base_url="https://idn.invalid",
        session=idnpartner.Session(),
        transport=httpx.MockTransport(handler),
    )
    with c, pytest.raises(AuthenticationError) as info:
        idnpartner.login(c, "budi", "pw-S3cret-987")
    assert "pw-S3cret-987" not in f"{info.value!s} {info.value.body!r}"


@pytest.mark.parametrize("value", ["..", ".", ""])
def test_dot_segments_in_path_parameters_are_refused_before_sending(value: str) -> None:
    """`get_bank_account("..", "x")` went to /v1/accounts/x and `get_announcement("..")` to /api/v1."""
    from htp_client import Client as HtpClient
    from htp_client.api.announcements import get_announcement
    from idnpartner_client import Client as IdnClient
    from idnpartner_client.api.external import get_bank_account

    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    htp_client = HtpClient(base_url="https://htp.invalid")
    htp_client.set_httpx_client(
        httpx.Client(base_url="https://htp.invalid", transport=httpx.MockTransport(record))
    )
    with pytest.raises(ValueError, match="announcement_id may not be"):
        get_announcement.sync_detailed(value, client=htp_client)
    idn_client = IdnClient(base_url="https://idn.invalid")
    idn_client.set_httpx_client(
        httpx.Client(base_url="https://idn.invalid", transport=httpx.MockTransport(record))
    )
    with pytest.raises(ValueError, match="may not be"):
        get_bank_account.sync_detailed(value, "x", client=idn_client)
    assert sent == []


def test_a_slash_in_a_path_parameter_stays_inside_its_segment() -> None:
    from htp_client import Client as HtpClient
    from htp_client.api.announcements import get_announcement
    from htp_client.errors import ResponseValidationError

    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={})

    client = HtpClient(base_url="https://htp.invalid")
    client.set_httpx_client(
        httpx.Client(base_url="https://htp.invalid", transport=httpx.MockTransport(record))
    )
    with pytest.raises(ResponseValidationError):  # the empty answer; the request is what matters
        get_announcement.sync_detailed("../x", client=client)
    assert sent[0].url.raw_path.endswith(b"/announcements/..%2Fx")
