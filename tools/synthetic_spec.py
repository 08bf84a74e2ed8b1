"""A deterministic synthetic provider spec with N operations, shaped like `specs/*/openapi.yaml`.

Used by `tools/bench_generate.py` to measure how generation grows with the size of a spec. The
document follows `specs/CONVENTIONS.md` the way the real specs do:

- OpenAPI 3.1.0, `info` with a proprietary license, a templated server, one tag per resource family;
- two security schemes (a Bearer token and an API-key header) required globally, and a public
  `ping`-like lookup per resource family (`security: []`);
- resources of five operations each: a paged list (GET, `page`/`page_size`/`status`/`created_from`
  query parameters, `x-pagination` in the query), a create (POST, JSON body), a read (GET with a
  path parameter), an update (PATCH with a path parameter and a JSON body) and a quote sent as
  POST that only reads (`x-idempotent: true`);
- per resource: an entity with a nested object, an array of shared line items, money fields declared
  inline as `type: number, format: decimal` (one of them nullable, `type: [number, 'null']`), an
  enum status (`$ref`), optional and nullable fields; create/update/quote request models, a list
  response and a quote response: about one model per operation plus a shared set (`Error`,
  `Address`, `Customer`, `LineItem`, `Pagination`, `Currency`, `Metadata`);
- shared responses for 400/401/404/429/500 (`Error`, as JSON), shared `Page`/`PageSize` parameters;
- a request and a 200 example on every operation, schema-valid and built from the schemas.

Stdlib plus PyYAML (the `specs` dependency group). `python -m tools.synthetic_spec N [DIR]` writes
`DIR/specs/synthetic/{openapi,codegen}.yaml` (default DIR: the current directory).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

__all__ = ["CODEGEN_YAML", "OPS_PER_RESOURCE", "synthetic_spec", "write_provider"]

OPS_PER_RESOURCE = 5
# The families the resources are drawn from (one tag each); a resource is `<family><n>`.
_FAMILIES = (
    "payment",
    "payout",
    "refund",
    "invoice",
    "transfer",
    "dispute",
    "wallet",
    "card",
    "subscription",
    "settlement",
)
_STATUSES = ("pending", "processing", "completed", "failed", "cancelled")
_CURRENCIES = ("USD", "EUR", "GBP", "SGD", "JPY")

CODEGEN_YAML = """\
project_name_override: {slug}-client
package_name_override: {package}
literal_enums: true
post_hooks:
  - "ruff check . --fix-only --quiet"
  - "ruff format --quiet ."
