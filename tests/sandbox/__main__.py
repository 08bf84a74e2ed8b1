"""`python -m tests.sandbox <slug> [--port N]`: serve one simulator in the foreground."""

from __future__ import annotations

import argparse
import shlex
import sys

import uvicorn

from .core import Sandbox
from .providers import SLUGS, provider_class


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.sandbox", description=__doc__)
    parser.add_argument("slug", choices=SLUGS)
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    sandbox = Sandbox(provider_class(args.slug))
    print(f"{args.slug} sandbox on http://127.0.0.1:{args.port}", flush=True)
    print("demo credentials (export these):", flush=True)
    for key, value in sandbox.provider.demo_credentials.items():
        print(f"  export {key}={shlex.quote(value)}", flush=True)
    uvicorn.run(sandbox.app, host="127.0.0.1", port=args.port, log_level="info", date_header=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
