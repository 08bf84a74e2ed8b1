"""The generated payinout client through auth_plugins.payinout against the loopback sandbox."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from payinout_client import AuthenticatedClient
from payinout_client.api.balance import get_balance
from payinout_client.api.pay_in import create_payin
from payinout_client.api.pay_out import create_payout
from payinout_client.models import BalanceRequest, BalanceResponse, PayInCreateRequest, PayInResponse

from auth_plugins import payinout
from auth_plugins.errors import (
    ApiConnectionError,
    AuthenticationError,
    BadRequestError,
    EnvelopeError,
    RateLimitError,
    ServerError,
    WebhookSignatureError,
)
from tests.conftest import LiveSandbox
from tests.sandbox.core import Fault
from tests.sandbox.providers import payinout as sim

SLUG = "payinout"
pytestmark = pytest.mark.e2e

CREDS = payinout.Credentials(token=sim.TOKEN, email=sim.EMAIL, secret=sim.SECRET)
PAYIN = PayInCreateRequest.from_dict({"order_id": "ord-1", "amount": Decimal("10000.00"), "currency": "USD"})


def _client(sandbox: LiveSandbox, creds: payinout.Credentials = CREDS, **kw: Any) -> AuthenticatedClient:
    return payinout.client(creds, base_url=sandbox.base_url, **kw)


def test_create_payin_sync(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        result = create_payin.sync(client=c, body=PAYIN)
    assert isinstance(result, PayInResponse)
    assert result.id.startswith("pi_")  # the sandbox issues an id per PayIn
    assert result.order_id == "ord-1"
    (arrival,) = sandbox.state.arrivals("create_payin")
    assert arrival.accepted


@pytest.mark.anyio
async def test_create_payin_async(sandbox: LiveSandbox) -> None:
    async with _client(sandbox) as c:
        result = await create_payin.asyncio(client=c, body=PAYIN)
    assert isinstance(result, PayInResponse)
    assert sandbox.state.arrivals("create_payin", accepted=True)


def test_wrong_secret_is_authentication_error(sandbox: LiveSandbox) -> None:
    bad = payinout.Credentials(token=sim.TOKEN, email=sim.EMAIL, secret="wrong-secret-value")
    with _client(sandbox, bad) as c, pytest.raises(AuthenticationError, match="Signature mismatch") as info:
        get_balance.sync(client=c, body=BalanceRequest())
    assert "wrong-secret-value" not in str(info.value)
    assert len(sandbox.state.arrivals("get_balance")) == 1


@pytest.mark.anyio
async def test_wrong_secret_async(sandbox: LiveSandbox) -> None:
    bad = payinout.Credentials(token=sim.TOKEN, email=sim.EMAIL, secret="wrong-secret-value")
    async with _client(sandbox, bad) as c:
        with pytest.raises(AuthenticationError):
            await get_balance.asyncio(client=c, body=BalanceRequest())


def test_429_retried_with_fresh_valid_signature(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("status", status=429, retry_after="1", operation="create_payin"))
    with _client(sandbox) as c:
        result = create_payin.sync(client=c, body=PAYIN)
    assert isinstance(result, PayInResponse)
    first, second = sandbox.state.arrivals("create_payin")
    assert (first.accepted, second.accepted) == (False, True)
    assert int(second.headers["x-app-access-ts"]) > int(first.headers["x-app-access-ts"])
    assert second.headers["x-app-access-sig"] != first.headers["x-app-access-sig"]
    assert first.body == second.body


@pytest.mark.anyio
async def test_429_retried_async(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("status", status=429, retry_after="0", operation="get_balance"))
    async with _client(sandbox) as c:
        result = await get_balance.asyncio(client=c, body=BalanceRequest())
    assert isinstance(result, BalanceResponse)
    assert [a.accepted for a in sandbox.state.arrivals("get_balance")] == [False, True]


def test_429_storm_stops_at_attempt_limit(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("status", status=429, retry_after="0", times=50))
    with _client(sandbox) as c, pytest.raises(RateLimitError) as info:
        get_balance.sync(client=c, body=BalanceRequest())
    assert info.value.retry_after == 0.0
    assert len(sandbox.state.arrivals("get_balance")) == 3


def test_400_not_retried(sandbox: LiveSandbox) -> None:
    bad = PayInCreateRequest.from_dict({"order_id": "ord-1", "amount": -5, "currency": "USD"})
    with _client(sandbox) as c, pytest.raises(BadRequestError):
        create_payin.sync(client=c, body=bad)
    assert len(sandbox.state.arrivals("create_payin")) == 1


def test_html_on_200_is_typed_error(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("html"))
    with _client(sandbox) as c, pytest.raises(EnvelopeError, match="text/html"):
        get_balance.sync(client=c, body=BalanceRequest())


@pytest.mark.anyio
async def test_html_on_200_async(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("html"))
    async with _client(sandbox) as c:
        with pytest.raises(EnvelopeError):
            await get_balance.asyncio(client=c, body=BalanceRequest())


def test_processed_payout_is_not_sent_twice_after_5xx(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("status", status=503, after_processing=True, operation="create_payout"))
    body = {
        "order_id": "wd-1",
        "amount": Decimal("2500.50"),
        "currency": "USD",
        "destination": {"account_number": "0123456789"},
    }
    from payinout_client.models import PayOutCreateRequest

    with _client(sandbox) as c, pytest.raises(ServerError):
        create_payout.sync(client=c, body=PayOutCreateRequest.from_dict(body))
    assert len(sandbox.state.arrivals("create_payout", accepted=True)) == 1


def test_truncated_body_is_connection_error(sandbox: LiveSandbox) -> None:

    sandbox.state.push(Fault("truncate", operation="create_payin"))
    with _client(sandbox) as c, pytest.raises(ApiConnectionError):
        create_payin.sync(client=c, body=PAYIN)
    assert len(sandbox.state.arrivals("create_payin")) == 1


def test_server_clock_ahead_is_adopted(sandbox: LiveSandbox) -> None:
    sandbox.state.skew = 120.0
    with _client(sandbox) as c:
        assert isinstance(get_balance.sync(client=c, body=BalanceRequest()), BalanceResponse)
    assert [a.accepted for a in sandbox.state.arrivals("get_balance")] == [False, True]


def test_webhook_accepted_and_tampered_rejected() -> None:
    payload = {
        "id": "pi_7d1f0c2a",
        "order_id": "ord-10001",
        "type": "payin",
        "status": "completed",
        "amount": Decimal("10000.5"),
        "currency": "USD",
        "updated_at": 1767225900,
    }
    body, signature = sim.signed_callback(payload)
    payinout.verify_webhook(body, signature, sim.SECRET)
    with pytest.raises(WebhookSignatureError):
        payinout.verify_webhook(body.replace(b"10000.5", b"90000.5"), signature, sim.SECRET)
