"""Drift and pipeline checks: generated/ matches the specs; bad specs fail with a location."""

from __future__ import annotations

import json
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


def test_generate_into_another_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--specs-dir/--generated-dir/--ops-dir: a provider outside the repo, generated outside it."""
    from tools.synthetic_spec import write_provider

    # main() points the module at the given tree; monkeypatch puts the repo's paths back afterwards.
    for name in ("SPECS", "GENERATED", "OPS_DIR"):
        monkeypatch.setattr(codegen, name, getattr(codegen, name))
    write_provider(tmp_path, 3, "synth")
    dirs = ["--specs-dir", str(tmp_path / "specs"), "--generated-dir", str(tmp_path / "gen")]
    dirs += ["--ops-dir", str(tmp_path / "ops")]
    assert codegen.main(["generate", *dirs, "synth"]) == 0
    assert (tmp_path / "gen" / "synth-client" / "synth_client" / "client.py").is_file()
    assert (tmp_path / "gen" / "synth-client" / codegen.STAMP).is_file()
    manifest = json.loads((tmp_path / "ops" / "synth.json").read_text("utf-8"))
    assert [o["id"] for o in manifest["operations"]] == ["list_payment1s", "create_payment1", "get_payment1"]
    assert not (ROOT / "generated" / "synth-client").exists()
    assert not (ROOT / "auth_plugins" / "src" / "auth_plugins" / "_ops" / "synth.json").exists()
    # the second run finds the hash unchanged; the check compares with the other tree too
    assert codegen.main(["generate", *dirs, "synth"]) == 0
    assert codegen.main(["check", *dirs, "synth"]) == 0
