"""Money, enums and body validation as the generated clients do them (codegen/templates).

Runs the real generated payinout client over httpx.MockTransport, so each check exercises the
rendered templates, not a copy of them.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from payinout_client import Client
from payinout_client.api.pay_in import create_payin
from payinout_client.errors import BodyValidationError
from payinout_client.models import PayInCreateRequest, PayInResponse, PaymentCallback
from payinout_client.types import json_bytes, parse_json

from auth_plugins.errors import ApiError, ResponseValidationError

GOOD = {"id": "p1", "order_id": "o1", "status": "completed", "amount": 1, "currency": "USD", "created_at": 1}


def _client(answer: bytes, seen: list[httpx.Request]) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=answer, headers={"content-type": "application/json"})

    client = Client(base_url="http://test", raise_on_unexpected_status=True)
    client.set_httpx_client(httpx.Client(base_url="http://test", transport=httpx.MockTransport(handler)))
    return client


def _request(amount: Any) -> PayInCreateRequest:
    return PayInCreateRequest(order_id="o1", amount=amount, currency="USD")


@pytest.mark.parametrize(
    ("amount", "wire"),
    [
        (Decimal("19.99"), b"19.99"),
        (Decimal("10000.00"), b"10000.00"),
        (Decimal("12345678901234567.89"), b"12345678901234567.89"),
        (5, b"5"),
        ("0.30", b"0.30"),
    ],
)
def test_money_goes_out_with_its_exact_digits(amount: Any, wire: bytes) -> None:
    seen: list[httpx.Request] = []
    create_payin.sync(client=_client(json.dumps(GOOD).encode(), seen), body=_request(amount))
    assert seen[0].content == b'{"order_id":"o1","amount":' + wire + b',"currency":"USD"}'
    assert seen[0].headers["content-type"] == "application/json"


def test_bodies_without_decimals_keep_httpx_bytes() -> None:
    body = {"a": 'é\u2028"x"', "b": [1, 2.5, True, None], "c": {"d": -0.0, "e": 10**20}}
    assert json_bytes(body) == json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    with pytest.raises(ValueError, match="JSON"):
        json_bytes({"x": float("nan")})


def test_float_is_refused_naming_model_and_field() -> None:
    with pytest.raises(
        TypeError, match=r"PayInCreateRequest\.amount: a float .* pass Decimal, int or a decimal"
    ):
        _request(0.1 + 0.2)


@pytest.mark.parametrize("bad", ["NaN", "inf", "abc", "1_000", ""])
def test_malformed_or_non_finite_strings_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match=r"PayInCreateRequest\.amount"):
        _request(bad)


def test_non_finite_decimal_is_refused() -> None:
    with pytest.raises(ValueError, match=r"PayInCreateRequest\.amount"):
        _request(Decimal("NaN"))


def test_int_and_str_convert_exactly() -> None:
    assert _request(7).amount == Decimal(7)
    assert str(_request("19.990").amount) == "19.990"


def test_response_money_is_decimal_without_float_and_unknowns_are_kept() -> None:
    raw = b'{"id":"p1","order_id":"o1","status":"chargeback","amount":10000.00,"currency":"USD",'
    raw += b'"created_at":1,"new_field":{"x":1.5}}'
    resp = create_payin.sync(client=_client(raw, []), body=_request(Decimal(1)))
    assert isinstance(resp, PayInResponse)
    assert isinstance(resp.amount, Decimal)
    assert str(resp.amount) == "10000.00"
    assert resp.status == "chargeback"
    assert resp.additional_properties == {"new_field": {"x": Decimal("1.5")}}
    assert isinstance(resp.created_at, int)


def test_known_enum_value_is_the_listed_literal() -> None:
    resp = create_payin.sync(client=_client(json.dumps(GOOD).encode(), []), body=_request(1))
    assert isinstance(resp, PayInResponse)
    assert resp.status == "completed"


def test_webhook_body_with_unknown_status_parses() -> None:
    raw = b'{"id":"e1","order_id":"o1","type":"payin","status":"chargeback","amount":19.99,'
    raw += b'"currency":"USD","updated_at":1}'
    event = PaymentCallback.from_dict(parse_json(raw))
    assert event.status == "chargeback"
    assert event.amount == Decimal("19.99")


def test_missing_required_field_is_a_typed_error_naming_operation_model_and_field() -> None:
    raw = json.dumps({k: v for k, v in GOOD.items() if k != "order_id"}).encode()
    with pytest.raises(ApiError) as caught:
        create_payin.sync(client=_client(raw, []), body=_request(1))
    err = caught.value
    assert isinstance(err, ResponseValidationError)
    assert "create_payin" in str(err)
    assert "PayInResponse" in str(err)
    assert "$.order_id" in str(err)
    assert err.status_code == 200
    assert err.body == raw.decode()
    assert not isinstance(err.__cause__, ResponseValidationError)


@pytest.mark.parametrize(
    ("change", "path"),
    [({"amount": "abc"}, "$.amount"), ({"status": 5}, "$.status"), ({"amount": [1]}, "$.amount")],
)
def test_wrong_types_are_typed_errors(change: dict[str, Any], path: str) -> None:
    raw = json.dumps({**GOOD, **change}).encode()
    with pytest.raises(ResponseValidationError, match=rf"create_payin: .*PayInResponse at \{path}"):
        create_payin.sync(client=_client(raw, []), body=_request(1))


def test_not_json_is_a_typed_error() -> None:
    with pytest.raises(ResponseValidationError, match="not valid JSON"):
        create_payin.sync(client=_client(b"{nope", []), body=_request(1))


def test_from_dict_errors_name_the_path() -> None:
    with pytest.raises(BodyValidationError, match=r"PaymentCallback at \$\.id: required field missing"):
        PaymentCallback.from_dict({})
