"""The fresh-interpreter half of `nox -s bench` (tools/bench.py): imports, cold start, memory.

Every figure here is a child `python -c` process timed (or asked its RSS) from the outside, so
what it loads is exactly what a user's service loads: the snippets import only the generated
client and `auth_plugins`, never `tests.*` (which would inflate the stack's side); credentials are
the sandboxes' demo constants, written into the snippet as literals.

- cold start: import + build the client + ONE call of the provider's read operation against the
  provider's spec-driven sandbox (tests/sandbox/) on loopback, served from a thread of the bench
  process. The stack's side is what a service writes (`from auth_plugins import <slug>;
  client = <slug>.client(creds, base_url=...); <op>.sync(client=client, ...)`), so it includes
  every request the protocol needs before that call: htp's connect token, idnpartner's login
  (x-user-token, then access and refresh tokens; `login()` is part of its snippet). The bare side
  does the same protocol work a hand-rolled integration must do, over plain httpx: a child runs
  the stack's snippet once with every request recorded where it reaches the sandbox (_Recorder,
  ASGI middleware: method, path and query, headers, body, in order), and the bare snippet
  (bare_replay) sends them all again through the generated `Client`'s own httpx client: each
  protocol request as `http.request(method, target, headers=..., content=...)` with the captured
  bytes, then the call as the generated operation (`sync_detailed`) with the call's captured
  headers. Nothing in it is per provider. The sandbox may refuse replayed bytes (idnpartner's
  x-request-id, and the one-use tokens that follow from it; payinout's timestamp window; halogen's
  one-use JWT, where enforced): a refused request gets an error status, which the bare side reads
  like any other response; it is timed anyway (a refusal costs the server no less than an
  answer), and bench-results.json records what the sandbox answered each request of each side
  (`bare_statuses`, `stack_statuses`; `bare_status` is the call's), and `requests`, their number.
  bench_cold_phases (diagnostics, not run by the bench) splits each side's time inside the child
  into imports, client build and requests, with the sandbox's own time per request.
- memory: VmRSS (/proc/self/status) of a child holding one client per provider (all five, built
  as a service builds them, no calls so no tokens) vs a child holding the five bare generated
  clients, each with its sync and async httpx clients created (the stack creates both when it
  builds a client), and, for context, a child holding five plain httpx Client/AsyncClient pairs,
  and `bare_signing`: the bare child plus the `cryptography` primitives a hand-rolled halogen
  signer imports to sign its ES256/RS256 JWTs (`cryptography`'s compiled extension alone is most
  of the stack's share, so `stack_share_vs_bare_signing` says what the stack costs beyond them).

Both run with OpenTelemetry blocked in the child (`sys.modules['opentelemetry'] = None`, as a
service without it installed: the issue's "telemetry absent"), and cold start also with it
importable (the bench venv has opentelemetry-api; the stack imports it when a client is built).
httpx's CLI is blocked on both sides (_NO_HTTPX_CLI). Children import from compiled bytecode in a
private prefix (_import_env) after one warm-up run per snippet.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

RUNS = 15  # timed fresh interpreters per snippet, interleaved across the snippets
MEMORY_RUNS = 5

# httpx imports its command-line interface (click, rich: far heavier than httpx itself) whenever
# those happen to be installed, as they are in this venv through other tools; a service's venv
# usually has neither.
# Blocking it on both sides measures what a plain `pip install httpx` user pays.
_NO_HTTPX_CLI = "import sys; sys.modules['httpx._main'] = None\n"
# A service without opentelemetry installed (the stack then builds no telemetry at all).
_NO_OTEL = "import sys; sys.modules['opentelemetry'] = None\n"
_RSS = (
    "\nprint(next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmRSS:')))\n"
)


def _import_env(pycache: str) -> dict[str, str]:
    """Imports as a deployed service sees them: from compiled bytecode.

    pip compiles .pyc files at install time; uv (which nox uses here) does not, and this machine
    sets PYTHONDONTWRITEBYTECODE, so without this every child would compile every module from
    source and the ratio would measure the compiler rather than the import.
    The bytecode goes to a private prefix, never into the source tree.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _run(code: str, env: dict[str, str]) -> str:
    """Run `code` in a fresh interpreter of this venv; its stdout (a failure raises, with stderr)."""
    done = subprocess.run(  # noqa: S603 - our own interpreter, our own snippet
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench child failed:\n{code}\n{done.stderr}")
    return done.stdout


def _time(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    _run(code, env)
    return time.perf_counter() - start


def _medians(codes: dict[str, str], env: dict[str, str], runs: int = RUNS) -> dict[str, float]:
    """Median seconds of a fresh interpreter running each snippet, interleaved, after one warm-up
    run each (which writes the bytecode)."""
    for code in codes.values():
        _run(code, env)
    times: dict[str, list[float]] = {k: [] for k in codes}
    for _ in range(runs):
        for key, code in codes.items():
            times[key].append(_time(code, env))
    return {k: statistics.median(v) for k, v in times.items()}


def bench_import(slug: str, pycache: str) -> dict[str, float]:
    """`import` alone, and `use`: the import plus touching what a service then calls (the client
    class, `client`, `Credentials`), which loads whatever the import left lazy. Both vs httpx."""
    codes = {
        "httpx": "import httpx",
        "import": f"import {slug}_client, auth_plugins.{slug}",
        "httpx_use": "import httpx; httpx.Client",
        "use": (
            f"import {slug}_client, auth_plugins.{slug} as p; {slug}_client.AuthenticatedClient;"
            " p.client; p.Credentials"
        ),
    }
    med = _medians({k: _NO_HTTPX_CLI + v for k, v in codes.items()}, _import_env(pycache))
    return {"import": med["import"] / med["httpx"], "use": med["use"] / med["httpx_use"]}


def bench_import_floor(pycache: str) -> float:
    """`import httpx, attrs` vs `import httpx`: the generated models are attrs classes, so no first
    use of a generated client can cost less than this ratio."""
    codes = {"httpx": "import httpx", "attrs": "import httpx, attrs"}
    med = _medians({k: _NO_HTTPX_CLI + v for k, v in codes.items()}, _import_env(pycache))
    return med["attrs"] / med["httpx"]


@dataclass(frozen=True)
class Recipe:
    """One provider's first call, as source text: what a service writes, and its bare twin."""

    slug: str
    creds: str  # an expression building `<slug>.Credentials` from literals
    op_module: str  # the read operation's generated module
    op: str
    args: str = ""  # the operation's arguments after `client=client`
    models: str = ""  # an import line for the models `args` builds
    login: str = ""  # what the protocol needs before any call (idnpartner)
    stack_call: str = ""  # when a service calls a plugin helper rather than the operation

    def stack_setup(self, base_url: str) -> str:
        lines = [f"from auth_plugins import {self.slug}"]
        if not self.stack_call:
            lines.append(f"from {self.slug}_client.api.{self.op_module} import {self.op}")
        if self.models:
            lines.append(self.models)
        lines.append(f"client = {self.slug}.client({self.creds}, base_url={base_url!r})")
        return "\n".join(lines) + "\n"

    def stack_call_text(self) -> str:
        call = self.stack_call or f"{self.op}.sync(client=client{self._args})"
        return (self.login + "\n" if self.login else "") + call + "\n"

    def bare_setup(self, base_url: str, headers: dict[str, str]) -> str:
        lines = [
            f"from {self.slug}_client import Client",
            f"from {self.slug}_client.api.{self.op_module} import {self.op}",
        ]
        if self.models:
            lines.append(self.models)
        lines.append(f"client = Client(base_url={base_url!r}, headers={headers!r})")
        return "\n".join(lines) + "\n"

    @property
    def _args(self) -> str:
        return f", {self.args}" if self.args else ""


def recipes() -> dict[str, Recipe]:
    """Each provider's read operation (tests/reliability/providers.py's `read`), as a service calls it."""
    from tests.sandbox.providers import halogen, htp, idnpartner, payinout, tradecrm

    pem = halogen.DEMO_PRIVATE_KEY_PEM
    pem_text = pem.decode() if isinstance(pem, bytes) else pem
    accounts = "ListClientAccounts(payload=ListClientAccountsPayload(account_ids=['account_123']))"
    found = [
        Recipe(
            "halogen",
            f"halogen.Credentials({halogen.DEMO_KEY_ID!r}, {pem_text!r})",
            "wallet_api",
            "execute_query",
            args=f"body={accounts}",
            models="from halogen_client.models import ListClientAccounts, ListClientAccountsPayload",
            stack_call=f"halogen.query(client, {accounts})",
        ),
        Recipe(
            "htp",
            f"htp.Credentials(agent_id={htp.AGENT_ID!r}, agent_secret={htp.AGENT_SECRET!r})",
            "agent_top_up_rate",
            "get_agent_top_up_rate",
        ),
        Recipe(
            "idnpartner",
            f"idnpartner.Credentials(app_key={idnpartner.APP_KEY!r})",
            "external",
            "list_banks",
            login=f"idnpartner.login(client, {idnpartner.USERNAME!r}, {idnpartner.PASSWORD!r})",
        ),
        Recipe(
            "payinout",
            f"payinout.Credentials(token={payinout.TOKEN!r}, email={payinout.EMAIL!r},"
            f" secret={payinout.SECRET!r})",
            "balance",
            "get_balance",
            args="body=BalanceRequest()",
            models="from payinout_client.models import BalanceRequest",
        ),
        Recipe(
            "tradecrm",
            f"tradecrm.Credentials(api_key={tradecrm.API_KEY!r}, secret={tradecrm.SECRET!r})",
            "clients_api",
            "list_clients",
        ),
    ]
    return {r.slug: r for r in found}


@dataclass(frozen=True)
class Sent:
    """One request as it reached the sandbox: what a bare replay sends again, byte for byte."""

    method: str
    target: str  # path and query, as sent
    headers: tuple[tuple[str, str], ...]  # as sent, in order, httpx's own left out (_HTTPX_OWN)
    body: bytes
    status: int  # what the sandbox answered the stack
    server_ms: float  # the sandbox's time on it (from the request's arrival to its response's end)


class _Recorder:
    """ASGI middleware in front of a sandbox: records every HTTP request while `recording`."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.recording = False
        self.seen: list[Sent] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not self.recording:
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        body = bytearray()
        status = 0

        async def receiving() -> Any:
            message = await receive()
            if message["type"] == "http.request":
                body.extend(message.get("body", b""))
            return message

        async def sending(message: Any) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receiving, sending)
        target = scope["raw_path"].decode("latin-1")
        if scope["query_string"]:
            target += "?" + scope["query_string"].decode("latin-1")
        headers = tuple(
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in scope["headers"]
            if k.decode("latin-1").lower() not in _HTTPX_OWN
        )
        ms = (time.perf_counter() - start) * 1e3
        self.seen.append(Sent(scope["method"], target, headers, bytes(body), status, ms))


@contextmanager
def _sandbox(slug: str) -> Iterator[tuple[str, _Recorder]]:
    """The provider's sandbox on loopback (a thread of this process) behind a _Recorder; yields
    its base URL and the recorder."""
    from tests.sandbox.core import Sandbox
    from tests.sandbox.providers import provider_class
    from tests.sandbox.server import serve

    recorder = _Recorder(Sandbox(provider_class(slug)).app)
    with serve(recorder) as server:
        yield server.base_url, recorder


# The headers httpx sets itself, from the request or its defaults: a replay sends its own.
# (content-type is kept: a protocol request replayed with raw bytes needs it; the generated
# operation sets its own, so the operation's replay drops it: _OP_OWN.)
_HTTPX_OWN = frozenset({"host", "content-length", "user-agent", "accept-encoding", "connection"})
_OP_OWN = frozenset({"content-type"})


def _sent(recipe: Recipe, base_url: str, recorder: _Recorder, env: dict[str, str]) -> list[Sent]:
    """Every request the stack's snippet sends, in order (a child runs it once, recorded): the
    protocol's own requests (token fetch, login), then the operation's call, last."""
    recorder.seen.clear()
    recorder.recording = True
    try:
        _run(_NO_HTTPX_CLI + recipe.stack_setup(base_url) + recipe.stack_call_text(), env)
    finally:
        recorder.recording = False
    sent = list(recorder.seen)
    if not sent:
        raise RuntimeError(f"{recipe.slug}: the stack's snippet sent nothing")
    return sent


def bare_replay(recipe: Recipe, base_url: str, sent: list[Sent]) -> str:
    """The bare side's snippet: the generated `Client` over plain httpx sends every protocol
    request the stack sent (method, target, headers, body as captured) through the client's own
    httpx client, then the operation through the generated `sync_detailed` with the header bytes
    the stack's call carried. Statuses go to `statuses` (protocol requests, then the call)."""
    *protocol, call = sent
    lines = [
        f"from {recipe.slug}_client import Client",
        f"from {recipe.slug}_client.api.{recipe.op_module} import {recipe.op}",
    ]
    if recipe.models:
        lines.append(recipe.models)
    lines += [f"client = Client(base_url={base_url!r})", "http = client.get_httpx_client()", "statuses = []"]
    for r in protocol:
        lines.append(
            f"statuses.append(http.request({r.method!r}, {r.target!r}, headers={list(r.headers)!r},"
            f" content={r.body!r}).status_code)"
        )
    final = {k: v for k, v in call.headers if k.lower() not in _OP_OWN}
    lines.append(f"http.headers.update({final!r})")
    lines.append(f"statuses.append(int({recipe.op}.sync_detailed(client=client{recipe._args}).status_code))")
    return "\n".join(lines) + "\n"


_PHASES = (
    "import time as _t\n_marks = [_t.perf_counter()]\n",  # before the snippet's own imports
    "_marks.append(_t.perf_counter())\n",
)


def bench_cold_phases(recipe: Recipe, pycache: str, runs: int = 5) -> dict[str, float]:
    """Where a cold start's time goes, stack and bare, from inside the child (median ms): `import`
    (the snippet's imports), `build` (the client), `calls` (login, protocol requests and the call),
    and `python` (the interpreter's own start-up and exit: total minus the rest, the same on both
    sides). Diagnostics, not a target: `nox -s bench` does not call it."""
    env = _import_env(pycache)
    with _sandbox(recipe.slug) as (url, recorder):
        sent = _sent(recipe, url, recorder, env)
        stack_import, stack_build = _split(recipe.stack_setup(url))
        bare_lines = bare_replay(recipe, url, sent).splitlines(keepends=True)
        at = next(i for i, line in enumerate(bare_lines) if line.startswith("client = "))
        sides = {
            "stack": (stack_import, stack_build, recipe.stack_call_text()),
            "bare": (
                "".join(bare_lines[:at]),
                "".join(bare_lines[at : at + 2]),
                "".join(bare_lines[at + 2 :]),
            ),
        }
        found: dict[str, dict[str, list[float]]] = {k: {} for k in sides}
        for _ in range(runs + 1):
            for side, (imports, build, calls) in sides.items():
                code = _NO_HTTPX_CLI + _NO_OTEL + _PHASES[0] + imports + _PHASES[1] + build + _PHASES[1]
                code += calls + _PHASES[1] + "print(*_marks)\n"
                start = time.perf_counter()
                marks = [float(x) for x in _run(code, env).split()[-4:]]
                total = time.perf_counter() - start
                spans = {
                    n: (b - a) * 1e3
                    for n, a, b in zip(("import", "build", "calls"), marks[:-1], marks[1:], strict=True)
                }
                spans["python"] = total * 1e3 - sum(spans.values())
                for name, ms in spans.items():
                    found[side].setdefault(name, []).append(ms)
    out = {
        f"{side}_{name}_ms": statistics.median(v[1:]) for side, f in found.items() for name, v in f.items()
    }
    out.update(
        {f"server_ms_{i}_{r.method}_{r.target.split('?')[0]}": r.server_ms for i, r in enumerate(sent)}
    )
    return out


def _split(setup: str) -> tuple[str, str]:
    """A stack snippet's import lines, and the rest (the client's construction)."""
    lines = setup.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if not line.startswith(("from ", "import ")))
    return "".join(lines[:at]), "".join(lines[at:])


def bench_cold_start(recipe: Recipe, pycache: str) -> dict[str, Any]:
    """Fresh interpreter, import + client + one call: stack (OpenTelemetry absent, and importable)
    vs the bare generated client replaying every request the stack sent; medians of RUNS,
    interleaved. `bare_statuses`: what the sandbox answered each replayed request, in order."""
    env = _import_env(pycache)
    with _sandbox(recipe.slug) as (url, recorder):
        sent = _sent(recipe, url, recorder, env)
        stack = recipe.stack_setup(url) + recipe.stack_call_text()
        bare = bare_replay(recipe, url, sent)
        statuses = json.loads(_run(_NO_HTTPX_CLI + bare + "print(statuses)\n", env).splitlines()[-1])
        med = _medians(
            {
                "stack": _NO_HTTPX_CLI + _NO_OTEL + stack,
                "bare": _NO_HTTPX_CLI + _NO_OTEL + bare,
                "stack_otel": _NO_HTTPX_CLI + stack,
            },
            env,
        )
    return {
        "ratio": med["stack"] / med["bare"],
        "ratio_otel_importable": med["stack_otel"] / med["bare"],
        "stack_ms": med["stack"] * 1e3,
        "bare_ms": med["bare"] * 1e3,
        "stack_otel_ms": med["stack_otel"] * 1e3,
        "requests": len(sent),
        "bare_status": statuses[-1],
        "bare_statuses": statuses,
        "stack_statuses": [r.status for r in sent],
    }


# What a hand-rolled halogen signer imports (halogen/_jwt.py's and _keys.py's primitives).
_SIGNING_CRYPTO = (
    "from cryptography.hazmat.primitives import hashes, serialization\n"
    "from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils\n"
)


def bench_memory(pycache: str) -> dict[str, float]:
    """MiB resident in a fresh process holding one client per provider: stack vs bare vs httpx."""
    base_url = "http://127.0.0.1:9"  # never called
    stack, bare = [], []
    for recipe in recipes().values():
        stack.append(recipe.stack_setup(base_url) + "clients.append(client)\n")
        bare.append(
            recipe.bare_setup(base_url, {})
            + "client.get_httpx_client(); client.get_async_httpx_client(); clients.append(client)\n"
        )
    plain = "import httpx\nclients = [(httpx.Client(), httpx.AsyncClient()) for _ in range(5)]\n"
    codes = {
        "stack": "clients = []\n" + "".join(stack),
        "bare": "clients = []\n" + "".join(bare),
        "httpx": plain,
        "bare_signing": _SIGNING_CRYPTO + "clients = []\n" + "".join(bare),
    }
    env = _import_env(pycache)
    kib: dict[str, list[int]] = {k: [] for k in codes}
    for code in codes.values():
        _run(_NO_HTTPX_CLI + _NO_OTEL + code, env)  # warm-up: the bytecode
    for _ in range(MEMORY_RUNS):
        for key, code in codes.items():
            kib[key].append(int(_run(_NO_HTTPX_CLI + _NO_OTEL + code + _RSS, env).split()[-1]))
    mib = {k: statistics.median(v) / 1024 for k, v in kib.items()}
    return {
        "stack": mib["stack"],
        "bare": mib["bare"],
        "stack_share": mib["stack"] - mib["bare"],
        "httpx_only": mib["httpx"],
        "bare_signing": mib["bare_signing"],
        "stack_share_vs_bare_signing": mib["stack"] - mib["bare_signing"],
    }
