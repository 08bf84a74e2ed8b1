"""Exact money and open enums, idnpartner: a transfer's rupiah amount keeps its digits (sen
included) to the sandbox and back, and reads back by id; the balance example arrives exactly;
unknown values and fields are kept."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from idnpartner_client import AuthenticatedClient
from idnpartner_client.api.external import create_transfer, get_transfer, get_user_balance
from idnpartner_client.models import Balance, Transfer, TransferRequest

from auth_plugins import idnpartner
from tests.conftest import LiveSandbox
from tests.e2e._money import wire_number
from tests.sandbox.core import Fault
from tests.sandbox.providers import idnpartner as sim

SLUG = "idnpartner"
pytestmark = pytest.mark.e2e

CREDS = idnpartner.Credentials(app_key=sim.APP_KEY)


@pytest.fixture(autouse=True)
def provider(sandbox: LiveSandbox) -> sim.SandboxProvider:
    found = sandbox.provider
    assert isinstance(found, sim.SandboxProvider)
    found.reset()
    return found


@contextlib.contextmanager
def _logged_in(sandbox: LiveSandbox, **kw: Any) -> Iterator[AuthenticatedClient]:
    with idnpartner.client(CREDS, base_url=sandbox.base_url, **kw) as c:
        idnpartner.login(c, sim.USERNAME, sim.PASSWORD)
        yield c


def _transfer(amount: Decimal) -> TransferRequest:
    return TransferRequest(
        reference_id="INV-MONEY-1", bank_code="008", account_number="9876543210", amount=amount
    )


def test_transfer_amount_exact_on_the_wire_and_back(sandbox: LiveSandbox) -> None:
    with _logged_in(sandbox) as c:
        created = create_transfer.sync(client=c, body=_transfer(Decimal("250000.50")))
        assert isinstance(created, Transfer)
        read = get_transfer.sync(created.transfer_id, client=c)
    (arrival,) = sandbox.state.arrivals("create_transfer", accepted=True)
    assert wire_number(arrival.body, "amount") == "250000.50"
    assert isinstance(read, Transfer)
    for transfer in (created, read):
        assert (str(transfer.amount), transfer.currency) == ("250000.50", "IDR")
        assert str(transfer.fee) == "2500"
        assert (transfer.reference_id, transfer.account_name) == ("INV-MONEY-1", "AGUS PRATAMA")


@pytest.mark.anyio
async def test_whole_rupiah_stays_whole(sandbox: LiveSandbox) -> None:
    async with idnpartner.client(CREDS, base_url=sandbox.base_url) as c:
        await idnpartner.alogin(c, sim.USERNAME, sim.PASSWORD)
        created = await create_transfer.asyncio(client=c, body=_transfer(Decimal(250000)))
        balance = await get_user_balance.asyncio(client=c)
    (arrival,) = sandbox.state.arrivals("create_transfer", accepted=True)
    assert wire_number(arrival.body, "amount") == "250000"
    assert isinstance(created, Transfer)
    assert created.amount == Decimal(250000)
    assert str(created.amount) == "250000"
    assert isinstance(balance, Balance)
    assert (str(balance.available), str(balance.pending)) == ("1500000", "250000")


def test_unknown_status_and_field_from_a_real_call_are_kept(sandbox: LiveSandbox) -> None:
    with _logged_in(sandbox) as c:
        created = create_transfer.sync(client=c, body=_transfer(Decimal("10000.00")))
        assert isinstance(created, Transfer)
        sandbox.state.push(
            Fault("patch", operation="get_transfer", patch={"status": "reversed", "bi_fast_ref": "BF-1"})
        )
        read = get_transfer.sync(created.transfer_id, client=c)
    assert isinstance(read, Transfer)
    assert read.status == "reversed"
    assert read.additional_properties == {"bi_fast_ref": "BF-1"}
    assert str(read.amount) == "10000.00"
