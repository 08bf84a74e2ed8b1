"""tools/synthetic_spec.py: N operations, deterministic, valid as tools/codegen.py validates specs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tools import codegen
from tools.synthetic_spec import count_operations, synthetic_spec, write_provider


@pytest.mark.parametrize("n", [1, 5, 7])
def test_has_exactly_n_operations_with_unique_ids(n: int) -> None:
    doc = synthetic_spec(n)
    assert count_operations(doc) == n
    ids = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    assert len(set(ids)) == n


def test_is_deterministic() -> None:
    assert synthetic_spec(7) == synthetic_spec(7)
    assert yaml.safe_dump(synthetic_spec(7)) == yaml.safe_dump(synthetic_spec(7))


def test_refuses_zero_operations() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        synthetic_spec(0)


def test_passes_codegen_validation_and_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_provider(tmp_path, 5, "synthetic")
    monkeypatch.setattr(codegen, "SPECS", tmp_path / "specs")
    doc = codegen.load_spec("synthetic")  # YAML, then openapi-spec-validator: raises SpecError if invalid
    ops = {o["id"]: o for o in codegen.operations_manifest(doc)["operations"]}
    assert len(ops) == 5
    assert ops["list_payment1s"]["pagination"]["in"] == "query"
    assert ops["quote_payment1"]["idempotent"] is True
    assert ops["quote_payment1"]["public"] is True
    assert ops["create_payment1"]["idempotent"] is False
    assert ops["get_payment1"]["security"] == ["XApiKey", "bearerAuth"]


def test_models_look_like_the_real_specs() -> None:
    schemas = synthetic_spec(5)["components"]["schemas"]
    entity = schemas["Payment1"]["properties"]
    assert entity["amount"] == {"type": "number", "format": "decimal"}  # money, as CONVENTIONS.md says
    assert entity["fee"] == {"type": ["number", "null"], "format": "decimal"}  # nullable money
    assert entity["status"] == {"$ref": "#/components/schemas/Payment1Status"}
    assert entity["items"]["items"] == {"$ref": "#/components/schemas/LineItem"}
    assert entity["details"]["type"] == "object"  # a nested inline object
    assert "enum" in schemas["Payment1Status"]
    assert {"Error", "Customer", "Address", "Pagination"} <= set(schemas)
