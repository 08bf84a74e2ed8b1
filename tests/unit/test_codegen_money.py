"""Money, enums and body validation as the generated clients do them (codegen/templates).

Runs the real generated payinout client over httpx.MockTransport, so each check exercises the
rendered templates, not a copy of them.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
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
from tools import codegen

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


_NOTHING_ESCAPES = [
    pytest.param(
        json.dumps({k: v for k, v in GOOD.items() if k != "amount"}).encode(),
        "required field missing",
        id="missing",
    ),
    pytest.param(json.dumps({**GOOD, "amount": "abc"}).encode(), "'abc' is not a decimal amount", id="abc"),
    pytest.param(json.dumps({**GOOD, "amount": None}).encode(), "a NoneType cannot carry", id="null"),
    pytest.param(json.dumps({**GOOD, "amount": True}).encode(), "a bool cannot carry", id="bool"),
    pytest.param(
        json.dumps(GOOD).replace('"amount": 1', '"amount": 1e400').encode(), "out of range", id="1e400"
    ),
    pytest.param(
        json.dumps(GOOD).replace('"amount": 1', '"amount": -1e-400').encode(), "out of range", id="-1e-400"
    ),
    pytest.param(json.dumps({**GOOD, "amount": 10**400}).encode(), "out of range", id="10**400"),
    pytest.param(json.dumps({**GOOD, "amount": float("nan")}).encode(), "nan is not a finite", id="NaN"),
    pytest.param(json.dumps({**GOOD, "amount": float("inf")}).encode(), "inf is not a finite", id="Infinity"),
    pytest.param(json.dumps({**GOOD, "amount": "NaN"}).encode(), "'NaN' is not a decimal amount", id="'NaN'"),
]


@pytest.mark.parametrize(("raw", "reason"), _NOTHING_ESCAPES)
def test_nothing_escapes_untyped_through_the_plugin_stack(raw: bytes, reason: str) -> None:
    """A real generated call (get_payin) through auth_plugins.payinout.client: every misfit body is
    a ResponseValidationError (an ApiError) naming operation, model and field, with the answer."""
    from payinout_client.api.pay_in import get_payin
    from payinout_client.models import PaymentLookupRequest

    from auth_plugins import payinout

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=raw, headers={"content-type": "application/json"})

    creds = payinout.Credentials(token="pk_tok", email="m@x.example", secret="s3cr3t")
    with (
        payinout.client(
            creds, base_url="https://x.invalid", transport=httpx.MockTransport(handler)
        ) as client,
        pytest.raises(ApiError) as caught,
    ):
        get_payin.sync(client=client, body=PaymentLookupRequest(id="p1"))
    err = caught.value
    assert isinstance(err, ResponseValidationError)
    assert str(err) == f"200: get_payin: response does not fit PayInResponse at $.amount: {err.reason}"
    assert reason in err.reason
    assert (err.operation, err.model, err.path) == ("get_payin", "PayInResponse", "$.amount")
    assert err.status_code == 200
    assert err.body == raw.decode()
    assert err.error_type == "response_validation"
    assert raw.decode() not in str(err)


def test_not_json_is_a_typed_error() -> None:
    with pytest.raises(ResponseValidationError, match="not valid JSON"):
        create_payin.sync(client=_client(b"{nope", []), body=_request(1))


def test_from_dict_errors_name_the_path() -> None:
    with pytest.raises(BodyValidationError, match=r"PaymentCallback at \$\.id: required field missing"):
        PaymentCallback.from_dict({})


# -- nullable money ------------------------------------------------------------------------------
# The specs write nullable money one way (`type: [number, 'null']`: halogen RequestStatusResult.amount,
# optional; tradecrm Mt4Trade.close_price, required). The generated models are checked first; then
# every form the generator understands is generated from a scratch spec through tools/codegen.py.


def test_optional_nullable_money_keeps_none_unset_and_digits() -> None:
    from halogen_client.models import RequestStatusResult
    from halogen_client.types import UNSET

    base = {"requestId": "r1", "command": "createInvestmentRequest", "status": "pending"}
    assert RequestStatusResult.from_dict({**base, "amount": None}).amount is None
    assert RequestStatusResult.from_dict(base).amount is UNSET
    parsed = RequestStatusResult.from_dict(parse_json(json_bytes({**base, "amount": Decimal("10000.00")})))
    assert str(parsed.amount) == "10000.00"
    assert json_bytes(RequestStatusResult.from_dict({**base, "amount": None}).to_dict()).endswith(
        b'"amount":null}'
    )
    assert RequestStatusResult(request_id="r1", command="c", status="s", amount=None).amount is None
    with pytest.raises(TypeError, match=r"RequestStatusResult\.amount: a float"):
        RequestStatusResult(request_id="r1", command="c", status="s", amount=1.5)  # type: ignore[arg-type]


def test_required_nullable_money_keeps_none_but_must_be_present() -> None:
    from tradecrm_client.errors import BodyValidationError as TradeBodyError
    from tradecrm_client.models import Mt4Trade

    trade = Mt4Trade.from_dict(parse_json(_MT4_TRADE))
    assert trade.close_price is None
    assert str(trade.open_price) == "1.08500"
    closed = Mt4Trade.from_dict(
        parse_json(_MT4_TRADE.replace(b'"close_price":null', b'"close_price":1.09000'))
    )
    assert str(closed.close_price) == "1.09000"
    missing = _MT4_TRADE.replace(b'"close_price":null,', b"")
    with pytest.raises(TradeBodyError, match=r"Mt4Trade at \$\.close_price: required field missing"):
        Mt4Trade.from_dict(parse_json(missing))
    with pytest.raises(TradeBodyError, match=r"Mt4Trade at \$\.close_price: .*not a decimal amount"):
        Mt4Trade.from_dict(parse_json(_MT4_TRADE.replace(b'"close_price":null', b'"close_price":"x"')))


_MT4_TRADE = (
    b'{"ticket":1,"login":2,"symbol":"EURUSD","cmd":"buy","volume":0.1,"open_time":"2024-01-02T03:04:05Z",'
    b'"open_price":1.08500,"close_time":null,"close_price":null,"sl":0,"tp":0,"commission":-0.70,'
    b'"swap":0.00,"profit":0.00,"comment":null}'
)

_FORMS_SPEC = """
openapi: 3.1.0
info: {title: Money forms, version: 0.0.1}
paths: {}
components:
  schemas:
    Forms:
      type: object
      required: [type_list, any_of, one_of, nullable_30, plain]
      properties:
        type_list: {type: [number, 'null'], format: decimal}
        any_of:
          anyOf: [{type: number, format: decimal}, {type: 'null'}]
        one_of:
          oneOf: [{type: 'null'}, {type: number, format: decimal}]
        nullable_30: {type: number, format: decimal, nullable: true}
        plain: {type: number, format: decimal}
        optional_type_list: {type: [number, 'null'], format: decimal}
        optional_any_of:
          anyOf: [{type: number, format: decimal}, {type: 'null'}]
        not_money:
          anyOf: [{type: number}, {type: 'null'}]
