"""How `nox -s generate` grows with the size of a spec (issue 21).

For each size N, a synthetic provider (`tools/synthetic_spec.py`, N operations) is written into a
temp tree and generated the way `nox -s generate` generates a new provider: `python -m tools.codegen
generate` in a subprocess (interpreter start and imports included), with its validation, the
generator, ruff and the manifest, but reading the temp tree's specs and writing the client and the
ops manifest into the temp tree (`--specs-dir`, `--generated-dir`, `--ops-dir`), never into the
repo's `generated/` or `auth_plugins/src/auth_plugins/_ops/`. Then the same command again: the
no-op run, which finds the inputs' hash unchanged and skips.

`bench_generate_scale()` returns `{"<N>": {"cold_s": ..., "noop_s": ...}}`; `python -m
tools.bench_generate [N ...]` prints the figures (and `--json` prints them as JSON).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools.synthetic_spec import write_provider

__all__ = ["SIZES", "bench_generate_scale", "generate_command"]

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100, 500, 1000)
SLUG = "synthetic"


def generate_command(tree: Path, python: str = sys.executable) -> list[str]:
    """The `nox -s generate` command line, pointed at `tree`'s specs/, generated/ and ops/."""
    return [
        python,
        "-m",
        "tools.codegen",
        "generate",
        "--specs-dir",
        str(tree / "specs"),
        "--generated-dir",
        str(tree / "generated"),
        "--ops-dir",
        str(tree / "ops"),
        SLUG,
    ]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmd: list[str], expect: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (the command and its subprocesses) of one run."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    elapsed = time.perf_counter() - start
    if proc.returncode != 0 or not proc.stdout.strip().endswith(expect):
        raise RuntimeError(f"{' '.join(cmd)} (expected {expect!r}):\n{proc.stdout}{proc.stderr}")
    return elapsed, _children_cpu() - cpu


def bench_generate_scale(sizes: tuple[int, ...] = SIZES) -> dict[str, dict[str, float]]:
    """Cold and no-op `generate` times of a synthetic spec per size, in seconds.

    `cold_s`/`noop_s` are wall clock (the figures the targets are about); `cold_cpu_s`/`noop_cpu_s`
    are the CPU time of the command and its subprocesses, which a busy machine inflates less.
    """
    results: dict[str, dict[str, float]] = {}
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench-gen-{n}-") as tmp:
            tree = Path(tmp)
            write_provider(tree, n, SLUG)
            cmd = generate_command(tree)
            cold, cold_cpu = _timed(cmd, f"{SLUG}: generated")
            noop, noop_cpu = _timed(cmd, f"{SLUG}: up to date")
        results[str(n)] = {
            "cold_s": round(cold, 3),
            "noop_s": round(noop, 3),
            "cold_cpu_s": round(cold_cpu, 3),
            "noop_cpu_s": round(noop_cpu, 3),
        }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(SIZES), help="operations per spec")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    results = bench_generate_scale(tuple(args.sizes))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    head = ("operations", "cold (s)", "no-op (s)", "cold CPU (s)", "no-op CPU (s)")
    print(f"{head[0]:>10}  {head[1]:>9}  {head[2]:>9}  {head[3]:>12}  {head[4]:>13}")
    for n, row in results.items():
        print(
            f"{n:>10}  {row['cold_s']:>9.2f}  {row['noop_s']:>9.2f}"
            f"  {row['cold_cpu_s']:>12.2f}  {row['noop_cpu_s']:>13.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