"""


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _money(nullable: bool = False, positive: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": ["number", "null"] if nullable else "number", "format": "decimal"}
    if positive:
        schema["exclusiveMinimum"] = 0
    return schema


def _shared_schemas() -> dict[str, Any]:
    return {
        "Error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "trace_id": {"type": ["string", "null"]},
            },
        },
        "Currency": {"type": "string", "enum": list(_CURRENCIES)},
        "Address": {
            "type": "object",
            "required": ["line1", "city", "country_code"],
            "properties": {
                "line1": {"type": "string"},
                "line2": {"type": ["string", "null"]},
                "city": {"type": "string"},
                "postal_code": {"type": "string"},
                "country_code": {"type": "string", "pattern": "^[A-Z]{2}$"},
            },
        },
        "Customer": {
            "type": "object",
            "required": ["email"],
            "properties": {
                "email": {"type": "string", "format": "email"},
                "name": {"type": "string"},
                "address": _ref("Address"),
            },
        },
        "LineItem": {
            "type": "object",
            "required": ["sku", "quantity", "unit_price"],
            "properties": {
                "sku": {"type": "string"},
                "quantity": {"type": "integer", "minimum": 1},
                "unit_price": _money(),
                "discount": _money(nullable=True),
            },
        },
        "Pagination": {
            "type": "object",
            "required": ["page", "page_size", "total"],
            "properties": {
                "page": {"type": "integer"},
                "page_size": {"type": "integer"},
                "total": {"type": "integer"},
            },
        },
        "Metadata": {"type": "object", "additionalProperties": {"type": "string"}},
    }


def _shared_components() -> dict[str, Any]:
    def error(example_code: str, message: str) -> dict[str, Any]:
        return {
            "description": message,
            "content": {
                "application/json": {
                    "schema": _ref("Error"),
                    "example": {"code": example_code, "message": message},
                }
            },
        }

    too_many = error("rate_limited", "Too many requests")
    too_many["headers"] = {"Retry-After": {"schema": {"type": "integer"}}}
    return {
        "securitySchemes": {
            "bearerAuth": {"type": "http", "scheme": "bearer"},
            "XApiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        },
        "parameters": {
            "Page": {
                "name": "page",
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": 1, "default": 1},
            },
            "PageSize": {
                "name": "page_size",
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
            },
        },
        "responses": {
            "BadRequest": error("validation_error", "amount must be positive"),
            "Unauthorized": error("invalid_token", "Unauthorized"),
            "NotFound": error("not_found", "Not found"),
            "TooManyRequests": too_many,
            "ServerError": error("internal_error", "Internal server error"),
        },
        "schemas": _shared_schemas(),
    }


def _resource_schemas(cls: str, n: int) -> dict[str, Any]:
    """The models of one resource; `n` varies the optional fields so models differ."""
    entity_props: dict[str, Any] = {
        "id": {"type": "string"},
        "status": _ref(f"{cls}Status"),
        "amount": _money(),
        "fee": _money(nullable=True),
        "currency": _ref("Currency"),
        "customer": _ref("Customer"),
        "items": {"type": "array", "items": _ref("LineItem")},
        "details": {
            "type": "object",
            "required": ["reference"],
            "properties": {
                "reference": {"type": "string"},
                "note": {"type": ["string", "null"]},
                "settled_amount": _money(),
            },
        },
        "metadata": _ref("Metadata"),
        "created_at": {"type": "integer", "description": "Unix timestamp (seconds)."},
    }
    if n % 2:
        entity_props["description"] = {"type": ["string", "null"]}
    if n % 3 == 0:
        entity_props["tags"] = {"type": "array", "items": {"type": "string"}}
    return {
        f"{cls}Status": {"type": "string", "enum": list(_STATUSES)},
        cls: {
            "type": "object",
            "required": ["id", "status", "amount", "currency", "created_at"],
            "properties": entity_props,
        },
        f"{cls}CreateRequest": {
            "type": "object",
            "required": ["order_id", "amount", "currency"],
            "properties": {
                "order_id": {"type": "string"},
                "amount": _money(positive=True),
                "currency": _ref("Currency"),
                "customer": _ref("Customer"),
                "items": {"type": "array", "items": _ref("LineItem")},
                "callback_url": {"type": "string", "format": "uri"},
                "metadata": _ref("Metadata"),
            },
        },
        f"{cls}UpdateRequest": {
            "type": "object",
            "properties": {
                "description": {"type": ["string", "null"]},
                "amount": _money(positive=True),
                "metadata": _ref("Metadata"),
            },
        },
        f"{cls}ListResponse": {
            "type": "object",
            "required": ["items", "pagination"],
            "properties": {
                "items": {"type": "array", "items": _ref(cls)},
                "pagination": _ref("Pagination"),
            },
        },
        f"{cls}QuoteRequest": {
            "type": "object",
            "required": ["amount", "currency"],
            "properties": {"amount": _money(positive=True), "currency": _ref("Currency")},
        },
        f"{cls}QuoteResponse": {
            "type": "object",
            "required": ["amount", "fee", "total", "currency", "expires_at"],
            "properties": {
                "amount": _money(),
                "fee": _money(),
                "total": _money(),
                "rate": _money(nullable=True),
                "currency": _ref("Currency"),
                "expires_at": {"type": "integer"},
            },
        },
    }


def _example(schema: dict[str, Any], schemas: dict[str, Any], name: str = "") -> Any:
    """A schema-valid example: every property, the first enum value, money as two-decimal numbers."""
    if "$ref" in schema:
        ref = schema["$ref"].rsplit("/", 1)[-1]
        return _example(schemas[ref], schemas, name)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        if "properties" not in schema:
            return {"source": "synthetic"}
        return {k: _example(v, schemas, k) for k, v in schema["properties"].items()}
    if kind == "array":
        return [_example(schema["items"], schemas, name)]
    if kind == "number":
        return 1250.5 if schema.get("format") == "decimal" else 0.5
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1))) if name != "created_at" else 1767225600
    if kind == "boolean":
        return True
    formats = {"email": "buyer@merchant.invalid", "uri": "https://merchant.invalid/cb", "date": "2026-01-01"}
    if schema.get("format") in formats:
        return formats[schema["format"]]
    if "pattern" in schema:
        return "SG"
    return f"{name or 'value'}-1"


def _json_body(cls: str, schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "required": True,
        "content": {"application/json": {"schema": _ref(cls), "example": _example(_ref(cls), schemas)}},
    }


def _ok(cls: str, schemas: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": _ref(cls), "example": _example(_ref(cls), schemas)}},
    }


def _errors(*codes: str) -> dict[str, Any]:
    names = {
        "400": "BadRequest",
        "401": "Unauthorized",
        "404": "NotFound",
        "429": "TooManyRequests",
        "500": "ServerError",
    }
    return {code: {"$ref": f"#/components/responses/{names[code]}"} for code in codes}


def _id_param(snake: str) -> dict[str, Any]:
    return {
        "name": f"{snake}_id",
        "in": "path",
        "required": True,
        "description": f"The {snake.replace('_', ' ')}'s id.",
        "schema": {"type": "string"},
        "example": f"{snake}_7d1f0c2a",
    }


def _resource_operations(
    family: str, snake: str, cls: str, count: int, schemas: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    """Path items for the first `count` (≤ 5) operations of one resource."""
    base = f"/v1/{snake.replace('_', '-')}s"
    tag = family.capitalize()
    ops: list[tuple[str, str, dict[str, Any]]] = [
        (
            base,
            "get",
            {
                "operationId": f"list_{snake}s",
                "summary": f"List {snake}s",
                "description": f"A page of {snake}s, newest first.",
                "x-pagination": {
                    "style": "page",
                    "in": "query",
                    "page_param": "page",
                    "size_param": "page_size",
                    "items": "items",
                    "total": "pagination.total",
                },
                "parameters": [
                    {"$ref": "#/components/parameters/Page"},
                    {"$ref": "#/components/parameters/PageSize"},
                    {"name": "status", "in": "query", "required": False, "schema": _ref(f"{cls}Status")},
                    {
                        "name": "created_from",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "format": "date"},
                    },
                ],
                "responses": {
                    "200": _ok(f"{cls}ListResponse", schemas, f"A page of {snake}s."),
                    **_errors("400", "401", "429", "500"),
                },
            },
        ),
        (
            base,
            "post",
            {
                "operationId": f"create_{snake}",
                "summary": f"Create a {snake}",
                "description": "Not idempotent, so never retried after it may have reached the server.",
                "requestBody": _json_body(f"{cls}CreateRequest", schemas),
                "responses": {
                    "200": _ok(cls, schemas, f"The {snake} was created."),
                    **_errors("400", "401", "429", "500"),
                },
            },
        ),
        (
            f"{base}/{{{snake}_id}}",
            "get",
            {
                "operationId": f"get_{snake}",
                "summary": f"Get a {snake}",
                "description": f"One {snake} by id.",
                "parameters": [_id_param(snake)],
                "responses": {
                    "200": _ok(cls, schemas, f"The {snake}."),
                    **_errors("401", "404", "429", "500"),
                },
            },
        ),
        (
            f"{base}/{{{snake}_id}}",
            "patch",
            {
                "operationId": f"update_{snake}",
                "summary": f"Update a {snake}",
                "description": f"Changes the {snake}'s description, amount or metadata.",
                "parameters": [_id_param(snake)],
                "requestBody": _json_body(f"{cls}UpdateRequest", schemas),
                "responses": {
                    "200": _ok(cls, schemas, f"The updated {snake}."),
                    **_errors("400", "401", "404", "429", "500"),
                },
            },
        ),
        (
            f"{base}/quote",
            "post",
            {
                "operationId": f"quote_{snake}",
                "summary": f"Quote a {snake}",
                "description": "A read sent as POST (nothing is created), so safe to retry.",
                "x-idempotent": True,
                "security": [],
                "requestBody": _json_body(f"{cls}QuoteRequest", schemas),
                "responses": {
                    "200": _ok(f"{cls}QuoteResponse", schemas, "The fees and total."),
                    **_errors("400", "429", "500"),
                },
            },
        ),
    ]
    paths: dict[str, dict[str, Any]] = {}
    for path, method, op in ops[:count]:
        op = {"operationId": op.pop("operationId"), "tags": [tag], **op}
        paths.setdefault(path, {})[method] = op
    return paths


def synthetic_spec(n_operations: int, title: str = "Synthetic Payments API") -> dict[str, Any]:
    """The spec as a mapping: exactly `n_operations` operations, deterministic for a given N."""
    if n_operations < 1:
        raise ValueError("n_operations must be at least 1")
    components = _shared_components()
    schemas: dict[str, Any] = components["schemas"]
    paths: dict[str, Any] = {}
    families_used: list[str] = []
    resources = -(-n_operations // OPS_PER_RESOURCE)
    for r in range(resources):
        family = _FAMILIES[r % len(_FAMILIES)]
        number = r // len(_FAMILIES) + 1
        snake, cls = f"{family}{number}", f"{family.capitalize()}{number}"
        if family not in families_used:
            families_used.append(family)
        schemas.update(_resource_schemas(cls, r))
        count = min(OPS_PER_RESOURCE, n_operations - r * OPS_PER_RESOURCE)
        for path, item in _resource_operations(family, snake, cls, count, schemas).items():
            paths.setdefault(path, {}).update(item)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": title,
            "version": "1.0.0",
            "description": f"A synthetic provider with {n_operations} operations (tools/synthetic_spec.py).",
            "license": {"name": "Proprietary", "identifier": "LicenseRef-Proprietary"},
        },
        "servers": [
            {
                "url": "https://{host}",
                "variables": {"host": {"default": "synthetic.invalid"}},
            }
        ],
        "security": [{"bearerAuth": []}, {"XApiKey": []}],
        "tags": [{"name": f.capitalize(), "description": f"{f.capitalize()}s."} for f in families_used],
        "paths": paths,
        "components": components,
    }


def count_operations(doc: dict[str, Any]) -> int:
    from tools._openapi import HTTP_METHODS

    return sum(1 for item in doc.get("paths", {}).values() for m in HTTP_METHODS if m in item)


def write_provider(root: Path, n_operations: int, slug: str = "synthetic") -> Path:
    """Write `root/specs/<slug>/openapi.yaml` and `codegen.yaml`; return the spec's directory."""
    target = root / "specs" / slug
    target.mkdir(parents=True, exist_ok=True)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(
        synthetic_spec(n_operations), Dumper=dumper, sort_keys=False, allow_unicode=True, width=100
    )
    (target / "openapi.yaml").write_text(text, encoding="utf-8")
    package = slug.replace("-", "_") + "_client"
    (target / "codegen.yaml").write_text(CODEGEN_YAML.format(slug=slug, package=package), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("operations", type=int)
    parser.add_argument("root", nargs="?", type=Path, default=Path.cwd())
    parser.add_argument("--slug", default="synthetic")
    args = parser.parse_args(argv)
    print(write_provider(args.root, args.operations, args.slug) / "openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