"""
_NULLABLE = ["type_list", "any_of", "one_of", "nullable_30"]
_OPTIONAL_NULLABLE = ["optional_type_list", "optional_any_of"]


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The `Forms` model generated from _FORMS_SPEC by tools/codegen.py with codegen/templates."""
    tmp = tmp_path_factory.mktemp("money-forms")
    spec_dir = tmp / "specs" / "moneyforms"
    spec_dir.mkdir(parents=True)
    (spec_dir / "openapi.yaml").write_text(_FORMS_SPEC, encoding="utf-8")
    config = (
        (codegen.SPECS / "payinout" / "codegen.yaml").read_text("utf-8").replace("payinout", "moneyforms")
    )
    (spec_dir / "codegen.yaml").write_text(config, encoding="utf-8")
    out = tmp / "out"
    out.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(codegen, "SPECS", tmp / "specs")
        target = codegen.render("moneyforms", {"info": {"title": "t", "version": "0"}}, out, "-", {})
    sys.path.insert(0, str(target))
    try:
        yield importlib.import_module("moneyforms_client.models.forms").Forms
    finally:
        sys.path.remove(str(target))
        for name in [m for m in sys.modules if m.split(".")[0] == "moneyforms_client"]:
            del sys.modules[name]


def _forms(forms: Any, **values: Any) -> Any:
    return forms(**{"type_list": 1, "any_of": 1, "one_of": 1, "nullable_30": 1, "plain": 1, **values})


