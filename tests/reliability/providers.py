"""The provider matrix for the reliability checklist: one entry per provider with a plugin.

Each entry knows how to build its generated client through the plugin for a base URL, make an
idempotent read and a non-idempotent write, which sandbox serves it, and which values must never
appear in a log line, a repr or an error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs


@attrs.frozen
class Entry:
    slug: str
    client: Callable[..., Any]
    read: Callable[[Any], Any]
    write: Callable[[Any], Any]
    write_op: str
    secrets: tuple[str, ...]
    credential_headers: tuple[str, ...]


def _payinout() -> Entry:
    from payinout_client.api.balance import get_balance
    from payinout_client.api.pay_out import create_payout
    from payinout_client.models import BalanceRequest, PayOutCreateRequest

    from auth_plugins import payinout
    from tests.sandbox.providers import payinout as sim

    creds = payinout.Credentials(token=sim.TOKEN, email=sim.EMAIL, secret=sim.SECRET)
    payout = PayOutCreateRequest.from_dict(
        {"order_id": "wd-1", "amount": 2500.50, "currency": "USD", "destination": {"account_number": "01"}}
    )
    return Entry(
        "payinout",
        lambda base_url, **kw: payinout.client(creds, base_url=base_url, **kw),
        lambda c: get_balance.sync(client=c, body=BalanceRequest()),
        lambda c: create_payout.sync(client=c, body=payout),
        "create_payout",
        (sim.SECRET, sim.TOKEN),
        ("x-app-token", "x-app-access-ts", "x-app-access-sig"),
    )


def _tradecrm() -> Entry:
    from tradecrm_client.api.clients_api import list_clients
    from tradecrm_client.api.wallets_api import update_wallet_balance
    from tradecrm_client.models import UpdateWalletBalanceRequest

    from auth_plugins import tradecrm
    from tests.sandbox.providers import tradecrm as sim

    creds = tradecrm.Credentials(api_key=sim.API_KEY, secret=sim.SECRET)
    order = UpdateWalletBalanceRequest.from_dict(
        {"type": "credit", "amount": 250.50, "currency": "USD", "reference_id": "ord-1"}
    )
    return Entry(
        "tradecrm",
        lambda base_url, **kw: tradecrm.client(creds, base_url=base_url, **kw),
        lambda c: list_clients.sync(client=c),
        lambda c: update_wallet_balance.sync(wallet_id="wl_5c0e19", client=c, body=order),
        "update_wallet_balance",
        (sim.SECRET, sim.API_KEY),
        ("key", "signature"),
    )


FACTORIES: dict[str, Callable[[], Entry]] = {"payinout": _payinout, "tradecrm": _tradecrm}
PROVIDERS = sorted(FACTORIES)


def entry(slug: str) -> Entry:
    return FACTORIES[slug]()
