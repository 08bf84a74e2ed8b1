"""Issue 17: the README's webhook receivers, exactly as written, as real ASGI (Starlette) and WSGI
(Flask) apps: good, tampered, rotated-secret, unknown-event/unknown-value and missing-field
deliveries, plus `parse_webhook` directly."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from payinout_client.models import PaymentCallback
from tradecrm_client.models import ClientCreatedEvent, TransactionEvent

from auth_plugins import payinout, tradecrm
from auth_plugins.errors import WebhookPayloadError, WebhookSignatureError
from tests.sandbox.core import load_spec
from tests.sandbox.providers import payinout as pay_sim
from tests.sandbox.providers import tradecrm as crm_sim

ROOT = Path(__file__).resolve().parents[2]
OLD_PAY_SECRET = "sk_old_payinout_secret"
OLD_CRM_SECRET = "crm_old_secret"

CALLBACK = {
    "id": "pi_7d1f0c2a",
    "order_id": "ord-10001",
    "type": "payin",
    "status": "completed",
    "amount": Decimal("10000.00"),
    "currency": "USD",
    "updated_at": 1767225900,
}
# The spec's deposit.completed example, amounts with their written digits.
TRANSACTION: dict[str, Any] = load_spec("tradecrm", exact=True)["webhooks"]["deposit.completed"]["post"][
    "requestBody"
]["content"]["application/json"]["example"]


def _receivers() -> tuple[str, str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = re.search(r"^## Receiving webhooks\n(.*?)(?=^## )", readme, re.M | re.S)
    assert section is not None
    starlette_code, flask_code = re.findall(r"```python\n(.*?)```", section.group(1), re.S)
    return starlette_code, flask_code


def _load(code: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("PAYINOUT_SECRET", pay_sim.SECRET)
    monkeypatch.setenv("TRADECRM_SECRET", crm_sim.SECRET)
    namespace: dict[str, Any] = {"__name__": "readme_receiver"}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README's own code
    return namespace


# -- ASGI: the Starlette receiver (payinout) -----------------------------------------------------


@pytest.fixture
def asgi(monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], list[Any]]:
    ns = _load(_receivers()[0], monkeypatch)
    received: list[Any] = []
    ns["handle"] = received.append
    return ns, received


async def _post_asgi(ns: dict[str, Any], body: bytes, signature: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=ns["app"])
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver.test") as http:
        return await http.post(
            "/callbacks/payinout",
            content=body,
            headers={"X-Signature": signature, "Content-Type": "application/json"},
        )


@pytest.mark.anyio
async def test_asgi_good_callback_is_typed_and_exact(asgi: tuple[dict[str, Any], list[Any]]) -> None:
    ns, received = asgi
    body, signature = pay_sim.signed_callback(CALLBACK)
    assert b'"amount":10000.00' in body
    response = await _post_asgi(ns, body, signature)
    assert response.status_code == 200, response.text
    (callback,) = received
    assert isinstance(callback, PaymentCallback)
    assert callback.amount == Decimal("10000.00")
    assert str(callback.amount) == "10000.00"
    assert callback.status == "completed"
    # A redelivery of the same id is acknowledged but not handled twice (ReplayGuard).
    assert (await _post_asgi(ns, body, signature)).status_code == 200
    assert len(received) == 1


@pytest.mark.anyio
async def test_asgi_tampered_body_is_refused(asgi: tuple[dict[str, Any], list[Any]]) -> None:
    ns, received = asgi
    body, signature = pay_sim.signed_callback(CALLBACK)
    response = await _post_asgi(ns, body.replace(b"10000.00", b"90000.00"), signature)
    assert response.status_code == 401
    assert received == []


@pytest.mark.anyio
async def test_asgi_rotated_secret(asgi: tuple[dict[str, Any], list[Any]]) -> None:
    ns, received = asgi
    body, signature = pay_sim.signed_callback(CALLBACK, secret=OLD_PAY_SECRET)
    assert (await _post_asgi(ns, body, signature)).status_code == 401  # old secret not listed yet
    ns["SECRETS"] = [pay_sim.SECRET, OLD_PAY_SECRET]  # during the rotation: [new, old]
    assert (await _post_asgi(ns, body, signature)).status_code == 200
    assert [c.id for c in received] == ["pi_7d1f0c2a"]


@pytest.mark.anyio
async def test_asgi_unknown_status_kept_and_missing_field_named(
    asgi: tuple[dict[str, Any], list[Any]],
) -> None:
    ns, received = asgi
    body, signature = pay_sim.signed_callback({**CALLBACK, "id": "pi_2", "status": "chargeback", "extra": 1})
    assert (await _post_asgi(ns, body, signature)).status_code == 200
    assert received[0].status == "chargeback"
    assert received[0]["extra"] == 1
    missing = {k: v for k, v in CALLBACK.items() if k != "amount"}
    body, signature = pay_sim.signed_callback(missing)
    response = await _post_asgi(ns, body, signature)
    assert response.status_code == 400
    assert "PaymentCallback at $.amount: required field missing" in response.text
    assert len(received) == 1


# -- WSGI: the Flask receiver (tradecrm) ---------------------------------------------------------


@pytest.fixture
def wsgi(monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], list[Any]]:
    ns = _load(_receivers()[1], monkeypatch)
    received: list[Any] = []
    ns["on_event"] = received.append
    return ns, received


def _post_wsgi(ns: dict[str, Any], body: bytes, signature: str) -> httpx.Response:
    transport = httpx.WSGITransport(app=ns["flask_app"])
    with httpx.Client(transport=transport, base_url="http://receiver.test") as http:
        return http.post(
            "/callbacks/tradecrm",
            content=body,
            headers={"signature": signature, "Content-Type": "application/json"},
        )


def test_wsgi_good_event_dispatched_on_its_type(wsgi: tuple[dict[str, Any], list[Any]]) -> None:
    ns, received = wsgi
    body, signature = crm_sim.signed_webhook(TRANSACTION)
    response = _post_wsgi(ns, body, signature)
    assert response.status_code == 200, response.text
    (event,) = received
    assert isinstance(event, TransactionEvent)
    assert event.event == "deposit.completed"
    assert str(event.data.amount) == str(TRANSACTION["data"]["amount"])
    assert event.data.amount == TRANSACTION["data"]["amount"]
    assert _post_wsgi(ns, body, signature).status_code == 200  # redelivered: handled once
    assert len(received) == 1


def test_wsgi_tampered_body_is_refused(wsgi: tuple[dict[str, Any], list[Any]]) -> None:
    ns, received = wsgi
    body, signature = crm_sim.signed_webhook(TRANSACTION)
    assert _post_wsgi(ns, body + b" ", signature).status_code == 401
    assert _post_wsgi(ns, body, signature.removeprefix("sha256=")).status_code == 401
    assert received == []


def test_wsgi_rotated_secret(wsgi: tuple[dict[str, Any], list[Any]]) -> None:
    ns, received = wsgi
    body, signature = crm_sim.signed_webhook(TRANSACTION, secret=OLD_CRM_SECRET)
    assert _post_wsgi(ns, body, signature).status_code == 401
    ns["TRADECRM_SECRETS"] = [crm_sim.SECRET, OLD_CRM_SECRET]
    assert _post_wsgi(ns, body, signature).status_code == 200
    assert len(received) == 1


def test_wsgi_unknown_event_is_returned_not_refused(wsgi: tuple[dict[str, Any], list[Any]]) -> None:
    ns, received = wsgi
    unknown = {
        "id": "evt_x",
        "event": "lead.converted",
        "created_at": "2026-01-15T08:30:01Z",
        "data": {"lead_id": "ld_1", "value": Decimal("12.50")},
    }
    body, signature = crm_sim.signed_webhook(unknown)
    assert _post_wsgi(ns, body, signature).status_code == 200
    (event,) = received
    assert isinstance(event, tradecrm.UnknownEvent)
    assert event.event == "lead.converted"
    assert event.id == "evt_x"
    assert event.data == {"lead_id": "ld_1", "value": Decimal("12.50")}


def test_wsgi_missing_field_is_a_named_payload_error(wsgi: tuple[dict[str, Any], list[Any]]) -> None:
    ns, received = wsgi
    broken = {**TRANSACTION, "data": {k: v for k, v in TRANSACTION["data"].items() if k != "currency"}}
    body, signature = crm_sim.signed_webhook(broken)
    response = _post_wsgi(ns, body, signature)
    assert response.status_code == 400
    assert "TransactionEvent" in response.text
    assert "$.data.currency" in response.text
    no_event = {k: v for k, v in TRANSACTION.items() if k != "event"}
    body, signature = crm_sim.signed_webhook(no_event)
    response = _post_wsgi(ns, body, signature)
    assert response.status_code == 400
    assert "$.event" in response.text
    assert received == []


# -- parse_webhook directly ----------------------------------------------------------------------


def test_parse_webhook_verifies_before_parsing() -> None:
    with pytest.raises(WebhookSignatureError):
        payinout.parse_webhook(b"not json", "0" * 64, pay_sim.SECRET)
    with pytest.raises(WebhookSignatureError):
        tradecrm.parse_webhook(b"not json", None, crm_sim.SECRET)
    body, signature = pay_sim.signed_callback(CALLBACK)
    with pytest.raises(TypeError):
        payinout.parse_webhook(body.decode(), signature, pay_sim.SECRET)  # type: ignore[arg-type]


def test_parse_webhook_payload_errors_are_typed() -> None:
    body = b"[1, 2]"
    signature = payinout.webhook_signature(body, pay_sim.SECRET)
    with pytest.raises(WebhookPayloadError) as info:
        payinout.parse_webhook(body, signature, pay_sim.SECRET)
    assert (info.value.model, info.value.path) == ("PaymentCallback", "$")
    body, signature = crm_sim.signed_webhook(
        {**TRANSACTION, "data": {**TRANSACTION["data"], "amount": "abc"}}
    )
    with pytest.raises(WebhookPayloadError) as crm_info:
        tradecrm.parse_webhook(body, signature, crm_sim.SECRET)
    assert crm_info.value.path == "$.data.amount"
    assert isinstance(crm_info.value, ValueError)


def test_event_models_match_the_spec() -> None:
    """`tradecrm.EVENT_MODELS` names, for every event in the spec's webhooks, its body's model."""
    spec = load_spec("tradecrm")
    expected: dict[str, str] = {}
    for hook in spec["webhooks"].values():
        media = hook["post"]["requestBody"]["content"]["application/json"]
        model = media["schema"]["$ref"].rsplit("/", 1)[-1]
        event = spec["components"]["schemas"][model]["properties"]["event"]
        for name in event.get("enum", [event.get("const")]):
            expected[name] = model
    assert dict(tradecrm.EVENT_MODELS) == expected


def test_parse_webhook_client_created() -> None:
    payload = load_spec("tradecrm", exact=True)["webhooks"]["client.created"]["post"]["requestBody"][
        "content"
    ]["application/json"]["example"]
    body, signature = crm_sim.signed_webhook(payload)
    event = tradecrm.parse_webhook(body, signature, [OLD_CRM_SECRET, crm_sim.SECRET])
    assert isinstance(event, ClientCreatedEvent)
    assert event.data.first_name == "Zoë"
