"""The reliability checklist: every test marked `checklist(n, scenario)` is counted in the report.

`nox -s reliability` runs this directory with `--reliability-report reliability-report.json` and
prints a table (item, scenario, provider, expected, observed); `nox -s tests` runs the same tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

_ROWS: list[dict[str, Any]] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--reliability-report", default=None, help="write the checklist report (JSON) here")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "checklist(item, scenario, expected='typed error'): a numbered check")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    outcome = yield
    report = outcome.get_result()
    marker = item.get_closest_marker("checklist")
    if marker is None or report.when != "call":
        return
    params = getattr(item, "callspec", None)
    values = dict(params.params) if params else {}
    provider = values.pop("provider", "all")
    detail = ", ".join(getattr(v, "__name__", str(v)) for v in values.values())
    _ROWS.append(
        {
            "item": marker.args[0],
            "scenario": f"{marker.args[1]} [{detail}]" if detail else marker.args[1],
            "provider": str(provider),
            "expected": marker.kwargs.get("expected", "typed error"),
            "observed": "as expected" if report.passed else "FAILED",
            "passed": report.passed,
            "test": item.nodeid,
        }
    )


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    path = config.getoption("--reliability-report")
    if not _ROWS or path is None:
        return
    rows = sorted(_ROWS, key=lambda r: (r["item"], r["scenario"], r["provider"]))
    tr = terminalreporter
    tr.write_sep("=", "reliability checklist")
    tr.write_line(f"{'#':>3}  {'scenario':<48} {'provider':<11} {'expected':<26} observed")
    for r in rows:
        scenario, expected = r["scenario"][:48], r["expected"][:26]
        tr.write_line(f"{r['item']:>3}  {scenario:<48} {r['provider']:<11} {expected:<26} {r['observed']}")
    extra = dict(_COUNTERS)
    summary = {
        "scenarios": len(rows),
        "passed": sum(r["passed"] for r in rows),
        "failed": sum(not r["passed"] for r in rows),
        "items_covered": sorted({r["item"] for r in rows}),
        **extra,
        "rows": rows,
    }
    Path(path).write_text(json.dumps(summary, indent=2) + "\n")
    tr.write_line(f"wrote {path}: {summary['passed']} passed, {summary['failed']} failed, counters {extra}")


_COUNTERS: dict[str, int] = {"faults_injected": 0, "duplicates_found": 0, "secrets_found": 0}


@pytest.fixture
def counters() -> dict[str, int]:
    """Tests add to these (faults injected, duplicates and secrets found) for the report."""
    return _COUNTERS
