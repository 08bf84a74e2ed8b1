"""Spec → generated client, deterministic and incremental. Run by `nox -s generate` / `check_generated`.

For each provider slug (`--specs-dir`, `--generated-dir` and `--ops-dir` point it at another tree):
1. validate `specs/<slug>/openapi.yaml` (YAML syntax with line numbers, then openapi-spec-validator
   with the JSON pointer of the problem);
2. hash the inputs (spec, codegen config, template overrides, this script and tools/_openapi.py,
   pinned tool versions, and what the README template is handed: the README's quickstart for the
   provider, tested by tests/test_readme.py, and the project URLs from the root pyproject.toml);
   if `generated/<slug>-client/GENERATED.json` records the same hash, skip ("up to date");
3. run openapi-python-client into a temp dir (step 1's validation runs meanwhile: the generator is
   its own process), drop tool caches, stamp GENERATED.json, swap in;
4. write the operations manifest `auth_plugins/src/auth_plugins/_ops/<slug>.json` (what the
   transport stack needs from the spec: idempotency, public routes, encrypted bodies, tokens).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from tools._openapi import HTTP_METHODS
from tools.readme_sections import python_blocks, quickstart_sections

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"  # the project URLs, also for specs outside this tree (tests)
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = ROOT / "codegen" / "templates"
OPS_DIR = ROOT / "auth_plugins" / "src" / "auth_plugins" / "_ops"
STAMP = "GENERATED.json"


class SpecError(Exception):
    pass


def slugs() -> list[str]:
    return sorted(p.parent.name for p in SPECS.glob("*/openapi.yaml"))


def configure(specs: Path | None = None, generated: Path | None = None, ops_dir: Path | None = None) -> None:
    """Point the pipeline at another tree (a provider outside this repo, e.g. the generation bench):
    where specs are read, clients written and ops manifests written. Unset: the repo's own."""
    global SPECS, GENERATED, OPS_DIR
    if specs is not None:
        SPECS = specs.resolve()
    if generated is not None:
        GENERATED = generated.resolve()
    if ops_dir is not None:
        OPS_DIR = ops_dir.resolve()


def _rel(path: Path) -> str:
    """`path` as messages show it: relative to the repo when inside it, else as given."""
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def _tool_env() -> dict[str, str]:
    """PATH with this interpreter's bin first, so the pinned ruff and generator are the ones run."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def tool_versions() -> dict[str, str]:
    versions = {"openapi-python-client": metadata.version("openapi-python-client")}
    out = subprocess.run(["ruff", "--version"], capture_output=True, text=True, check=True, env=_tool_env())  # noqa: S607
    versions["ruff"] = out.stdout.strip().split()[-1]
    return versions


def _tree_bytes(path: Path) -> bytes:
    h = hashlib.sha256()
    for f in sorted(p for p in path.rglob("*") if p.is_file()):
        h.update(f.relative_to(path).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.digest()


def project_urls() -> dict[str, str]:
    """The one place project URLs are set: `[tool.fintech-clients]` in the root pyproject.toml."""
    import tomllib

    table = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["fintech-clients"]
    return {"repository": table["repository"], "documentation": table["documentation"]}


def _readme_context(slug: str) -> dict[str, str]:
    """What the README template needs beyond the spec: the README's tested quickstart and the URLs."""
    code = python_blocks(quickstart_sections().get(slug, ""))
    return {"quickstart.md": f"```python\n{code}```\n" if code else "", **project_urls()}


def _templates(slug: str, out_dir: Path) -> Path:
    """codegen/templates plus the generated partials (`_project.jinja`, `_quickstart.md`)."""
    target = out_dir / "templates"
    shutil.copytree(TEMPLATES, target)
    context = _readme_context(slug)
    (target / "_quickstart.md").write_text(context["quickstart.md"], encoding="utf-8")
    lines = [f"{{% set {k} = {json.dumps(context[k])} %}}" for k in ("repository", "documentation")]
    (target / "_project.jinja").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def inputs_hash(slug: str, versions: dict[str, str]) -> str:
    h = hashlib.sha256()
    for part in (
        json.dumps(_readme_context(slug), sort_keys=True).encode(),
        (SPECS / slug / "openapi.yaml").read_bytes(),
        (SPECS / slug / "codegen.yaml").read_bytes(),
        _tree_bytes(TEMPLATES),
        Path(__file__).read_bytes(),
        Path(__file__).with_name("_openapi.py").read_bytes(),
        json.dumps(versions, sort_keys=True).encode(),
    ):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


class _LineLoader(yaml.SafeLoader):
    pass