@pytest.mark.parametrize("field", _NULLABLE + _OPTIONAL_NULLABLE)
def test_every_nullable_money_form_is_decimal_or_none(forms: Any, field: str) -> None:
    optional = " | Unset" if field in _OPTIONAL_NULLABLE else ""
    assert forms.__annotations__[field] == "Decimal | None" + optional
    wire = {"type_list": 1, "any_of": 1, "one_of": 1, "nullable_30": 1, "plain": 1}
    assert getattr(forms.from_dict({**wire, field: None}), field) is None
    raw = json.dumps({**wire, field: "AMOUNT"}).replace('"AMOUNT"', "10000.00").encode()
    parsed = getattr(forms.from_dict(parse_json(raw)), field)
    assert isinstance(parsed, Decimal)
    assert str(parsed) == "10000.00"
    assert getattr(_forms(forms, **{field: None}), field) is None
    assert getattr(_forms(forms, **{field: "19.990"}), field) == Decimal("19.990")
    with pytest.raises(TypeError, match=rf"Forms\.{field}: a float"):
        _forms(forms, **{field: 0.5})
    assert f'"{field}":null'.encode() in json_bytes(_forms(forms, **{field: None}).to_dict())


def test_plain_money_still_refuses_null_and_other_unions_are_not_money(forms: Any) -> None:
    assert forms.__annotations__["plain"] == "Decimal"
    assert forms.__annotations__["not_money"] == "float | None | Unset"
    with pytest.raises(ValueError, match=r"Forms at \$\.plain: "):  # the scratch client's BodyValidationError
        forms.from_dict({"type_list": 1, "any_of": 1, "one_of": 1, "nullable_30": 1, "plain": None})


_BODIES = [
    b'{"amount": 10000.00, "rate": 1e-7, "n": 3, "name": "Budi \xc3\xa9"}',
    '{"amount": 0.10, "list": [1.5, -2]}'.encode("utf-16"),  # with a BOM
    '{"amount": 0.10}'.encode("utf-32-le"),
    b'\xef\xbb\xbf{"amount": 12345678901234567.89}',  # UTF-8 BOM
    b"[]",
]


@pytest.mark.parametrize("raw", _BODIES)
def test_parse_json_and_the_stack_decode_as_json_loads_does(raw: bytes) -> None:
    """The generated `parse_json` and the stack's `decode_json` share one decoder per process;
    both read bytes exactly as `json.loads(raw, parse_float=Decimal)` does."""
    from auth_plugins._core._outcome import DECODED_JSON_KEY, decode_json

    expected = json.loads(raw, parse_float=Decimal)
    assert parse_json(raw) == expected
    assert repr(parse_json(raw)) == repr(expected)  # the same Decimal digits, not only equal values
    response = httpx.Response(200, content=raw)
    assert decode_json(response) == expected
    assert response.extensions[DECODED_JSON_KEY] == expected


@pytest.mark.parametrize("raw", [b"", b"{", b"\xff\xfe\x00", b'{"a": 1} x', b"\xc3("])
def test_parse_json_refuses_what_json_loads_refuses(raw: bytes) -> None:
    def refusal(parse: Any) -> type[ValueError]:
        try:
            parse(raw)
        except ValueError as exc:
            return type(exc)
        raise AssertionError(f"{raw!r} was accepted")

    assert refusal(parse_json) is refusal(lambda b: json.loads(b, parse_float=Decimal))
