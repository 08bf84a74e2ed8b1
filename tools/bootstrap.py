"""`python3 tools/bootstrap.py [nox arguments]`: run nox with the pinned nox and uv, installing
them first into `.venv-nox/` (reused while the pins are unchanged).

The README's two commands and `.ci/run` go through this, so a fresh machine needs only Python,
pip and Node.js; nox then installs every session's own dependencies.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-nox"
PINS = ("nox==2026.10.20", "uv==0.13.9")


def _bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def ensure() -> None:
    stamp = VENV / "pins.txt"
    wanted = "\n".join(PINS)
    if stamp.is_file() and stamp.read_text("utf-8") == wanted and _bin("nox").exists():
        return
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run([str(_bin("python")), "-m", "pip", "install", *quiet, *PINS], check=True)  # noqa: S603
    stamp.write_text(wanted, encoding="utf-8")


def main(argv: list[str]) -> int:
    ensure()
    env = {**os.environ, "PATH": os.pathsep.join([str(_bin("")).rstrip(os.sep), os.environ.get("PATH", "")])}
    return subprocess.run([str(_bin("nox")), *argv], cwd=ROOT, env=env, check=False).returncode  # noqa: S603


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
