"""Per-operation facts read from the spec (via a manifest the `generate` session writes).

The manifest `auth_plugins/_ops/<slug>.json` is derived from `specs/<slug>/openapi.yaml` and
drift-checked with the generated clients, so which routes are idempotent, public, encrypted or
user-scoped comes from the spec rather than a hand-copied list.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

import attrs

__all__ = ["Operation", "OperationTable"]


@attrs.frozen
class Operation:
    id: str
    method: str
    path: str
    idempotent: bool = False
    public: bool = False
    encrypted_body: bool = False
    user_token: bool = False
    token_kind: str = "access"  # noqa: S105 - which token a route wants, not a token
    extra: dict[str, Any] = attrs.field(factory=dict, eq=False)


def _template_regex(path: str) -> str:
    out = []
    for part in re.split(r"(\{[^}/]+\})", path):
        if part.startswith("{") and part.endswith("}"):
            out.append("[^/]+")
        else:
            out.append(re.escape(part))
    return "".join(out)


class OperationTable:
    """Finds the operation for (method, URL path); a base URL path prefix is allowed."""

    def __init__(self, operations: list[Operation]) -> None:
        self.operations = operations
        self.by_id = {op.id: op for op in operations}
        # Literal paths first so /cards/active beats /cards/{id}.
        ordered = sorted(operations, key=lambda o: (o.path.count("{"), -len(o.path)))
        self._routes = [
            (op.method, re.compile(r"(?:.*)" + _template_regex(op.path) + r"/?\Z")) for op in ordered
        ]
        self._ordered = ordered

    @classmethod
    def load(cls, slug: str) -> OperationTable:
        # The wheel installs `_ops/` as a directory next to this package: a plain read. Only an
        # import from a zip (zipimport) needs importlib.resources, which loads zipfile.
        try:
            with open(
                os.path.join(os.path.dirname(os.path.dirname(__file__)), "_ops", f"{slug}.json"), "rb"
            ) as f:
                raw = f.read().decode("utf-8")
        except OSError:
            from importlib import resources

            raw = resources.files("auth_plugins._ops").joinpath(f"{slug}.json").read_text("utf-8")
        return cls.from_manifest(json.loads(raw))

    @classmethod
    def from_manifest(cls, manifest: dict[str, Any]) -> OperationTable:
        ops = []
        for item in manifest["operations"]:
            known = {f.name for f in attrs.fields(Operation)} - {"extra"}
            ops.append(
                Operation(
                    **{k: v for k, v in item.items() if k in known},
                    extra={k: v for k, v in item.items() if k not in known},
                )
            )
        return cls(ops)

    def match(self, method: str, path: str) -> Operation | None:
        """The operation for a path as sent on the wire, still percent-encoded (the stack matches
        each call once, on `_httpx_compat.route_key`'s path, and remembers it)."""
        method = method.upper()
        for (m, rx), op in zip(self._routes, self._ordered, strict=True):
            if m == method and rx.match(path):
                return op
        return None
