"""Exact money and open values, halogen: invest/redeem amounts keep their digits through
/command and back through get_request_status; the docs' 150000.50 and 75000.25 arrive exactly;
unknown values and fields are kept."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from halogen_client import AuthenticatedClient
from halogen_client.models import (
    CreateInvestmentRequest,
    CreateInvestmentRequestPayload,
    CreateRedemptionRequest,
    CreateRedemptionRequestPayload,
    GetRequestStatus,
    GetRequestStatusPayload,
    ListClientAccounts,
    ListClientAccountsPayload,
)

from auth_plugins import halogen
from auth_plugins.errors import BadRequestError
from tests.conftest import LiveSandbox
from tests.e2e._money import wire_number
from tests.sandbox.core import Fault
from tests.sandbox.providers import halogen as sim

SLUG = "halogen"
pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def creds(live_sandbox: LiveSandbox, tmp_path_factory: pytest.TempPathFactory) -> halogen.Credentials:
    """An EC P-256 key from keygen, registered in the sandbox from its CSR."""
    files = halogen.keygen("ec", "/CN=money.example", tmp_path_factory.mktemp("halogen-money"))
    provider = live_sandbox.provider
    assert isinstance(provider, sim.SandboxProvider)
    return halogen.Credentials(provider.register_csr(files.csr.read_bytes()), files.private_key)


def _client(sandbox: LiveSandbox, creds: halogen.Credentials, **kw: Any) -> AuthenticatedClient:
    return halogen.client(creds, base_url=sandbox.base_url, **kw)


def _status(request_id: str) -> GetRequestStatus:
    return GetRequestStatus(payload=GetRequestStatusPayload(request_id=request_id))


def test_investment_amount_exact_through_command_and_status(
    sandbox: LiveSandbox, creds: halogen.Credentials
) -> None:
    invest = CreateInvestmentRequest(
        payload=CreateInvestmentRequestPayload(account_id="account_123", amount=Decimal("10000.00"))
    )
    with _client(sandbox, creds) as c:
        created = halogen.command(c, invest)
        status = halogen.query(c, _status(created.request_id))
    command = sandbox.state.arrivals("execute_command", accepted=True)[0]
    assert wire_number(command.body, "amount") == "10000.00"
    assert isinstance(status.amount, Decimal)
    assert str(status.amount) == "10000.00"


@pytest.mark.anyio
async def test_redemption_compared_exactly_with_the_portfolio_value(
    sandbox: LiveSandbox, creds: halogen.Credentials
) -> None:
    value = sim.ACCOUNTS["account_456"]["portfolioValue"]
    assert value == Decimal("75000.25")

    def redeem(amount: Decimal) -> CreateRedemptionRequest:
        return CreateRedemptionRequest(
            payload=CreateRedemptionRequestPayload(account_id="account_456", amount=amount)
        )

    async with _client(sandbox, creds) as c:
        with pytest.raises(BadRequestError) as info:
            await halogen.acommand(c, redeem(Decimal("75000.2500000001")))
        assert info.value.error_type == "insufficient_balance"
        created = await halogen.acommand(c, redeem(Decimal("75000.25")))  # all of it: allowed
        status = await halogen.aquery(c, _status(created.request_id))
    rejected = sandbox.state.arrivals("execute_command", accepted=True)[0]
    assert wire_number(rejected.body, "amount") == "75000.2500000001"
    assert str(status.amount) == "75000.25"


def test_documented_amounts_arrive_exactly(sandbox: LiveSandbox, creds: halogen.Credentials) -> None:
    with _client(sandbox, creds) as c:
        listed = halogen.query(
            c, ListClientAccounts(payload=ListClientAccountsPayload(account_ids=["account_123"]))
        )
    assert str(listed.amount) == "150000.50"
    assert str(listed.accounts[0].portfolio_value) == "75000.25"
    assert listed.accounts[0].exposure_percentage == 50.0  # a percentage, not money: stays a float


def test_unknown_values_and_fields_from_a_real_call_are_kept(
    sandbox: LiveSandbox, creds: halogen.Credentials
) -> None:
    patch = {"status": "settled", "settlement": {"nav": Decimal("1.0234")}, "channel": "fpx"}
    with _client(sandbox, creds) as c:
        sandbox.state.push(Fault("patch", operation="execute_query", patch=patch))
        status = halogen.query(c, _status("req_abc123xyz789"))
        sandbox.state.push(
            Fault(
                "patch", operation="execute_query", patch={"accounts": {"type": "corporate", "riskLevel": 3}}
            )
        )
        listed = halogen.query(c, ListClientAccounts(payload=ListClientAccountsPayload(account_ids=[])))
    assert status.status == "settled"
    assert status.additional_properties["channel"] == "fpx"
    assert str(status.additional_properties["settlement"]["nav"]) == "1.0234"
    assert str(status.amount) == "10000.00"
    assert {a.type_ for a in listed.accounts} == {"corporate"}
    assert all(a.additional_properties == {"riskLevel": 3} for a in listed.accounts)


def test_null_amount_on_a_request_without_one(sandbox: LiveSandbox, creds: halogen.Credentials) -> None:
    """`RequestStatusResult.amount` is `[number, 'null']` in the spec: null must parse (as None)."""
    with _client(sandbox, creds) as c:
        sandbox.state.push(Fault("patch", operation="execute_query", patch={"amount": None}))
        status = halogen.query(c, _status("req_abc123xyz789"))
    assert status.amount is None
