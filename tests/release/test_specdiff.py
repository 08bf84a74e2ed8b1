"""The spec classifier: a deliberately breaking edit is caught, a non-breaking one passes, and every
finding says where it is. The fixtures are tests/fixtures/specdiff/{base,breaking,nonbreaking}.yaml;
the parametrised cases apply one edit each to base.yaml."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import specdiff
from tools.specdiff import Change, Spec, diff

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "specdiff"
BASE_TEXT = (FIXTURES / "base.yaml").read_text("utf-8")
BASE = yaml.safe_load(BASE_TEXT)


def _changes(name: str) -> list[Change]:
    return diff(Spec(BASE_TEXT, "base.yaml"), Spec.load(FIXTURES / name))


def _messages(changes: list[Change], breaking: bool) -> list[str]:
    return [c.message for c in changes if c.breaking is breaking]


def test_breaking_fixture_is_caught_with_locations() -> None:
    changes = _changes("breaking.yaml")
    assert sorted(_messages(changes, True)) == [
        "auth changed: ApiKey + Signature → Bearer",
        "operation removed: create_refund (POST /refunds)",
        'request body field `currency`: enum narrowed: removed "GBP"',
        "request body field `customer_id` added as required",
    ]
    assert _messages(changes, False) == []
    by_message = {c.message: c for c in changes}
    removed = by_message["operation removed: create_refund (POST /refunds)"]
    assert removed.in_base
    assert removed.pointer == "#/paths/~1refunds/post"
    assert removed.line == BASE_TEXT.splitlines().index("    post:", 40) + 1
    required = by_message["request body field `customer_id` added as required"]
    assert required.pointer == "#/components/schemas/PaymentCreate/properties/customer_id"
    assert required.operations == ("create_payment",)
    new_lines = (FIXTURES / "breaking.yaml").read_text("utf-8").splitlines()
    assert required.line is not None
    assert "customer_id:" in new_lines[required.line - 1]
    auth = by_message["auth changed: ApiKey + Signature → Bearer"]
    assert auth.operations == ("create_payment", "get_payment")
    assert auth.pointer == "#/security"


def test_nonbreaking_fixture_passes() -> None:
    changes = _changes("nonbreaking.yaml")
    assert _messages(changes, True) == []
    assert sorted(_messages(changes, False)) == [
        "operation added: list_payments (GET /payments/list)",
        "parameter `locale` (query) added (optional)",
        'request body field `currency`: enum widened: added "JPY"',
        "request body field `description`: constraint relaxed: maxLength 200 → 500",
        "request body field `metadata` added (optional)",
        "response 429 added",
    ]


def test_cli_exit_code_and_output(capsys: pytest.CaptureFixture[str]) -> None:
    base = str(FIXTURES / "base.yaml")
    assert specdiff.main([base, str(FIXTURES / "breaking.yaml")]) == 1
    out = capsys.readouterr().out
    assert "BREAKING" in out
    assert "base.yaml:" in out
    assert specdiff.main([base, str(FIXTURES / "nonbreaking.yaml")]) == 0
    assert specdiff.main([base, base]) == 0
    assert "no changes" in capsys.readouterr().out


@pytest.mark.parametrize("slug", sorted(p.parent.name for p in (ROOT / "specs").glob("*/openapi.yaml")))
def test_every_real_spec_equals_itself(slug: str) -> None:
    text = (ROOT / "specs" / slug / "openapi.yaml").read_text("utf-8")
    assert diff(Spec(text), Spec(text)) == []


Edit = Callable[[dict[str, Any]], None]
SCHEMAS = ("components", "schemas")


def _schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = doc["components"]["schemas"][name]
    return found


def _get_payment(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"]["/payments/{id}"]["get"]
    return found


def _create_payment(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"]["/payments"]["post"]
    return found


def _set(path: tuple[str | int, ...], value: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        node: Any = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


def _do(*edits: Edit) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        for e in edits:
            e(doc)

    return edit


PAYMENT_CREATE = (*SCHEMAS, "PaymentCreate")
PAYMENT = (*SCHEMAS, "Payment")

# (id, edit of base.yaml, expected breaking?, a fragment of the message)
CASES: list[tuple[str, Edit, bool, str]] = [
    (
        "path-param-removed",
        lambda d: _get_payment(d)["parameters"].pop(0),
        True,
        "parameter `id` (path) removed",
    ),
    (
        "query-param-now-required",
        lambda d: _get_payment(d)["parameters"][1].update(required=True),
        True,
        "parameter `expand` (query) is now required",
    ),
    (
        "new-required-query-param",
        lambda d: _get_payment(d)["parameters"].append(
            {"name": "tenant", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        True,
        "parameter `tenant` (query) added as required",
    ),
    (
        "query-enum-narrowed",
        _set(("paths", "/payments/{id}", "get", "parameters", 1, "schema", "enum"), ["customer"]),
        True,
        'parameter `expand` (query): enum narrowed: removed "refunds"',
    ),
    (
        "request-type-narrowed",
        _set((*PAYMENT_CREATE, "properties", "amount", "type"), "integer"),
        True,
        "field `amount`: type narrowed: number → integer",
    ),
    (
        "request-type-widened",
        _set((*PAYMENT_CREATE, "properties", "amount", "type"), ["number", "string"]),
        False,
        "field `amount`: type widened: number → number | string",
    ),
    (
        "request-constraint-tightened",
        _set((*PAYMENT_CREATE, "properties", "description", "maxLength"), 50),
        True,
        "constraint tightened: maxLength 200 → 50",
    ),
    (
        "request-minimum-raised",
        _set((*PAYMENT_CREATE, "properties", "amount", "minimum"), 1),
        True,
        "constraint tightened: minimum 0 → 1",
    ),
    (
        "request-pattern-added",
        _set((*PAYMENT_CREATE, "properties", "description", "pattern"), "^[a-z]+$"),
        True,
        "constraint tightened: pattern",
    ),
    (
        "request-field-removed",
        lambda d: _schema(d, "PaymentCreate")["properties"].pop("description"),
        True,
        "request body field `description` removed",
    ),
    (
        "request-field-now-optional",
        _set((*PAYMENT_CREATE, "required"), ["amount"]),
        False,
        "request body field `currency` is now optional",
    ),
    (
        "response-field-may-be-absent",
        _set((*PAYMENT, "required"), ["id", "amount"]),
        True,
        "response 200 field `status` may now be absent",
    ),
    (
        "response-field-removed",
        lambda d: _schema(d, "Payment")["properties"].pop("created_at"),
        True,
        "response 200 field `created_at` removed",
    ),
    (
        "response-new-required-field",
        _do(
            _set((*PAYMENT, "properties", "fee"), {"type": "number"}),
            _set((*PAYMENT, "required"), ["id", "status", "amount", "fee"]),
        ),
        False,
        "response 200 field `fee` added",
    ),
    (
        "response-enum-widened",
        _set((*PAYMENT, "properties", "status", "enum"), ["pending", "completed", "failed", "disputed"]),
        True,
        'response 200 field `status`: enum widened: added "disputed"',
    ),
    (
        "response-enum-narrowed",
        _set((*PAYMENT, "properties", "status", "enum"), ["pending", "completed"]),
        False,
        'response 200 field `status`: enum narrowed: removed "failed"',
    ),
    (
        "response-may-be-null",
        _set((*PAYMENT, "properties", "id", "type"), ["string", "null"]),
        True,
        "response 200 field `id`: type widened: string → null | string",
    ),
    (
        "response-format-changed",
        _set((*PAYMENT, "properties", "created_at", "format"), "date"),
        True,
        "field `created_at`: format date-time → date",
    ),
    (
        "success-response-removed",
        lambda d: _get_payment(d)["responses"].pop("200"),
        True,
        "response 200 removed",
    ),
    (
        "error-response-removed",
        lambda d: _create_payment(d)["responses"].pop("400"),
        False,
        "response 400 removed",
    ),
    (
        "request-body-removed",
        lambda d: _create_payment(d).pop("requestBody"),
        True,
        "request body removed",
    ),
    (
        "media-type-replaced",
        lambda d: _create_payment(d)["requestBody"].update(
            content={"application/xml": _create_payment(d)["requestBody"]["content"]["application/json"]}
        ),
        True,
        "request body: media type application/json removed",
    ),
    (
        "security-scheme-header-renamed",
        _set(("components", "securitySchemes", "ApiKey", "name"), "X-Key"),
        True,
        'auth changed: security scheme `ApiKey` name "X-Api-Key" → "X-Key"',
    ),
    (
        "security-alternative-added",
        _set(("security",), [{"ApiKey": [], "Signature": []}, {"Bearer": []}]),
        False,
        "auth alternative added",
    ),
    ("operation-made-public", lambda d: _get_payment(d).update(security=[]), False, "auth relaxed"),
    (
        "encrypted-body-introduced",
        lambda d: _create_payment(d).update({"x-encrypted-body": True}),
        True,
        "auth changed: x-encrypted-body None → True",
    ),
    (
        "webhook-field-removed",
        lambda d: _schema(d, "Payment")["properties"].pop("amount"),
        True,
        "webhook body field `amount` removed",
    ),
    (
        "webhook-new-required-field",
        _do(
            _set((*PAYMENT, "properties", "fee"), {"type": "number"}),
            _set((*PAYMENT, "required"), ["id", "status", "amount", "fee"]),
        ),
        False,
        "webhook body field `fee` added",
    ),
    (
        "operation-renamed",
        lambda d: _create_payment(d).update(operationId="make_payment"),
        True,
        "operation removed: create_payment (POST /payments)",
    ),
    (
        "operation-deprecated",
        lambda d: _create_payment(d).update(deprecated=True),
        False,
        "operation deprecated",
    ),
]


@pytest.mark.parametrize(("edit", "breaking", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_single_edit(edit: Edit, breaking: bool, fragment: str) -> None:
    doc = copy.deepcopy(BASE)
    edit(doc)
    changes = diff(Spec(BASE_TEXT), Spec(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)))
    matching = [c for c in changes if fragment in c.message]
    assert matching, f"no change mentions {fragment!r}: {[c.message for c in changes]}"
    assert all(c.breaking is breaking for c in matching), matching
    assert all(c.line for c in matching), "every change has a line"
    if not breaking:
        assert not any(c.breaking for c in changes), [c.message for c in changes if c.breaking]


def _spec(schema: dict[str, Any], flow: str = "request") -> str:
    """A one-operation spec whose request (or response) body is `schema`."""
    body = {"content": {"application/json": {"schema": schema}}}
    op: dict[str, Any] = {"operationId": "op", "responses": {"200": {"description": "ok"}}}
    if flow == "request":
        op["requestBody"] = {"required": True, **body}
    else:
        op["responses"]["200"].update(body)
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/op": {"post": op}},
        "components": {"schemas": {"A": {"type": "object", "properties": {"a": {"type": "string"}}}}},
    }
    return yaml.safe_dump(doc, sort_keys=False)


def _verdicts(old: dict[str, Any], new: dict[str, Any], flow: str) -> list[tuple[bool, str]]:
    return [(c.breaking, c.message) for c in diff(Spec(_spec(old, flow)), Spec(_spec(new, flow)))]


REF_A = {"$ref": "#/components/schemas/A"}
NULLABLE_A = {"oneOf": [REF_A, {"type": "null"}]}


def test_union_variants_follow_the_direction_of_the_data() -> None:
    assert _verdicts(REF_A, NULLABLE_A, "request") == [
        (False, "request body: now also accepts variant `null`")
    ]
    assert _verdicts(REF_A, NULLABLE_A, "response") == [(True, "response 200: may now be variant `null`")]
    assert _verdicts(NULLABLE_A, REF_A, "request") == [(True, "request body: variant `null` removed")]
    assert _verdicts(NULLABLE_A, REF_A, "response") == [(False, "response 200: variant `null` removed")]


def test_all_of_members_are_merged() -> None:
    old: dict[str, Any] = {
        "allOf": [REF_A, {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}}]
    }
    new = copy.deepcopy(old)
    new["allOf"][1]["properties"]["b"]["type"] = "string"
    assert _verdicts(old, new, "request") == [
        (True, "request body field `b`: type narrowed: integer → string")
    ]
    gone = {"allOf": [{"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}}]}
    assert (True, "response 200 field `a` removed") in _verdicts(old, gone, "response")


def test_recursive_schemas_terminate() -> None:
    node = {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/A"}}}
    doc = yaml.safe_load(_spec(REF_A))
    doc["components"]["schemas"]["A"] = node
    text = yaml.safe_dump(doc)
    assert diff(Spec(text), Spec(text)) == []
