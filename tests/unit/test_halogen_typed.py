"""The typed layer follows the spec: `x-result-schema` of every request schema, overload for overload."""

from __future__ import annotations

import inspect
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from halogen_client import models
from halogen_client.api.wallet_api import execute_command, execute_query
from halogen_client.errors import UnexpectedStatus

from auth_plugins import halogen
from auth_plugins._core import FrozenClock
from auth_plugins.errors import EnvelopeError, PreconditionFailedError
from tests.unit.test_halogen_jwt import ec_vector_key

SPEC = yaml.safe_load((Path(__file__).parents[2] / "specs" / "halogen" / "openapi.yaml").read_text("utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
BASE = "https://external-api.wallet.halogen.invalid"


def _members(union: str) -> list[str]:
    return [ref["$ref"].rsplit("/", 1)[1] for ref in SCHEMAS[union]["oneOf"]]


def _spec_table() -> dict[str, tuple[str, str]]:
    table = {}
    for union, operation in (("QueryRequest", "execute_query"), ("CommandRequest", "execute_command")):
        for name in _members(union):
            table[name] = (operation, SCHEMAS[name]["x-result-schema"])
    return table


def test_result_table_is_the_specs_x_result_schema() -> None:
    assert _spec_table() == halogen.RESULT_SCHEMAS
    # and the request bodies of the spec's operations are exactly these unions
    paths = SPEC["paths"]
    assert paths["/query"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/QueryRequest"
    )
    assert paths["/command"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/CommandRequest"
    )


def test_every_name_has_generated_models() -> None:
    for request, (_, result) in halogen.RESULT_SCHEMAS.items():
        assert inspect.isclass(getattr(models, request))
        assert inspect.isclass(getattr(models, result))


@pytest.mark.parametrize(
    ("function", "operation"),
    [
        (halogen.query, "execute_query"),
        (halogen.aquery, "execute_query"),
        (halogen.command, "execute_command"),
        (halogen.acommand, "execute_command"),
    ],
)
def test_overloads_match_the_table(function: Any, operation: str) -> None:
    pairs = {}
    for overload in typing.get_overloads(function):
        annotations = overload.__annotations__
        pairs[annotations["request"]] = annotations["return"]
    expected = {req: res for req, (op, res) in halogen.RESULT_SCHEMAS.items() if op == operation}
    assert pairs == expected


def test_generated_functions_return_a_union_which_is_why_the_layer_exists() -> None:
    returned = inspect.signature(execute_query.sync).return_annotation
    for result in ("ListClientAccountsResult", "ProfileResult", "RequestStatusResult"):
        assert result in str(returned)
    assert "Error" not in str(returned)  # errors raise; sync() returns only success models
    assert "CommandResult" in str(inspect.signature(execute_command.sync).return_annotation)


def _client(handler: Any, **kw: Any) -> Any:
    creds = halogen.Credentials("key_typed", ec_vector_key())
    return halogen.client(
        creds, base_url=BASE, clock=FrozenClock(), transport=httpx.MockTransport(handler), **kw
    )


def test_result_is_parsed_as_the_named_model_not_the_first_union_member() -> None:
    # A status body that also carries every ListClientAccountsResult key: the generated union
    # parser would take it for the first member; the typed call asks for RequestStatusResult.
    body = {
        "requestId": "req_1",
        "command": "create_investment_request",
        "status": "completed",
        "amount": 1.0,
        "asset": "MYR",
        "canCreateAccount": True,
        "accounts": [],
    }
    with _client(lambda request: httpx.Response(200, json=body)) as c:
        request = models.GetRequestStatus(payload=models.GetRequestStatusPayload(request_id="req_1"))
        typed = halogen.query(c, request)
        generated = execute_query.sync(client=c, body=request)
    assert isinstance(typed, models.RequestStatusResult)
    assert typed.status == "completed"
    assert isinstance(generated, models.ListClientAccountsResult)


def test_a_typed_result_is_the_body_the_stack_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier decodes the body (fractions as Decimal) and the typed layer takes that
    decoded body: one JSON decode per call, the amount with its own digits."""
    import json

    body = (
        b'{"requestId": "req_1", "command": "create_investment_request", "status": "completed", '
        b'"amount": 10000.00, "asset": "MYR"}'
    )
    decodes: list[str] = []
    real = json.JSONDecoder.decode

    def counted(self: json.JSONDecoder, s: str, *args: Any) -> Any:
        decodes.append(s)
        return real(self, s, *args)

    with _client(lambda request: httpx.Response(200, content=body)) as c:
        request = models.GetRequestStatus(payload=models.GetRequestStatusPayload(request_id="req_1"))
        monkeypatch.setattr(json.JSONDecoder, "decode", counted)
        typed = halogen.query(c, request)
    assert isinstance(typed, models.RequestStatusResult)
    assert str(typed.amount) == "10000.00"
    assert len([s for s in decodes if "req_1" in s]) == 1


def test_errors_raise_even_with_raise_errors_off() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(412, json={"code": "precondition_failed", "message": "Action not allowed"})

    request = models.CreateInvestmentRequest(
        payload=models.CreateInvestmentRequestPayload(account_id="account_789", amount=Decimal("1.0"))
    )
    with _client(handler, raise_errors=False) as c:
        with pytest.raises(PreconditionFailedError):
            halogen.command(c, request)
        # raise_errors=False hands the answer back: sync_detailed() parses it, sync() refuses it.
        assert isinstance(execute_command.sync_detailed(client=c, body=request).parsed, models.Error)
        with pytest.raises(UnexpectedStatus):
            execute_command.sync(client=c, body=request)


def test_wrong_shape_is_envelope_error() -> None:
    with (
        _client(lambda request: httpx.Response(200, json={"unexpected": True})) as c,
        pytest.raises(EnvelopeError, match="not a ProfileResult"),
    ):
        halogen.query(c, models.GetProfile(payload=models.GetProfilePayload()))


def test_idempotency_key_is_sent_and_must_not_be_blank() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"requestId": "req_9"})

    request = models.UpdateProfile(payload=models.UpdateProfilePayload(email="new@example.com"))
    with _client(handler) as c:
        assert halogen.command(c, request, idempotency_key="upd-1").request_id == "req_9"
        with pytest.raises(ValueError, match="idempotency_key"):
            halogen.command(c, request, idempotency_key="  ")
    (sent,) = seen
    assert sent.headers[halogen.IDEMPOTENCY_HEADER] == "upd-1"
    assert sent.url.path == "/command"
    assert sent.read() == b'{"name":"update_profile","payload":{"email":"new@example.com"}}'
