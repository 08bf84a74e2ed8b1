"""How a caller writes typed halogen calls: one request model in, its own result model out.

`nox -s typecheck` (mypy --strict) checks this module: every `assert_type` must hold exactly, and
every `# type: ignore[...]` below must still be needed (strict mode reports an unused one), which
proves that a wrong pairing of request, endpoint and result is a type error. tests/e2e/test_halogen.py
runs these functions against the sandbox, so the module is also known to work.
"""

from __future__ import annotations

from decimal import Decimal
from typing import assert_type

from halogen_client import AuthenticatedClient
from halogen_client.api.wallet_api import execute_query
from halogen_client.models import (
    ClientAccount,
    CommandResult,
    CreateInvestmentRequest,
    CreateInvestmentRequestPayload,
    CreateRedemptionRequest,
    CreateRedemptionRequestPayload,
    GetProfile,
    GetProfilePayload,
    GetRequestStatus,
    GetRequestStatusPayload,
    ListClientAccounts,
    ListClientAccountsPayload,
    ListClientAccountsResult,
    ProfileResult,
    RequestStatusResult,
    UpdateProfile,
    UpdateProfilePayload,
)

from auth_plugins import halogen


def list_accounts(client: AuthenticatedClient, account_ids: list[str]) -> ListClientAccountsResult:
    request = ListClientAccounts(payload=ListClientAccountsPayload(account_ids=account_ids))
    result: ListClientAccountsResult = halogen.query(client, request)
    assert_type(halogen.query(client, request), ListClientAccountsResult)
    assert_type(result.accounts, list[ClientAccount])
    assert_type(result.amount, Decimal)
    return result


def get_profile(client: AuthenticatedClient) -> ProfileResult:
    result: ProfileResult = halogen.query(client, GetProfile(payload=GetProfilePayload()))
    assert_type(result.email, str)
    return result


def request_status(client: AuthenticatedClient, request_id: str) -> RequestStatusResult:
    result: RequestStatusResult = halogen.query(
        client, GetRequestStatus(payload=GetRequestStatusPayload(request_id=request_id))
    )
    assert_type(result.status, str)
    return result


def invest(
    client: AuthenticatedClient, account_id: str, amount: Decimal, key: str | None = None
) -> CommandResult:
    request = CreateInvestmentRequest(
        payload=CreateInvestmentRequestPayload(account_id=account_id, amount=amount)
    )
    result: CommandResult = halogen.command(client, request, idempotency_key=key)
    assert_type(result.request_id, str)
    return result


def redeem(client: AuthenticatedClient, account_id: str, amount: Decimal) -> CommandResult:
    request = CreateRedemptionRequest(
        payload=CreateRedemptionRequestPayload(account_id=account_id, amount=amount)
    )
    return halogen.command(client, request)


def update_phone(client: AuthenticatedClient, phone: str | None) -> CommandResult:
    return halogen.command(client, UpdateProfile(payload=UpdateProfilePayload(phone_number=phone)))


async def alist_accounts(client: AuthenticatedClient, account_ids: list[str]) -> ListClientAccountsResult:
    request = ListClientAccounts(payload=ListClientAccountsPayload(account_ids=account_ids))
    result: ListClientAccountsResult = await halogen.aquery(client, request)
    return result


async def aget_profile(client: AuthenticatedClient) -> ProfileResult:
    return await halogen.aquery(client, GetProfile(payload=GetProfilePayload()))


async def arequest_status(client: AuthenticatedClient, request_id: str) -> RequestStatusResult:
    return await halogen.aquery(
        client, GetRequestStatus(payload=GetRequestStatusPayload(request_id=request_id))
    )


async def ainvest(client: AuthenticatedClient, account_id: str, amount: Decimal) -> CommandResult:
    request = CreateInvestmentRequest(
        payload=CreateInvestmentRequestPayload(account_id=account_id, amount=amount)
    )
    return await halogen.acommand(client, request)


async def aredeem(client: AuthenticatedClient, account_id: str, amount: Decimal) -> CommandResult:
    request = CreateRedemptionRequest(
        payload=CreateRedemptionRequestPayload(account_id=account_id, amount=amount)
    )
    return await halogen.acommand(client, request)


async def aupdate_phone(client: AuthenticatedClient, phone: str | None) -> CommandResult:
    return await halogen.acommand(client, UpdateProfile(payload=UpdateProfilePayload(phone_number=phone)))


def generated_call_is_a_union(client: AuthenticatedClient) -> ListClientAccountsResult:
    """Why the typed layer exists: the generated function cannot tell which result a name gets
    (errors raise, so only the success models remain, but which one depends on the name)."""
    body = ListClientAccounts(payload=ListClientAccountsPayload(account_ids=["account_123"]))
    parsed = execute_query.sync(client=client, body=body)
    assert_type(parsed, ListClientAccountsResult | ProfileResult | RequestStatusResult)
    assert isinstance(parsed, ListClientAccountsResult)
    return parsed


def _wrong_pairings_do_not_type_check(client: AuthenticatedClient) -> None:
    """Never called. Each ignore is required: remove one and mypy reports the mistake."""
    listing = ListClientAccounts(payload=ListClientAccountsPayload(account_ids=[]))
    investing = CreateInvestmentRequest(
        payload=CreateInvestmentRequestPayload(account_id="a", amount=Decimal("1.0"))
    )
    wrong_result: ProfileResult = halogen.query(client, listing)  # type: ignore[assignment]
    halogen.query(client, investing)  # type: ignore[call-overload]
    halogen.command(client, listing)  # type: ignore[call-overload]
    del wrong_result
