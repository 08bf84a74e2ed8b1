"""Exact money and open enums, tradecrm: wallet balance orders and MT4 balance operations keep
the digits sent; balances are computed exactly; unknown values and fields are kept."""

from __future__ import annotations

import ssl
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from tradecrm_client import AuthenticatedClient
from tradecrm_client.api.mt4_api import deposit_mt4_account, withdraw_mt4_account
from tradecrm_client.api.wallets_api import get_wallet, get_wallet_balance_order, update_wallet_balance
from tradecrm_client.models import (
    BalanceOperation,
    BalanceOperationRequest,
    TransactionEvent,
    UpdateWalletBalanceRequest,
    Wallet,
    WalletBalanceOrder,
)
from tradecrm_client.types import parse_json

from auth_plugins import tradecrm
from tests.conftest import LiveSandbox
from tests.e2e._money import MONEY_EXAMPLES, amounts, wire_number
from tests.sandbox.core import Fault
from tests.sandbox.providers import tradecrm as sim

SLUG = "tradecrm"
pytestmark = pytest.mark.e2e

CREDS = tradecrm.Credentials(api_key=sim.API_KEY, secret=sim.SECRET)


def _client(sandbox: LiveSandbox, **kw: Any) -> AuthenticatedClient:
    return tradecrm.client(CREDS, base_url=sandbox.base_url, **kw)


def _order(amount: Decimal, kind: str = "credit", ref: str = "ref-money") -> UpdateWalletBalanceRequest:
    return UpdateWalletBalanceRequest(type_=kind, amount=amount, currency="USD", reference_id=ref)


def test_wallet_credit_exact_on_the_wire_in_the_order_and_the_balance(sandbox: LiveSandbox) -> None:
    wallet_id = "wl_money_credit"
    with _client(sandbox) as c:
        before = get_wallet.sync(wallet_id, client=c)
        order = update_wallet_balance.sync(wallet_id, client=c, body=_order(Decimal("19.99")))
        assert isinstance(order, WalletBalanceOrder)
        settled = get_wallet_balance_order.sync(wallet_id, order.order_id, client=c)
        after = get_wallet.sync(wallet_id, client=c)
    (arrival,) = sandbox.state.arrivals("update_wallet_balance", accepted=True)
    assert b'"amount":19.99,' in arrival.body
    assert isinstance(before, Wallet)
    assert (str(before.balance), str(before.available), str(before.frozen)) == (
        "1250.75",
        "1000.75",
        "250.00",
    )
    assert (order.status, str(order.amount), order.currency) == ("pending", "19.99", "USD")
    assert isinstance(settled, WalletBalanceOrder)
    assert (settled.status, str(settled.amount)) == ("completed", "19.99")
    assert isinstance(after, Wallet)
    assert (str(after.balance), str(after.available)) == ("1270.74", "1020.74")  # exact, no 1270.7399…


def test_debit_above_available_fails_and_leaves_the_balance(sandbox: LiveSandbox) -> None:
    wallet_id = "wl_money_debit"
    with _client(sandbox) as c:
        order = update_wallet_balance.sync(wallet_id, client=c, body=_order(Decimal("1000.76"), "debit"))
        assert isinstance(order, WalletBalanceOrder)
        settled = get_wallet_balance_order.sync(wallet_id, order.order_id, client=c)
        ok = update_wallet_balance.sync(wallet_id, client=c, body=_order(Decimal("1000.75"), "debit"))
        wallet = get_wallet.sync(wallet_id, client=c)
    assert isinstance(settled, WalletBalanceOrder)
    assert settled.status == "failed"
    assert isinstance(ok, WalletBalanceOrder)
    assert isinstance(wallet, Wallet)
    assert (str(wallet.balance), str(wallet.available)) == ("250.00", "0.00")


