"""Exact money and open enums, payinout: amounts keep their digits from the request model through
the wire and the sandbox back into the response model; unknown values and fields are kept."""

from __future__ import annotations

import ssl
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from payinout_client import AuthenticatedClient
from payinout_client.api.balance import get_balance
from payinout_client.api.pay_in import create_payin, get_payin
from payinout_client.api.pay_out import create_payout, get_payout
from payinout_client.models import (
    BalanceRequest,
    BalanceResponse,
    PayInCreateRequest,
    PayInResponse,
    PaymentCallback,
    PaymentLookupRequest,
    PayOutCreateRequest,
    PayOutResponse,
)
from payinout_client.types import parse_json

from auth_plugins import payinout
from tests.conftest import LiveSandbox
from tests.e2e._money import MONEY_EXAMPLES, amounts, wire_number
from tests.sandbox.core import Fault
from tests.sandbox.providers import payinout as sim

SLUG = "payinout"
pytestmark = pytest.mark.e2e

CREDS = payinout.Credentials(token=sim.TOKEN, email=sim.EMAIL, secret=sim.SECRET)


def _client(sandbox: LiveSandbox, **kw: Any) -> AuthenticatedClient:
    return payinout.client(CREDS, base_url=sandbox.base_url, **kw)


def _payin(amount: Decimal, currency: str = "EUR") -> PayInCreateRequest:
    return PayInCreateRequest(order_id="ord-money", amount=amount, currency=currency)


def test_payin_amount_exact_on_the_wire_and_back(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        created = create_payin.sync(client=c, body=_payin(Decimal("19.99")))
        assert isinstance(created, PayInResponse)
        read = get_payin.sync(client=c, body=PaymentLookupRequest(id=created.id))
    (arrival,) = sandbox.state.arrivals("create_payin", accepted=True)
    assert b'"amount":19.99,' in arrival.body
    assert (created.amount, created.currency) == (Decimal("19.99"), "EUR")
    assert isinstance(read, PayInResponse)
    assert str(read.amount) == "19.99"
    assert read.currency == "EUR"
    (lookup,) = sandbox.state.arrivals("get_payin", accepted=True)
    assert b'"amount"' not in lookup.body


def test_payout_trailing_zeros_survive(sandbox: LiveSandbox) -> None:
    body = PayOutCreateRequest.from_dict(
        {
            "order_id": "wd-money",
            "amount": Decimal("10000.00"),
            "currency": "USD",
            "destination": {"account_number": "0123456789"},
        }
    )
    with _client(sandbox) as c:
        created = create_payout.sync(client=c, body=body)
        assert isinstance(created, PayOutResponse)
        read = get_payout.sync(client=c, body=PaymentLookupRequest(id=created.id))
    (arrival,) = sandbox.state.arrivals("create_payout", accepted=True)
    assert wire_number(arrival.body, "amount") == "10000.00"
    assert isinstance(read, PayOutResponse)
    for amount in (created.amount, read.amount):
        assert isinstance(amount, Decimal)
        assert str(amount) == "10000.00"  # not 10000.0, not 10000


def test_documented_example_amounts_keep_their_digits(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        result = get_balance.sync(client=c, body=BalanceRequest())
    assert isinstance(result, BalanceResponse)
    (usd,) = result.balances
    assert (str(usd.available), str(usd.pending)) == ("10000.00", "250.75")


def test_unknown_status_and_field_from_a_real_call_are_kept(sandbox: LiveSandbox) -> None:
    patch = {"status": "chargeback", "risk_score": 7, "acquirer": {"name": "Acme"}}
    with _client(sandbox) as c:
        created = create_payin.sync(client=c, body=_payin(Decimal("19.99")))
        assert isinstance(created, PayInResponse)
        sandbox.state.push(Fault("patch", operation="get_payin", patch=patch))
        read = get_payin.sync(client=c, body=PaymentLookupRequest(id=created.id))
    assert isinstance(read, PayInResponse)
    assert read.status == "chargeback"
    assert read.additional_properties["risk_score"] == 7
    assert read.additional_properties["acquirer"] == {"name": "Acme"}
    assert str(read.amount) == "19.99"


@pytest.mark.anyio
async def test_unknown_status_and_field_async(sandbox: LiveSandbox) -> None:
    sandbox.state.push(
        Fault("patch", operation="create_payout", patch={"status": "on_hold", "hold_reason": "aml"})
    )
    body = PayOutCreateRequest.from_dict(
        {"order_id": "wd-2", "amount": "2500.50", "currency": "USD", "destination": {"account_number": "01"}}
    )
    async with _client(sandbox) as c:
        created = await create_payout.asyncio(client=c, body=body)
    assert isinstance(created, PayOutResponse)
    assert (created.status, created.additional_properties) == ("on_hold", {"hold_reason": "aml"})
    assert str(created.amount) == "2500.50"


def test_webhook_with_unknown_status_and_field_is_kept() -> None:
    payload = {
        "id": "pi_7d1f0c2a",
        "order_id": "ord-10001",
        "type": "payin",
        "status": "chargeback",
        "amount": Decimal("10000.00"),
        "currency": "USD",
        "updated_at": 1767225900,
        "chargeback_reason": "fraud",
    }
    body, signature = sim.signed_callback(payload)
    assert b'"amount":10000.00,' in body
    payinout.verify_webhook(body, signature, sim.SECRET)
    event = PaymentCallback.from_dict(parse_json(body))
    assert event.status == "chargeback"
    assert event.additional_properties == {"chargeback_reason": "fraud"}
    assert str(event.amount) == "10000.00"


def _assert_same_digits(sent: Decimal, wire: str, *received: Decimal) -> None:
    assert wire == format(sent, "f")
    for got in received:
        assert isinstance(got, Decimal)
        assert got.as_tuple() == sent.as_tuple()  # same sign, digits and exponent


# One TLS context for every example's client: verification stays on, and the CA bundle is
# loaded once instead of once per example.
_TLS = ssl.create_default_context()


@pytest.mark.timeout(900)
@MONEY_EXAMPLES
@given(amount=amounts())
def test_property_any_amount_round_trips_sync(live_sandbox: LiveSandbox, amount: Decimal) -> None:
    with _client(live_sandbox, verify=_TLS) as c:
        created = create_payin.sync(client=c, body=_payin(amount))
    assert isinstance(created, PayInResponse)
    arrival = live_sandbox.state.arrivals("create_payin", accepted=True)[-1]
    _assert_same_digits(amount, wire_number(arrival.body, "amount"), created.amount)


@pytest.mark.anyio
@pytest.mark.timeout(900)
@MONEY_EXAMPLES
@given(amount=amounts())
async def test_property_any_amount_round_trips_async(live_sandbox: LiveSandbox, amount: Decimal) -> None:
    async with _client(live_sandbox, verify=_TLS) as c:
        created = await create_payin.asyncio(client=c, body=_payin(amount))
    assert isinstance(created, PayInResponse)
    arrival = live_sandbox.state.arrivals("create_payin", accepted=True)[-1]
    _assert_same_digits(amount, wire_number(arrival.body, "amount"), created.amount)
