"""Drift and pipeline checks: generated/ matches the specs; bad specs fail with a location."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import codegen

ROOT = Path(__file__).resolve().parents[1]


def test_generated_matches_specs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tools.codegen", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


def test_generate_is_a_noop_when_nothing_changed() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tools.codegen", "generate"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines
    assert all(line.endswith("up to date") for line in lines), proc.stdout


@pytest.fixture
def scratch_specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs" / "payinout", specs / "payinout")
    monkeypatch.setattr(codegen, "SPECS", specs)
    monkeypatch.setattr(codegen, "ROOT", tmp_path)
    return specs / "payinout" / "openapi.yaml"


def test_yaml_error_names_file_and_line(scratch_specs: Path) -> None:
    text = scratch_specs.read_text()
    scratch_specs.write_text(text.replace("paths:\n", "paths:\n  bad: [unclosed\n", 1))
    with pytest.raises(codegen.SpecError, match=r"specs/payinout/openapi.yaml:\d+:\d+: invalid YAML"):
        codegen.load_spec("payinout")


def test_schema_error_names_pointer_and_line(scratch_specs: Path) -> None:
    text = scratch_specs.read_text()
    scratch_specs.write_text(
        text.replace("      operationId: get_balance\n", "      operationId: [1, 2]\n", 1)
    )
    with pytest.raises(codegen.SpecError) as info:
        codegen.load_spec("payinout")
    message = str(info.value)
    assert "#/paths/~1api~1balance/post/operationId" in message
    assert "specs/payinout/openapi.yaml:" in message


def test_manifest_reflects_spec_flags() -> None:
    doc = codegen.load_spec("payinout")
    ops = {o["id"]: o for o in codegen.operations_manifest(doc)["operations"]}
    assert ops["get_balance"]["idempotent"] is True
    assert ops["create_payin"]["idempotent"] is False
    assert all(not o["public"] for o in ops.values())
