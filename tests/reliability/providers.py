"""The provider matrix for the reliability checklist: one entry per provider with a plugin.

Each entry knows how to build its generated client through the plugin for a base URL, make an
idempotent read and a non-idempotent write, which sandbox serves it, and which values must never
appear in a log line, a repr or an error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import attrs

from tests.registry import SLUGS


@attrs.frozen
class Entry:
    slug: str
    client: Callable[..., Any]
    read: Callable[[Any], Any]
    aread: Callable[[Any], Awaitable[Any]]
    write: Callable[[Any], Any]
    write_op: str
    read_op: str
    signer_bench: Callable[[int], object]
    secrets: tuple[str, ...]
    credential_headers: tuple[str, ...]
    prepare: Callable[[Any], object] = lambda client: None  # e.g. log in, against a sandbox
    # The read op's generated function with per-call options (`extra_headers=`, `timeout=`, ...).
    call: Callable[..., Any] = lambda client, **options: None
    acall: Callable[..., Awaitable[Any]] | None = None


def _payinout() -> Entry:
    from payinout_client.api.balance import get_balance
    from payinout_client.api.pay_out import create_payout
    from payinout_client.models import BalanceRequest, PayOutCreateRequest

    from auth_plugins import payinout
    from tests.sandbox.providers import payinout as sim

    creds = payinout.Credentials(token=sim.TOKEN, email=sim.EMAIL, secret=sim.SECRET)
    payout = PayOutCreateRequest.from_dict(
        {
            "order_id": "wd-1",
            "amount": Decimal("2500.50"),
            "currency": "USD",
            "destination": {"account_number": "01"},
        }
    )
    return Entry(
        "payinout",
        lambda base_url, **kw: payinout.client(creds, base_url=base_url, **kw),
        lambda c: get_balance.sync(client=c, body=BalanceRequest()),
        lambda c: get_balance.asyncio(client=c, body=BalanceRequest()),
        lambda c: create_payout.sync(client=c, body=payout),
        "create_payout",
        "get_balance",
        lambda i: payinout.sign(1767225600 + i, sim.EMAIL, sim.SECRET),
        (sim.SECRET, sim.TOKEN),
        ("x-app-token", "x-app-access-ts", "x-app-access-sig"),
        call=lambda c, **kw: get_balance.sync(client=c, body=BalanceRequest(), **kw),
        acall=lambda c, **kw: get_balance.asyncio(client=c, body=BalanceRequest(), **kw),
    )


def _tradecrm() -> Entry:
    from tradecrm_client.api.clients_api import list_clients
    from tradecrm_client.api.wallets_api import update_wallet_balance
    from tradecrm_client.models import UpdateWalletBalanceRequest

    from auth_plugins import tradecrm
    from tests.sandbox.providers import tradecrm as sim

    creds = tradecrm.Credentials(api_key=sim.API_KEY, secret=sim.SECRET)
    order = UpdateWalletBalanceRequest.from_dict(
        {"type": "credit", "amount": Decimal("250.50"), "currency": "USD", "reference_id": "ord-1"}
    )
    return Entry(
        "tradecrm",
        lambda base_url, **kw: tradecrm.client(creds, base_url=base_url, **kw),
        lambda c: list_clients.sync(client=c),
        lambda c: list_clients.asyncio(client=c),
        lambda c: update_wallet_balance.sync(wallet_id="wl_5c0e19", client=c, body=order),
        "update_wallet_balance",
        "list_clients",
        lambda i: tradecrm.sign(b'{"amount":%d,"currency":"USD"}' % i, sim.SECRET),
        (sim.SECRET, sim.API_KEY),
        ("key", "signature"),
        call=lambda c, **kw: list_clients.sync(client=c, **kw),
        acall=lambda c, **kw: list_clients.asyncio(client=c, **kw),
    )


def _idnpartner() -> Entry:
    from idnpartner_client.api.external import create_transfer, list_banks
    from idnpartner_client.models import TransferRequest

    from auth_plugins import idnpartner
    from auth_plugins._core import Clock, Token
    from tests.sandbox.providers import idnpartner as sim

    creds = idnpartner.Credentials(app_key=sim.APP_KEY)
    transfer = TransferRequest.from_dict(
        {"reference_id": "INV-1", "bank_code": "014", "account_number": "1234567890", "amount": 250000}
    )

    def make(base_url: str, **kw: Any) -> Any:
        # A session seeded with unexpired tokens, so tests without a sandbox need no login.
        session = idnpartner.Session()
        later = Clock().now() + 3600
        session.begin(Token("seed-user-token-value", expires_at=later))
        session.adopt(
            access=Token("seed-access-token-value", expires_at=later), refresh=Token("seed-refresh", later)
        )
        return idnpartner.client(creds, base_url=base_url, session=session, **kw)

    return Entry(
        "idnpartner",
        make,
        lambda c: list_banks.sync(client=c),
        lambda c: list_banks.asyncio(client=c),
        lambda c: create_transfer.sync(client=c, body=transfer),
        "create_transfer",
        "list_banks",
        lambda i: idnpartner.new_request_id(),
        (sim.APP_KEY, sim.PASSWORD),
        ("x-app-key", "authorization", "x-user-token"),
        lambda c: idnpartner.login(c, sim.USERNAME, sim.PASSWORD),
        call=lambda c, **kw: list_banks.sync(client=c, **kw),
        acall=lambda c, **kw: list_banks.asyncio(client=c, **kw),
    )


def _htp() -> Entry:
    from htp_client.api.agent_top_up_rate import get_agent_top_up_rate
    from htp_client.api.payment_orders import create_payment_order
    from htp_client.models import CreatePaymentOrderRequest

    from auth_plugins import htp
    from tests.sandbox.providers import htp as sim

    creds = htp.Credentials(agent_id=sim.AGENT_ID, agent_secret=sim.AGENT_SECRET)
    order = CreatePaymentOrderRequest.from_dict(
        {"amount": 100, "currency": "USD", "network": "TRC20", "pay_currency": "USDT"}
    )

    def make(base_url: str, **kw: Any) -> Any:
        # A warm token for this base URL, so tests without a sandbox need no connect call, and a
        # signed-in user (the write, a payment order, is a user operation).
        from auth_plugins._core import Clock, Token

        htp.token_store(creds, base_url=base_url).set(Token("seed-htp-token-value", Clock().now() + 3600))
        user = {
            "access_token": "seed-htp-user-token",
            "refresh_token": "seed-htp-refresh",
            "expires_in": 3600,
        }
        session = kw.setdefault("user", htp.UserSession.adopt(user))
        client = htp.client(creds, base_url=base_url, **kw)
        users[id(client)] = session
        return client

    users: dict[int, htp.UserSession] = {}

    def sign_in(client: Any) -> None:  # against a sandbox: a real user in the client's session
        htp.login(client, "ana@example.com", sim.DEMO_PASSWORD, session=users[id(client)])

    return Entry(
        "htp",
        make,
        lambda c: get_agent_top_up_rate.sync(client=c),
        lambda c: get_agent_top_up_rate.asyncio(client=c),
        lambda c: create_payment_order.sync(client=c, body=order),
        "create_payment_order",
        "get_agent_top_up_rate",
        lambda i: htp.connect_signature(b'{"grant_type":"client_credentials","n":%d}' % i, sim.AGENT_SECRET),
        (sim.AGENT_SECRET,),
        ("authorization", "x-agent-id", "x-signature"),
        sign_in,
        call=lambda c, **kw: get_agent_top_up_rate.sync(client=c, **kw),
        acall=lambda c, **kw: get_agent_top_up_rate.asyncio(client=c, **kw),
    )


def _halogen() -> Entry:
    from halogen_client.api.wallet_api import execute_query
    from halogen_client.models import (
        CreateInvestmentRequest,
        CreateInvestmentRequestPayload,
        ListClientAccounts,
        ListClientAccountsPayload,
    )

    from auth_plugins import halogen
    from tests.sandbox.providers import halogen as sim

    pem = sim.DEMO_PRIVATE_KEY_PEM
    creds = halogen.Credentials(sim.DEMO_KEY_ID, pem)
    invest = CreateInvestmentRequest(
        payload=CreateInvestmentRequestPayload(account_id="account_123", amount=Decimal("100.0"))
    )
    accounts = ListClientAccounts(payload=ListClientAccountsPayload(account_ids=["account_123"]))
    pem_text = pem.decode() if isinstance(pem, bytes) else pem
    body_lines = tuple(line for line in pem_text.splitlines() if line and not line.startswith("-----"))
    return Entry(
        "halogen",
        lambda base_url, **kw: halogen.client(creds, base_url=base_url, **kw),
        lambda c: halogen.query(c, accounts),
        lambda c: halogen.aquery(c, accounts),
        lambda c: halogen.command(c, invest),
        "execute_command",
        "execute_query",
        lambda i: halogen.mint(sim.DEMO_KEY_ID, creds.private_key, now=1767225600 + i),
        body_lines,
        ("authorization",),
        call=lambda c, **kw: execute_query.sync(client=c, body=accounts, **kw),
        acall=lambda c, **kw: execute_query.asyncio(client=c, body=accounts, **kw),
    )


# One factory per provider in specs/, found by name (`_<slug>`): a provider without one fails
# tests/unit/test_provider_registry.py instead of silently dropping out of the checklist.
FACTORIES: dict[str, Callable[[], Entry]] = {
    slug: globals()[f"_{slug}"] for slug in SLUGS if callable(globals().get(f"_{slug}"))
}
PROVIDERS = sorted(FACTORIES)


def entry(slug: str) -> Entry:
    return FACTORIES[slug]()
