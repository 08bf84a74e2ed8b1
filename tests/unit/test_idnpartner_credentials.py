"""idnpartner credentials, options and secrecy: validation, env loading, masked reprs, clean logs."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from auth_plugins import idnpartner
from auth_plugins._core import FrozenClock
from auth_plugins.errors import ConfigurationError
from tests.unit.test_idnpartner_support import BASE, CREDS, START, FakeServer, logged_in, sync_client

PRIVATE = "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-----END PRIVATE KEY-----"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"app_key": ""}, "app_key"),
        ({"app_key": "   "}, "app_key"),
        ({"app_key": None}, "app_key"),
        ({"app_key": "ak", "private_key": ""}, "private_key"),
        ({"app_key": "ak", "private_key": b"bytes-key"}, "private_key"),
    ],
)
def test_invalid_credentials_name_the_field_not_the_value(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ConfigurationError, match=field) as info:
        idnpartner.Credentials(**kwargs)
    assert "bytes-key" not in str(info.value)


def test_from_env() -> None:
    creds = idnpartner.Credentials.from_env(
        {"IDNPARTNER_APP_KEY": "ak-env", "IDNPARTNER_PRIVATE_KEY": PRIVATE}
    )
    assert (creds.app_key, creds.private_key) == ("ak-env", PRIVATE)
    assert idnpartner.Credentials.from_env({"IDNPARTNER_APP_KEY": "ak-env"}).private_key is None
    with pytest.raises(ConfigurationError, match="IDNPARTNER_APP_KEY"):
        idnpartner.Credentials.from_env({})


def test_base_url_is_required() -> None:
    for build in (idnpartner.client, idnpartner.transport, idnpartner.async_transport):
        with pytest.raises(ConfigurationError, match="base_url"):
            build(CREDS, base_url="")


def test_login_arguments_are_validated_without_echoing_them() -> None:
    c = idnpartner.client(
        CREDS, base_url=BASE, session=logged_in(), transport=httpx.MockTransport(FakeServer())
    )
    with c:
        with pytest.raises(ConfigurationError, match="username"):
            idnpartner.login(c, "", "secret-pw-1")
        with pytest.raises(ConfigurationError, match="password") as info:
            idnpartner.login(c, "budi", " ")
    assert "secret-pw-1" not in str(info.value)


def test_reprs_hide_every_secret() -> None:
    creds = idnpartner.Credentials(app_key="ak-very-secret", private_key=PRIVATE)
    session = logged_in()
    texts = [repr(creds), str(creds), repr(session), str(session), repr(session.user_token)]
    texts += [repr(session.refresh_token), repr(session.access.current)]
    for text in texts:
        for secret in ("ak-very-secret", PRIVATE, "ut-1", "rt-1", "at-1"):
            assert secret not in text
    assert "usr_1" in repr(session)  # the user id is not a secret; it helps debugging


def test_no_token_password_or_key_in_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake = FakeServer()
    fake.access.clear()
    session = idnpartner.Session(FrozenClock(START))
    creds = idnpartner.Credentials(app_key="ak-log-secret", private_key=PRIVATE)
    c = idnpartner.client(creds, base_url=BASE, session=session, transport=httpx.MockTransport(fake))
    errors: list[str] = []
    with c:
        idnpartner.login(c, "budi", "pw-log-secret")
        fake.access.clear()
        c.get_httpx_client().get("/v1/users/me")  # 401, renewal, resend
        fake.access.clear()
        fake.refresh.clear()
        fake.user.clear()
        try:
            c.get_httpx_client().get("/v1/users/me")
        except idnpartner.LoginRequired as exc:
            errors += [str(exc), repr(exc), repr(exc.body)]
    assert len(errors) == 3
    issued = {"ut-1", "pw-log-secret", "ak-log-secret", PRIVATE}
    issued |= {
        r.headers["authorization"].removeprefix("Bearer ")
        for r in fake.requests
        if "authorization" in r.headers
    }
    assert len(issued) > 4
    text = caplog.text + "\n".join(errors)
    assert "get_user_profile -> 401" in caplog.text  # the stack did log the calls
    for secret in issued:
        assert secret not in text


def test_sync_stack_sends_the_app_key_on_every_request() -> None:
    fake = FakeServer()
    with sync_client(fake, logged_in()) as c:
        c.get("/v1/banks")
        c.post("/v1/auth/user", json={})
    assert [r.headers["x-app-key"] for r in fake.requests] == [CREDS.app_key] * 2