@pytest.mark.anyio
async def test_mt4_deposit_then_withdraw_docs_amounts(sandbox: LiveSandbox) -> None:
    login = 2100999
    async with _client(sandbox) as c:
        deposit = await deposit_mt4_account.asyncio(
            login,
            client=c,
            body=BalanceOperationRequest(connection_id="conn_mt4_live", amount=Decimal("10000.00")),
        )
        withdrawal = await withdraw_mt4_account.asyncio(
            login,
            client=c,
            body=BalanceOperationRequest(connection_id="conn_mt4_live", amount=Decimal("2500.50")),
        )
    first, second = sandbox.state.arrivals(accepted=True)
    assert wire_number(first.body, "amount") == "10000.00"
    assert wire_number(second.body, "amount") == "2500.50"
    assert isinstance(deposit, BalanceOperation)
    assert isinstance(withdrawal, BalanceOperation)
    assert (str(deposit.amount), str(deposit.balance)) == ("10000.00", "10000.00")
    assert (str(withdrawal.amount), str(withdrawal.balance)) == ("2500.50", "7499.50")
    assert withdrawal.type_ == "withdrawal"


def test_unknown_status_and_field_from_a_real_call_are_kept(sandbox: LiveSandbox) -> None:
    wallet_id = "wl_money_enum"
    with _client(sandbox) as c:
        order = update_wallet_balance.sync(wallet_id, client=c, body=_order(Decimal("5.10")))
        assert isinstance(order, WalletBalanceOrder)
        sandbox.state.push(
            Fault(
                "patch",
                operation="get_wallet_balance_order",
                patch={"status": "reversed", "reversal": {"id": "rv_1", "amount": Decimal("5.10")}},
            )
        )
        read = get_wallet_balance_order.sync(wallet_id, order.order_id, client=c)
    assert isinstance(read, WalletBalanceOrder)
    assert read.status == "reversed"
    assert read.additional_properties["reversal"]["id"] == "rv_1"
    assert str(read.amount) == "5.10"


def test_webhook_with_unknown_event_status_and_field_is_kept() -> None:
    event = {
        "id": "evt_9",
        "event": "deposit.reversed",
        "created_at": "2026-01-16T10:00:00Z",
        "data": {
            "id": "tx_1",
            "client_id": "cl_8f3a21",
            "type": "deposit",
            "status": "chargeback",
            "amount": Decimal("10000.00"),
            "currency": "USD",
            "wallet_id": "wl_5c0e19",
            "login": None,
            "payment_method": "bank_transfer",
            "remark": None,
            "created_at": "2026-01-15T08:45:00Z",
            "updated_at": "2026-01-15T08:50:00Z",
            "psp_reference": "psp_77",
        },
        "delivery_attempt": 2,
    }
    body, signature = sim.signed_webhook(event)
    assert b'"amount":10000.00,' in body
    tradecrm.verify_webhook(body, signature, sim.SECRET)
    parsed = TransactionEvent.from_dict(parse_json(body))
    assert parsed.event == "deposit.reversed"
    assert parsed.additional_properties == {"delivery_attempt": 2}
    assert parsed.data.status == "chargeback"
    assert parsed.data.additional_properties == {"psp_reference": "psp_77"}
    assert str(parsed.data.amount) == "10000.00"


def _assert_same_digits(sent: Decimal, wire: str, got: Decimal) -> None:
    assert wire == format(sent, "f")
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
        order = update_wallet_balance.sync("wl_property", client=c, body=_order(amount))
    assert isinstance(order, WalletBalanceOrder)
    arrival = live_sandbox.state.arrivals("update_wallet_balance", accepted=True)[-1]
    _assert_same_digits(amount, wire_number(arrival.body, "amount"), order.amount)


@pytest.mark.anyio
@pytest.mark.timeout(900)
@MONEY_EXAMPLES
@given(amount=amounts())
async def test_property_any_amount_round_trips_async(live_sandbox: LiveSandbox, amount: Decimal) -> None:
    async with _client(live_sandbox, verify=_TLS) as c:
        order = await update_wallet_balance.asyncio("wl_property", client=c, body=_order(amount))
    assert isinstance(order, WalletBalanceOrder)
    arrival = live_sandbox.state.arrivals("update_wallet_balance", accepted=True)[-1]
    _assert_same_digits(amount, wire_number(arrival.body, "amount"), order.amount)
