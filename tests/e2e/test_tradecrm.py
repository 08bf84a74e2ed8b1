"""The generated tradecrm client through auth_plugins.tradecrm against the loopback sandbox."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from tradecrm_client import AuthenticatedClient
from tradecrm_client.api.clients_api import create_client, list_clients
from tradecrm_client.api.wallets_api import update_wallet_balance
from tradecrm_client.models import ClientInformation, CreateClientRequest, UpdateWalletBalanceRequest

from auth_plugins import tradecrm
from auth_plugins.errors import PermissionDeniedError, ServerError, WebhookSignatureError
from tests.conftest import LiveSandbox
from tests.sandbox.core import Fault
from tests.sandbox.providers import tradecrm as sim

SLUG = "tradecrm"
pytestmark = pytest.mark.e2e

CREDS = tradecrm.Credentials(api_key=sim.API_KEY, secret=sim.SECRET)
NEW_CLIENT = {
    "email": "zoe.wang@example.test",
    "password": "S3cure-Passw0rd!",
    "first_name": "Zoë",
    "last_name": "王",
    "country": "SG",
    "language": "zh-CN",
    "client_type": "trader",
}


def _client(sandbox: LiveSandbox, creds: tradecrm.Credentials = CREDS, **kw: Any) -> AuthenticatedClient:
    return tradecrm.client(creds, base_url=sandbox.base_url, **kw)


def test_get_without_signature_accepted(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        result = list_clients.sync(client=c)
    assert result is not None
    (arrival,) = sandbox.state.arrivals("list_clients")
    assert arrival.accepted
    assert "signature" not in arrival.headers
    assert arrival.headers["key"] == sim.API_KEY


def test_post_signed_and_accepted_with_non_ascii_body(sandbox: LiveSandbox) -> None:
    with _client(sandbox) as c:
        created = create_client.sync(client=c, body=CreateClientRequest.from_dict(NEW_CLIENT))
    assert isinstance(created, ClientInformation)
    (arrival,) = sandbox.state.arrivals("create_client")
    assert arrival.accepted
    assert "Zoë".encode() in arrival.body
    assert "王".encode() in arrival.body
    assert arrival.headers["signature"] == tradecrm.sign(arrival.body, sim.SECRET)


@pytest.mark.anyio
async def test_post_signed_async(sandbox: LiveSandbox) -> None:
    async with _client(sandbox) as c:
        created = await create_client.asyncio(client=c, body=CreateClientRequest.from_dict(NEW_CLIENT))
    assert isinstance(created, ClientInformation)
    assert sandbox.state.arrivals("create_client", accepted=True)


def test_secret_defaulting_to_api_key_is_invalid_signature_here(sandbox: LiveSandbox) -> None:
    # The sandbox's SECRET_TOKEN differs from its API key, so keying with the API key is wrong.
    with (
        _client(sandbox, tradecrm.Credentials(api_key=sim.API_KEY)) as c,
        pytest.raises(PermissionDeniedError) as info,
    ):
        create_client.sync(client=c, body=CreateClientRequest.from_dict(NEW_CLIENT))
    assert info.value.error_type == "invalid_signature"


def test_tampered_body_is_invalid_signature(sandbox: LiveSandbox) -> None:
    import httpx

    class Tamper(httpx.BaseTransport):
        """Changes the body after signing, as a man in the middle would."""

        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            body = request.read().replace(b"Zo", b"Jo")
            forged = httpx.Request(request.method, request.url, headers=request.headers, content=body)
            forged.extensions = request.extensions
            return self.inner.handle_request(forged)

    with _client(sandbox, transport=Tamper()) as c, pytest.raises(PermissionDeniedError) as info:
        create_client.sync(client=c, body=CreateClientRequest.from_dict(NEW_CLIENT))
    assert info.value.error_type == "invalid_signature"
    assert info.value.message == "Signature does not match"


@pytest.mark.anyio
async def test_wrong_key_is_invalid_api_key(sandbox: LiveSandbox) -> None:
    async with _client(sandbox, tradecrm.Credentials(api_key="not-the-key", secret=sim.SECRET)) as c:
        with pytest.raises(PermissionDeniedError) as info:
            await list_clients.asyncio(client=c)
    assert info.value.error_type == "invalid_api_key"
    assert "not-the-key" not in str(info.value)


def test_wallet_update_not_repeated_after_5xx(sandbox: LiveSandbox) -> None:
    sandbox.state.push(Fault("status", status=502, after_processing=True, operation="update_wallet_balance"))
    body = UpdateWalletBalanceRequest.from_dict(
        {"type": "credit", "amount": Decimal("250.50"), "currency": "USD", "reference_id": "ord-1"}
    )
    with _client(sandbox) as c, pytest.raises(ServerError):
        update_wallet_balance.sync(wallet_id="wl_5c0e19", client=c, body=body)
    assert len(sandbox.state.arrivals("update_wallet_balance", accepted=True)) == 1


def test_webhook_verify_accept_and_reject() -> None:
    event = {
        "id": "evt_1",
        "event": "deposit.completed",
        "created_at": "2026-01-16T10:00:00Z",
        "data": {"amount": 100},
    }
    body, signature = sim.signed_webhook(event)
    tradecrm.verify_webhook(body, signature, sim.SECRET)
    with pytest.raises(WebhookSignatureError):
        tradecrm.verify_webhook(body.replace(b"100", b"900"), signature, sim.SECRET)
    with pytest.raises(WebhookSignatureError):
        tradecrm.verify_webhook(json.dumps(event).encode(), signature, sim.SECRET)
