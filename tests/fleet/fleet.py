"""Start N worker processes (`tests/fleet/worker.py`), drive them in rounds, collect their stderr."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]

__all__ = ["Fleet"]


class Fleet:
    def __init__(self, processes: int, config: dict[str, Any], env: dict[str, str]) -> None:
        self.procs: list[subprocess.Popen[str]] = []
        self.logs: list[IO[str]] = []
        environ = {**os.environ, **env, "PYTHONPATH": str(ROOT)}
        for _ in range(processes):
            log = tempfile.TemporaryFile("w+")  # noqa: SIM115  # closed by close()
            self.logs.append(log)
            self.procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "tests.fleet.worker", json.dumps(config)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=log,
                    text=True,
                    cwd=ROOT,
                    env=environ,
                )
            )

    def ready(self) -> None:
        for proc in self.procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.strip() == "ready", f"worker did not start: {line!r} {self.stderr()}"

    def send(self) -> None:
        for proc in self.procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()

    def results(self) -> list[dict[str, Any]]:
        out = []
        for proc in self.procs:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line, f"a worker died: {self.stderr()}"
            out.append(json.loads(line))
        return out

    def round(self) -> list[dict[str, Any]]:
        self.send()
        return self.results()

    def kill(self, index: int) -> None:
        self.procs[index].send_signal(signal.SIGKILL)
        self.procs[index].wait()
        del self.procs[index]

    def stderr(self) -> list[str]:
        texts = []
        for log in self.logs:
            log.flush()
            log.seek(0)
            texts.append(log.read())
        return texts

    def close(self) -> list[str]:
        """End every worker (their stdin closes) and return each one's stderr."""
        for proc in self.procs:
            if proc.stdin is not None and not proc.stdin.closed:
                proc.stdin.close()
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
        texts = self.stderr()
        for log in self.logs:
            log.close()
        return texts