def _mapping_with_lines(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    lines = {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
    mapping_with = _LineDict(mapping)
    mapping_with.lines = lines
    return mapping_with


class _LineDict(dict[Any, Any]):
    lines: dict[str, int]


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_lines)


def _line_of(doc: Any, pointer_parts: list[Any]) -> int | None:
    line = None
    cur = doc
    for part in pointer_parts:
        if isinstance(cur, _LineDict) and part in cur:
            line = cur.lines.get(part, line)
            cur = cur[part]
        elif isinstance(cur, list) and isinstance(part, int) and part < len(cur):
            cur = cur[part]
        else:
            break
    return line


# libyaml's parser when PyYAML has it: the same SafeLoader data, several times faster on a big spec.
# Line numbers are only needed to report a problem, so only then is the spec parsed again by _LineLoader.
_FastLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_error(rel: str, exc: yaml.YAMLError) -> SpecError:
    mark = getattr(exc, "problem_mark", None)
    where = f"{rel}:{mark.line + 1}:{mark.column + 1}" if mark else rel
    return SpecError(f"{where}: invalid YAML: {getattr(exc, 'problem', exc)}")


def _load_with_lines(text: str, rel: str) -> Any:
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise _yaml_error(rel, exc) from None


def load_spec(slug: str) -> dict[str, Any]:
    """Parse and validate one spec; SpecError names the file and the line or JSON pointer."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    path = SPECS / slug / "openapi.yaml"
    rel = _rel(path)
    text = path.read_text("utf-8")
    try:
        doc = yaml.load(text, Loader=_FastLoader)  # noqa: S506 - CSafeLoader or SafeLoader
    except yaml.YAMLError:
        # The pure-Python parser decides, as before: its message and position, or (where the two
        # parsers disagree on the syntax) its data.
        doc = _load_with_lines(text, rel)
    if not isinstance(doc, dict):
        raise SpecError(f"{rel}: not a mapping")
    try:
        validate(json.loads(json.dumps(doc)))
    except OpenAPIValidationError as exc:
        parts = list(exc.absolute_path)
        pointer = "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)
        line = _line_of(_load_with_lines(text, rel), parts)
        where = f"{rel}:{line}" if line else rel
        raise SpecError(f"{where}: at #{pointer}: {exc.message}") from None
    return doc


def operations_manifest(doc: dict[str, Any]) -> dict[str, Any]:
    global_security = doc.get("security", [])
    ops = []
    for path, item in sorted(doc.get("paths", {}).items()):
        for method in HTTP_METHODS:
            op = item.get(method)
            if not op:
                continue
            security = op.get("security", global_security)
            entry: dict[str, Any] = {
                "id": op["operationId"],
                "method": method.upper(),
                "path": path,
                "idempotent": bool(op.get("x-idempotent", False)),
                "public": security == [] or security == [{}],
                "encrypted_body": bool(op.get("x-encrypted-body", False)),
                "user_token": bool(op.get("x-user-token", False)),
                "token_kind": op.get("x-token-kind", "access"),
            }
            if op.get("x-user-credentials"):  # only when set: other manifests stay byte-identical
                entry["user_credentials"] = True
            if op.get("x-user-session"):
                entry["user_session"] = True
            paging = op.get("x-pagination")
            if paging:
                entry["pagination"] = {k: v for k, v in paging.items() if not k.startswith("x-")}
            schemes = sorted({name for req in security for name in req})
            if schemes:
                entry["security"] = schemes
            ops.append(entry)
    return {"title": doc["info"]["title"], "version": doc["info"]["version"], "operations": ops}


def _dump_json(obj: Any) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _start_generator(slug: str, out_dir: Path) -> tuple[subprocess.Popen[bytes], Path]:
    """Start openapi-python-client on the spec; its output goes to files (no pipe to drain)."""
    target = out_dir / f"{slug}-client"
    cmd = [
        "openapi-python-client",
        "generate",
        "--path",
        str(SPECS / slug / "openapi.yaml"),
        "--config",
        str(SPECS / slug / "codegen.yaml"),
        "--meta",
        "uv",
        "--custom-template-path",
        str(_templates(slug, out_dir)),
        "--output-path",
        str(target),
        "--overwrite",
        "--fail-on-warning",
    ]
    with (out_dir / "generator.log").open("wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=out_dir, env=_tool_env())  # noqa: S603
    return proc, target


def _finish(
    slug: str,
    doc: dict[str, Any],
    out_dir: Path,
    digest: str,
    versions: dict[str, str],
    proc: subprocess.Popen[bytes],
    target: Path,
) -> Path:
    """Wait for the generator, then drop tool caches, stamp GENERATED.json, write the manifest."""
    if proc.wait() != 0:
        output = (out_dir / "generator.log").read_text("utf-8", errors="replace")
        raise SpecError(f"{_rel(SPECS / slug / 'openapi.yaml')}: openapi-python-client failed:\n{output}")
    for cache in target.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    stamp = {
        "slug": slug,
        "inputs_sha256": digest,
        "spec_sha256": hashlib.sha256((SPECS / slug / "openapi.yaml").read_bytes()).hexdigest(),
        "spec_version": doc["info"]["version"],
        "tools": versions,
        "note": "Generated by `nox -s generate`. Do not edit: change the spec and regenerate.",
    }
    (target / STAMP).write_text(_dump_json(stamp), encoding="utf-8")
    (out_dir / f"{slug}.ops.json").write_text(_dump_json(operations_manifest(doc)), encoding="utf-8")
    return target


def render(slug: str, doc: dict[str, Any], out_dir: Path, digest: str, versions: dict[str, str]) -> Path:
    """Generate one client into `out_dir/<slug>-client` and its ops manifest beside it."""
    proc, target = _start_generator(slug, out_dir)
    return _finish(slug, doc, out_dir, digest, versions, proc, target)


def load_and_render(slug: str, out_dir: Path, digest: str, versions: dict[str, str]) -> Path:
    """`render(slug, load_spec(slug), ...)`, with the spec validated while the generator runs.

    The generator is a separate process, so validating the spec here meanwhile costs no wall time
    on a machine with a core to spare; an invalid spec stops the generator and raises the
    validation's SpecError (with its line and JSON pointer) as before, whatever the generator said.
    """
    proc, target = _start_generator(slug, out_dir)
    try:
        doc = load_spec(slug)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    return _finish(slug, doc, out_dir, digest, versions, proc, target)


def _recorded_hash(slug: str) -> str | None:
    stamp = GENERATED / f"{slug}-client" / STAMP
    if not stamp.exists():
        return None
    try:
        return str(json.loads(stamp.read_text("utf-8")).get("inputs_sha256"))
    except ValueError:
        return None


def generate_one(slug: str, versions: dict[str, str], force: bool) -> str:
    digest = inputs_hash(slug, versions)
    if not force and _recorded_hash(slug) == digest and (OPS_DIR / f"{slug}.json").exists():
        return f"{slug}: up to date"
    with tempfile.TemporaryDirectory(prefix=f"gen-{slug}-") as tmp:
        built = load_and_render(slug, Path(tmp), digest, versions)
        final = GENERATED / f"{slug}-client"
        if final.exists():
            shutil.rmtree(final)
        shutil.copytree(built, final)
        OPS_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / f"{slug}.ops.json", OPS_DIR / f"{slug}.json")
    return f"{slug}: generated"


def _diff_trees(a: Path, b: Path) -> list[str]:
    problems: list[str] = []
    cmp = filecmp.dircmp(a, b)
    problems += [f"only in generated/: {_rel(Path(cmp.left, x))}" for x in cmp.left_only]
    problems += [f"missing from generated/: {_rel(Path(cmp.left, x))}" for x in cmp.right_only]
    for name in cmp.common_files:
        if (Path(a, name).read_bytes()) != Path(b, name).read_bytes():
            problems.append(f"differs: {_rel(Path(a, name))}")
    for sub in cmp.common_dirs:
        problems += _diff_trees(a / sub, b / sub)
    return problems


def check_one(slug: str, versions: dict[str, str]) -> list[str]:
    digest = inputs_hash(slug, versions)
    with tempfile.TemporaryDirectory(prefix=f"chk-{slug}-") as tmp:
        built = load_and_render(slug, Path(tmp), digest, versions)
        final = GENERATED / f"{slug}-client"
        if not final.exists():
            return [f"{slug}: generated/{slug}-client is missing: run `nox -s generate -- {slug}`"]
        problems = _diff_trees(final, built)
        ops = OPS_DIR / f"{slug}.json"
        if not ops.exists() or ops.read_bytes() != (Path(tmp) / f"{slug}.ops.json").read_bytes():
            problems.append(f"differs: {_rel(ops)}")
    return [f"{slug}: {p}" for p in problems]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("--force", action="store_true", help="regenerate even when up to date")
    where = parser.add_argument_group("another tree (default: this repo's)")
    where.add_argument("--specs-dir", type=Path, help="read <dir>/<slug>/openapi.yaml and codegen.yaml")
    where.add_argument("--generated-dir", type=Path, help="write clients to <dir>/<slug>-client")
    where.add_argument("--ops-dir", type=Path, help="write operations manifests to <dir>/<slug>.json")
    args = parser.parse_intermixed_args(argv)  # options before or after the slugs
    configure(args.specs_dir, args.generated_dir, args.ops_dir)
    known = slugs()
    chosen = args.slugs or known
    unknown = sorted(set(chosen) - set(known))
    if unknown:
        print(f"unknown provider(s): {', '.join(unknown)}; known: {', '.join(known)}", file=sys.stderr)
        return 2
    versions = tool_versions()
    failures: list[str] = []

    def run(slug: str) -> str | list[str]:
        if args.command == "generate":
            return generate_one(slug, versions, args.force)
        return check_one(slug, versions)

    with concurrent.futures.ThreadPoolExecutor(max_workers=min(len(chosen), 5) or 1) as pool:
        futures = [pool.submit(run, s) for s in chosen]
        for fut in concurrent.futures.as_completed(futures):
            try:
                result = fut.result()
            except SpecError as exc:
                failures.append(str(exc))
                continue
            if isinstance(result, str):
                print(result)
            else:
                failures += result
    if args.command == "check" and not failures:
        print(f"generated/ matches the specs ({', '.join(chosen)})")
    for f in sorted(failures):
        print(f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
