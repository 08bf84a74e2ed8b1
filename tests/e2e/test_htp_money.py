"""Exact money and open enums, htp: payment orders, card top-ups keep the digits sent, in plain
and encrypted bodies; unknown values and fields inside the envelope are kept."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from htp_client import AuthenticatedClient
from htp_client.api.card_transactions import top_up_card
from htp_client.api.payment_orders import cancel_payment_order, create_payment_order, get_payment_order
from htp_client.models import (
    CancelPaymentOrderResponse,
    CardTopUpRequest,
    CardTopUpResponse,
    CreatePaymentOrderRequest,
    CreatePaymentOrderResponse,
    PaymentOrderResponse,
)

from auth_plugins import htp
from tests.conftest import LiveSandbox
from tests.e2e._money import wire_number
from tests.sandbox.core import Fault
from tests.sandbox.providers import htp as sim

SLUG = "htp"
pytestmark = pytest.mark.e2e

CREDS = htp.Credentials(agent_id=sim.AGENT_ID, agent_secret=sim.AGENT_SECRET)


def _sim(sandbox: LiveSandbox) -> sim.SandboxProvider:
    provider = sandbox.provider
    assert isinstance(provider, sim.SandboxProvider)
    return provider


@pytest.fixture(autouse=True)
def fresh_sessions(sandbox: LiveSandbox) -> Iterator[None]:
    _sim(sandbox).reset_sessions()
    htp.token_store(CREDS, base_url=sandbox.base_url).set(None)
    yield
    _sim(sandbox).reset_sessions()


def _client(sandbox: LiveSandbox, **kw: Any) -> AuthenticatedClient:
    """A client acting for a signed-in user (payment orders and cards are user operations)."""
    provider = sandbox.provider
    assert isinstance(provider, sim.SandboxProvider)
    kw.setdefault("user", htp.UserSession.adopt(provider.issue_user()))
    return htp.client(CREDS, base_url=sandbox.base_url, **kw)


def _order(amount: str) -> CreatePaymentOrderRequest:
    return CreatePaymentOrderRequest(
        amount=Decimal(amount), currency="EUR", pay_currency="USDT", network="TRC20"
    )


def test_payment_order_exact_on_the_wire_and_back(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        created = create_payment_order.sync(client=c, body=_order("19.99"))
        assert isinstance(created, CreatePaymentOrderResponse)
        read = get_payment_order.sync(created.data.id, client=c)
        cancelled = cancel_payment_order.sync(created.data.id, client=c)
    (arrival,) = sandbox.state.arrivals("create_payment_order", accepted=True)
    assert wire_number(arrival.body, "amount") == "19.99"
    assert isinstance(read, PaymentOrderResponse)
    assert isinstance(cancelled, CancelPaymentOrderResponse)
    for order in (created.data, read.data, cancelled.data):
        assert (str(order.amount), order.currency) == ("19.99", "EUR")
        assert (str(order.rate), str(order.pay_amount)) == ("1.01", "20.1899")  # 19.99 x 1.01, exact
    assert cancelled.data.status == "cancelled"


def test_encrypted_payment_order_carries_the_exact_amount(sandbox: LiveSandbox) -> None:
    with _client(sandbox, encrypt=True) as c:
        created = create_payment_order.sync(client=c, body=_order("10000.00"))
    assert isinstance(created, CreatePaymentOrderResponse)
    (arrival,) = sandbox.state.arrivals("create_payment_order", accepted=True)
    assert b"10000" not in arrival.body  # ciphertext on the wire
    (decrypted,) = _sim(sandbox).decrypted
    assert str(decrypted["payload"]["amount"]) == "10000.00"  # the plaintext kept both zeros
    assert str(created.data.amount) == "10000.00"
    assert str(created.data.pay_amount) == "10100.0000"


@pytest.mark.anyio
async def test_card_top_up_total_is_exact(sandbox: LiveSandbox) -> None:
    async with _client(sandbox) as c:
        topped = await top_up_card.asyncio(
            "card_4c2e9a51", client=c, body=CardTopUpRequest(amount=Decimal("0.10"), currency="USD")
        )
    assert isinstance(topped, CardTopUpResponse)
    (arrival,) = sandbox.state.arrivals("top_up_card", accepted=True)
    assert wire_number(arrival.body, "amount") == "0.10"
    assert (str(topped.data.amount), str(topped.data.fee), str(topped.data.total)) == ("0.10", "1.5", "1.60")


def test_unknown_status_and_fields_in_the_envelope_are_kept(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        created = create_payment_order.sync(client=c, body=_order("19.99"))
        assert isinstance(created, CreatePaymentOrderResponse)
        sandbox.state.push(
            Fault(
                "patch",
                operation="get_payment_order",
                patch={"server_time": 1767225600, "data": {"status": "refunded", "refund_tx": "0xabc"}},
            )
        )
        read = get_payment_order.sync(created.data.id, client=c)
    assert isinstance(read, PaymentOrderResponse)
    assert read.data.status == "refunded"
    assert read.data.additional_properties == {"refund_tx": "0xabc"}
    assert read.additional_properties == {"server_time": 1767225600}
    assert str(read.data.amount) == "19.99"
