"""Classify the differences between two versions of an OpenAPI spec for the client generated from it.

A change is *breaking* when code written against the old client can stop working with the new one:
- an operation, parameter, body, response, field or media type is removed;
- data the client sends is narrowed: a new required parameter or field, optional → required, a
  narrower type or enum, a tighter constraint (maxLength, minimum, pattern, …);
- data the client receives is widened or weakened: a field that may now be absent, a type or enum
  that admits values the old client never saw (it may now be `null`, a new status), a new 2xx;
- authentication changes: another security requirement or scheme definition, or a change to the
  transport extensions the auth plugins act on (`x-encrypted-body`, `x-user-token`, `x-token-kind`).
Everything else (a new operation, a new optional field, a relaxed constraint, an extra error
response) is non-breaking. Webhooks flow the other way: their body is data the client receives.

Each change names where it is: a JSON pointer and a line in the spec that has it (the base spec for
a removal). `python -m tools.specdiff OLD.yaml NEW.yaml` prints them and exits 1 on a breaking one.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tools._openapi import HTTP_METHODS

__all__ = ["Change", "Spec", "diff", "render"]

REQUEST, RESPONSE = "request", "response"  # data sent by the client / received by the client
TYPED_FORMATS = {"date", "date-time", "uuid", "binary"}  # the generated Python type depends on these
UPPER_BOUNDS = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")
LOWER_BOUNDS = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")
AUTH_EXTENSIONS = ("x-encrypted-body", "x-user-token", "x-token-kind")


def _esc(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _show(values: Any) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in values)


class Spec:
    """A parsed spec, with the line of every JSON pointer so a change can say where it is."""

    def __init__(self, text: str, name: str = "openapi.yaml") -> None:
        self.name = name
        doc = yaml.safe_load(text)
        self.doc: dict[str, Any] = doc if isinstance(doc, dict) else {}
        self._lines: dict[str, int] = {}
        self._index(yaml.compose(text, Loader=yaml.SafeLoader), "#")

    @classmethod
    def load(cls, path: Path, name: str | None = None) -> Spec:
        return cls(path.read_text("utf-8"), name or str(path))

    def _index(self, node: yaml.Node | None, ptr: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = f"{ptr}/{_esc(key.value)}"
                self._lines.setdefault(child, key.start_mark.line + 1)
                self._index(value, child)
        elif isinstance(node, yaml.SequenceNode):
            for i, value in enumerate(node.value):
                child = f"{ptr}/{i}"
                self._lines.setdefault(child, value.start_mark.line + 1)
                self._index(value, child)

    def line(self, ptr: str) -> int | None:
        while ptr:
            if ptr in self._lines:
                return self._lines[ptr]
            ptr = ptr.rpartition("/")[0]
        return None

    @property
    def version(self) -> str:
        return str(self.doc.get("info", {}).get("version", ""))

    def get(self, ptr: str) -> Any:
        node: Any = self.doc
        for part in ptr.lstrip("#").strip("/").split("/") if ptr.strip("#/") else []:
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                node = node[int(key)]
            elif isinstance(node, dict):
                node = node.get(key)
            else:
                return None
        return node

    def resolve(self, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow local `$ref`s; the pointer becomes the target's, where a change really is."""
        for _ in range(32):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            ref = node["$ref"]
            if not ref.startswith("#"):
                break
            node, ptr = self.get(ref), ref
        return node, ptr


@dataclass(frozen=True)
class Change:
    breaking: bool
    message: str
    pointer: str
    line: int | None = None
    in_base: bool = False  # the pointer is into the base spec (the thing was removed)
    operations: tuple[str, ...] = ()

    def describe(self, spec_path: str, base_path: str | None = None) -> str:
        """Message, operations, and `file:line #pointer` (in the base spec for a removal)."""
        ops = f" [{', '.join(self.operations)}]" if self.operations else ""
        path = (base_path or f"{spec_path} (base)") if self.in_base else spec_path
        where = f"{path}:{self.line}" if self.line else path
        return f"{self.message}{ops}\n      at {where} {self.pointer}"


@dataclass
class _Op:
    key: str
    label: str
    section: str
    op: dict[str, Any]
    ptr: str
    params: dict[tuple[str, str], tuple[Any, str]] = field(default_factory=dict)


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema admits, or None for any."""
    raw = schema.get("type")
    found: set[str]
    if isinstance(raw, str):
        found = {raw}
    elif isinstance(raw, list):
        found = {str(t) for t in raw}
    elif "properties" in schema:
        found = {"object"}
    elif "items" in schema:
        found = {"array"}
    else:
        return None
    if schema.get("nullable") is True:
        found.add("null")
    return frozenset(found)


def _covers(t: str, types: frozenset[str] | None) -> bool:
    return types is None or t in types or (t == "integer" and "number" in types)


def _type_text(types: frozenset[str] | None) -> str:
    return " | ".join(sorted(types)) if types is not None else "any"


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if isinstance(values, list) else None


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _at(label: str, path: list[str]) -> str:
    if not path:
        return label
    text = ""
    for part in path:
        text += part if part == "[]" or not text else f".{part}"
    return f"{label} field `{text}`"


class _Differ:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.found: dict[tuple[bool, str, str, bool], set[str]] = {}
        self.op = ""
        self.seen: set[tuple[str, str, str]] = set()

    def add(self, breaking: bool, message: str, ptr: str, *, in_base: bool = False) -> None:
        ops = self.found.setdefault((breaking, message, ptr, in_base), set())
        if self.op:
            ops.add(self.op)

    def changes(self) -> list[Change]:
        out = []
        for (breaking, message, ptr, in_base), ops in self.found.items():
            line = (self.old if in_base else self.new).line(ptr)
            out.append(Change(breaking, message, ptr, line, in_base, tuple(sorted(ops))))
        return sorted(out, key=lambda c: (not c.breaking, c.line or 0, c.pointer, c.message))

    # --- operations -------------------------------------------------------------------------

    def operations(self, spec: Spec) -> dict[str, _Op]:
        ops: dict[str, _Op] = {}
        for section in ("paths", "webhooks"):
            for path, raw_item in sorted((spec.doc.get(section) or {}).items()):
                item, item_ptr = spec.resolve(raw_item, f"#/{section}/{_esc(path)}")
                if not isinstance(item, dict):
                    continue
                shared = self._params(spec, item.get("parameters"), f"{item_ptr}/parameters")
                for method in HTTP_METHODS:
                    op = item.get(method)
                    if not isinstance(op, dict):
                        continue
                    ptr = f"{item_ptr}/{method}"
                    key = str(op.get("operationId") or f"{method.upper()} {path}")
                    where = f"{method.upper()} {path}"
                    label = f"webhook {key} ({where})" if section == "webhooks" else f"{key} ({where})"
                    params = {**shared, **self._params(spec, op.get("parameters"), f"{ptr}/parameters")}
                    ops[key] = _Op(key, label, section, op, ptr, params)
        return ops

    @staticmethod
    def _params(spec: Spec, raw: Any, ptr: str) -> dict[tuple[str, str], tuple[Any, str]]:
        found: dict[tuple[str, str], tuple[Any, str]] = {}
        for i, entry in enumerate(raw or []):
            param, pptr = spec.resolve(entry, f"{ptr}/{i}")
            if isinstance(param, dict) and "name" in param:
                name = str(param["name"])
                loc = str(param.get("in", ""))
                found[(loc, name.lower() if loc == "header" else name)] = (param, pptr)
        return found

    def run(self) -> list[Change]:
        old_ops, new_ops = self.operations(self.old), self.operations(self.new)
        for key in sorted(old_ops.keys() - new_ops.keys()):
            self.op = ""
            self.add(True, f"operation removed: {old_ops[key].label}", old_ops[key].ptr, in_base=True)
        for key in sorted(new_ops.keys() - old_ops.keys()):
            self.op = ""
            self.add(False, f"operation added: {new_ops[key].label}", new_ops[key].ptr)
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.op, self.seen = key, set()
            self.operation(old_ops[key], new_ops[key])
        self.op = ""
        return self.changes()

    def operation(self, o: _Op, n: _Op) -> None:
        if o.label != n.label:
            self.add(False, f"operation moved: {o.label} → {n.label}", n.ptr)
        if n.op.get("deprecated") and not o.op.get("deprecated"):
            self.add(False, "operation deprecated", f"{n.ptr}/deprecated")
        webhook = n.section == "webhooks"
        sent, received = (RESPONSE, REQUEST) if webhook else (REQUEST, RESPONSE)
        self.parameters(o, n, sent)
        self.request_body(o, n, sent, "webhook body" if webhook else "request body")
        self.responses(o, n, received)
        if not webhook:
            self.security(o, n)
        for ext in AUTH_EXTENSIONS:
            if o.op.get(ext) != n.op.get(ext):
                self.add(True, f"auth changed: {ext} {o.op.get(ext)!r} → {n.op.get(ext)!r}", f"{n.ptr}/{ext}")
        if bool(o.op.get("x-idempotent")) != bool(n.op.get("x-idempotent")):
            now = "idempotent (retried)" if n.op.get("x-idempotent") else "not idempotent (not retried)"
            self.add(False, f"operation is now {now}", f"{n.ptr}/x-idempotent")

    def parameters(self, o: _Op, n: _Op, flow: str) -> None:
        for loc, name in sorted(o.params.keys() - n.params.keys()):
            _, ptr = o.params[(loc, name)]
            self.add(True, f"parameter `{name}` ({loc}) removed", ptr, in_base=True)
        for loc, name in sorted(n.params.keys() - o.params.keys()):
            param, ptr = n.params[(loc, name)]
            required = bool(param.get("required"))
            if flow == REQUEST and required:
                self.add(True, f"parameter `{name}` ({loc}) added as required", ptr)
            else:
                self.add(False, f"parameter `{name}` ({loc}) added{'' if required else ' (optional)'}", ptr)
        for loc, name in sorted(o.params.keys() & n.params.keys()):
            (op_, optr), (np_, nptr) = o.params[(loc, name)], n.params[(loc, name)]
            label = f"parameter `{name}` ({loc})"
            self.required(bool(op_.get("required")), bool(np_.get("required")), label, nptr, flow)
            self.schema(op_.get("schema"), f"{optr}/schema", np_.get("schema"), f"{nptr}/schema", flow, label)

    def required(self, was: bool, now: bool, label: str, ptr: str, flow: str) -> None:
        if was == now:
            return
        if flow == REQUEST:
            self.add(now, f"{label} is now {'required' if now else 'optional'}", ptr)
        else:
            self.add(was, f"{label} {'may now be absent' if was else 'is now always present'}", ptr)

    def request_body(self, o: _Op, n: _Op, flow: str, label: str) -> None:
        ob, obp = self.old.resolve(o.op.get("requestBody"), f"{o.ptr}/requestBody")
        nb, nbp = self.new.resolve(n.op.get("requestBody"), f"{n.ptr}/requestBody")
        if not isinstance(ob, dict) and not isinstance(nb, dict):
            return
        if not isinstance(nb, dict):
            self.add(True, f"{label} removed", obp, in_base=True)
            return
        if not isinstance(ob, dict):
            breaking = flow == REQUEST and bool(nb.get("required"))
            self.add(breaking, f"{label} added{' as required' if breaking else ''}", nbp)
            return
        self.required(bool(ob.get("required")), bool(nb.get("required")), label, f"{nbp}/required", flow)
        self.content(ob, obp, nb, nbp, flow, label)

    def content(
        self, o: dict[str, Any], optr: str, n: dict[str, Any], nptr: str, flow: str, label: str
    ) -> None:
        oc, nc = o.get("content") or {}, n.get("content") or {}
        for media in sorted(oc.keys() - nc.keys()):
            self.add(
                True, f"{label}: media type {media} removed", f"{optr}/content/{_esc(media)}", in_base=True
            )
        for media in sorted(nc.keys() - oc.keys()):
            breaking = flow == RESPONSE
            self.add(breaking, f"{label}: media type {media} added", f"{nptr}/content/{_esc(media)}")
        for media in sorted(oc.keys() & nc.keys()):
            om, nm = oc[media] or {}, nc[media] or {}
            omp, nmp = f"{optr}/content/{_esc(media)}", f"{nptr}/content/{_esc(media)}"
            self.schema(om.get("schema"), f"{omp}/schema", nm.get("schema"), f"{nmp}/schema", flow, label)

    def responses(self, o: _Op, n: _Op, flow: str) -> None:
        orr = {str(k): v for k, v in (o.op.get("responses") or {}).items()}
        nrr = {str(k): v for k, v in (n.op.get("responses") or {}).items()}
        for code in sorted(orr.keys() - nrr.keys()):
            success = code.startswith("2")
            self.add(success, f"response {code} removed", f"{o.ptr}/responses/{code}", in_base=True)
        for code in sorted(nrr.keys() - orr.keys()):
            success = code.startswith("2")
            self.add(success and flow == RESPONSE, f"response {code} added", f"{n.ptr}/responses/{code}")
        for code in sorted(orr.keys() & nrr.keys()):
            ob, obp = self.old.resolve(orr[code], f"{o.ptr}/responses/{code}")
            nb, nbp = self.new.resolve(nrr[code], f"{n.ptr}/responses/{code}")
            if isinstance(ob, dict) and isinstance(nb, dict):
                self.content(ob, obp, nb, nbp, flow, f"response {code}")

    # --- security ---------------------------------------------------------------------------

    def _requirements(self, spec: Spec, op: _Op) -> frozenset[frozenset[tuple[str, tuple[str, ...]]]]:
        reqs = op.op["security"] if "security" in op.op else spec.doc.get("security", [])
        if not reqs:
            return frozenset({frozenset()})
        return frozenset(
            frozenset((str(name), tuple(sorted(scopes or []))) for name, scopes in (req or {}).items())
            for req in reqs
        )

    @staticmethod
    def _req_text(reqs: frozenset[frozenset[tuple[str, tuple[str, ...]]]]) -> str:
        alts = sorted(" + ".join(sorted(name for name, _ in alt)) or "none" for alt in reqs)
        return " or ".join(alts)

    def security(self, o: _Op, n: _Op) -> None:
        old, new = self._requirements(self.old, o), self._requirements(self.new, n)
        ptr = f"{n.ptr}/security" if "security" in n.op else "#/security"
        if old != new:
            text = f"{self._req_text(old)} → {self._req_text(new)}"
            if frozenset() in new:
                self.add(False, f"auth relaxed: {text}", ptr)
            elif old - new:
                self.add(True, f"auth changed: {text}", ptr)
            else:
                self.add(False, f"auth alternative added: {text}", ptr)
        used = sorted({name for alt in old for name, _ in alt} & {name for alt in new for name, _ in alt})
        for name in used:
            sptr = f"#/components/securitySchemes/{_esc(name)}"
            os_, _ = self.old.resolve(self.old.get(sptr), sptr)
            ns_, nsp = self.new.resolve(self.new.get(sptr), sptr)
            if not isinstance(ns_, dict):
                self.add(True, f"security scheme `{name}` removed", sptr, in_base=True)
                continue
            if not isinstance(os_, dict):
                continue
            for key in sorted((os_.keys() | ns_.keys()) - {"description"}):
                if os_.get(key) != ns_.get(key) and not key.startswith("x-inferred"):
                    was, now = json.dumps(os_.get(key)), json.dumps(ns_.get(key))
                    self.add(True, f"auth changed: security scheme `{name}` {key} {was} → {now}", nsp)

    # --- schemas ----------------------------------------------------------------------------

    def _flatten(
        self, spec: Spec, schema: Any, ptr: str, depth: int = 0
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """allOf merged into one object schema; with the pointer each property really lives at."""
        if not isinstance(schema, dict):
            return {}, {}
        pointers = {str(k): f"{ptr}/properties/{_esc(k)}" for k in schema.get("properties") or {}}
        if "allOf" not in schema or depth > 16:
            return schema, pointers
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        props = dict(schema.get("properties") or {})
        required = set(schema.get("required") or [])
        for i, member in enumerate(schema["allOf"]):
            part, pptr = spec.resolve(member, f"{ptr}/allOf/{i}")
            flat, fptrs = self._flatten(spec, part, pptr, depth + 1)
            for name, sub in (flat.get("properties") or {}).items():
                props.setdefault(name, sub)
                pointers.setdefault(str(name), fptrs[str(name)])
            required |= set(flat.get("required") or [])
            for key, value in flat.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        if props:
            merged["properties"] = props
            merged.setdefault("type", "object")
        merged["required"] = sorted(required)
        return merged, pointers

    def _variants(self, spec: Spec, raw: Any, schema: dict[str, Any], ptr: str) -> dict[str, tuple[Any, str]]:
        """A union's members by identity (the $ref name, else the types); a plain schema is one."""

        def key(member: Any, resolved: Any) -> str:
            if isinstance(member, dict) and isinstance(member.get("$ref"), str):
                return str(member["$ref"]).rsplit("/", 1)[-1]
            return _type_text(_types(resolved)) if isinstance(resolved, dict) else "any"

        for word in ("oneOf", "anyOf"):
            if isinstance(schema.get(word), list):
                out: dict[str, tuple[Any, str]] = {}
                for i, member in enumerate(schema[word]):
                    mptr = f"{ptr}/{word}/{i}"
                    resolved, _ = spec.resolve(member, mptr)
                    out.setdefault(key(member, resolved), (member, mptr))
                return out
        return {key(raw, schema): (raw, ptr)}

    def schema(self, o_raw: Any, optr: str, n_raw: Any, nptr: str, flow: str, label: str) -> None:
        self._schema(o_raw, optr, n_raw, nptr, flow, label, [])

    def _schema(
        self, o_raw: Any, optr: str, n_raw: Any, nptr: str, flow: str, label: str, path: list[str]
    ) -> None:
        o, optr = self.old.resolve(o_raw, optr)
        n, nptr = self.new.resolve(n_raw, nptr)
        if not isinstance(o, dict) or not isinstance(n, dict):
            return
        if (optr, nptr, flow) in self.seen:
            return
        self.seen.add((optr, nptr, flow))
        where = _at(label, path)
        if any(isinstance(s.get(w), list) for s in (o, n) for w in ("oneOf", "anyOf")):
            ov, nv = self._variants(self.old, o_raw, o, optr), self._variants(self.new, n_raw, n, nptr)
            for k in sorted(ov.keys() - nv.keys()):
                self.add(flow == REQUEST, f"{where}: variant `{k}` removed", ov[k][1], in_base=True)
            for k in sorted(nv.keys() - ov.keys()):
                verb = "may now be" if flow == RESPONSE else "now also accepts"
                self.add(flow == RESPONSE, f"{where}: {verb} variant `{k}`", nv[k][1])
            for k in sorted(ov.keys() & nv.keys()):
                (om, omp), (nm, nmp) = ov[k], nv[k]
                if (om, omp) != (o_raw, optr) or (nm, nmp) != (n_raw, nptr):
                    self._schema(om, omp, nm, nmp, flow, label, path)
            return
        of, oprops = self._flatten(self.old, o, optr)
        nf, nprops = self._flatten(self.new, n, nptr)
        self._types_enum_format(of, nf, nptr, flow, where)
        if flow == REQUEST:
            self._bounds(of, nf, nptr, where)
        self._object(of, oprops, optr, nf, nprops, nptr, flow, label, path)
        if isinstance(of.get("items"), dict) and isinstance(nf.get("items"), dict):
            self._schema(
                of["items"], f"{optr}/items", nf["items"], f"{nptr}/items", flow, label, [*path, "[]"]
            )
        oa, na = of.get("additionalProperties"), nf.get("additionalProperties")
        if isinstance(oa, dict) and isinstance(na, dict):
            sub = [*path, "{*}"]
            self._schema(
                oa, f"{optr}/additionalProperties", na, f"{nptr}/additionalProperties", flow, label, sub
            )
        elif flow == REQUEST and oa is not False and na is False and "properties" in of:
            self.add(
                True, f"{where}: no longer accepts additional properties", f"{nptr}/additionalProperties"
            )

    def _types_enum_format(
        self, o: dict[str, Any], n: dict[str, Any], nptr: str, flow: str, where: str
    ) -> None:
        ot, nt = _types(o), _types(n)
        tptr = f"{nptr}/type" if "type" in n else nptr
        if ot != nt:
            lost = (ot is None and nt is not None) or any(not _covers(t, nt) for t in ot or ())
            gained = (nt is None and ot is not None) or any(not _covers(t, ot) for t in nt or ())
            text = f"{_type_text(ot)} → {_type_text(nt)}"
            if flow == REQUEST:
                self.add(lost, f"{where}: {'type narrowed' if lost else 'type widened'}: {text}", tptr)
            else:
                self.add(gained, f"{where}: {'type widened' if gained else 'type narrowed'}: {text}", tptr)
        oe, ne = _enum(o), _enum(n)
        if oe != ne:
            eptr = f"{nptr}/enum" if "enum" in n else f"{nptr}/const" if "const" in n else nptr
            if oe is None:
                self.add(flow == REQUEST, f"{where}: now restricted to enum [{_show(ne or [])}]", eptr)
            elif ne is None:
                self.add(flow == RESPONSE, f"{where}: no longer restricted to enum [{_show(oe)}]", nptr)
            else:
                okeys, nkeys = {_key(v) for v in oe}, {_key(v) for v in ne}
                removed = [v for v in oe if _key(v) not in nkeys]
                added = [v for v in ne if _key(v) not in okeys]
                if removed:
                    self.add(flow == REQUEST, f"{where}: enum narrowed: removed {_show(removed)}", eptr)
                if added:
                    self.add(flow == RESPONSE, f"{where}: enum widened: added {_show(added)}", eptr)
        of, nf = o.get("format"), n.get("format")
        if of != nf:
            typed = of in TYPED_FORMATS or nf in TYPED_FORMATS
            fptr = f"{nptr}/format" if "format" in n else nptr
            self.add(typed, f"{where}: format {of or 'none'} → {nf or 'none'}", fptr)

    def _bounds(self, o: dict[str, Any], n: dict[str, Any], nptr: str, where: str) -> None:
        for key in (*UPPER_BOUNDS, *LOWER_BOUNDS):
            ov, nv = _num(o.get(key)), _num(n.get(key))
            if ov == nv:
                continue
            upper = key in UPPER_BOUNDS
            tightened = nv is not None and (ov is None or (nv < ov if upper else nv > ov))
            verb = "constraint tightened" if tightened else "constraint relaxed"
            ptr = f"{nptr}/{key}" if key in n else nptr
            self.add(tightened, f"{where}: {verb}: {key} {o.get(key)} → {n.get(key)}", ptr)
        for key in ("pattern", "multipleOf"):
            if o.get(key) != n.get(key):
                breaking = n.get(key) is not None
                verb = "constraint tightened" if breaking else "constraint relaxed"
                self.add(breaking, f"{where}: {verb}: {key} {o.get(key)!r} → {n.get(key)!r}", nptr)

    def _object(
        self,
        o: dict[str, Any],
        oprops: dict[str, str],
        optr: str,
        n: dict[str, Any],
        nprops: dict[str, str],
        nptr: str,
        flow: str,
        label: str,
        path: list[str],
    ) -> None:
        op_, np_ = o.get("properties") or {}, n.get("properties") or {}
        oreq, nreq = set(o.get("required") or []), set(n.get("required") or [])
        for name in sorted(op_.keys() - np_.keys()):
            self.add(True, f"{_at(label, [*path, name])} removed", oprops[name], in_base=True)
        for name in sorted(np_.keys() - op_.keys()):
            required = name in nreq
            if flow == REQUEST and required:
                self.add(True, f"{_at(label, [*path, name])} added as required", nprops[name])
            else:
                self.add(
                    False,
                    f"{_at(label, [*path, name])} added{'' if required else ' (optional)'}",
                    nprops[name],
                )
        for name in sorted(op_.keys() & np_.keys()):
            where = _at(label, [*path, name])
            self.required(name in oreq, name in nreq, where, f"{nptr}/required", flow)
            self._schema(op_[name], oprops[name], np_[name], nprops[name], flow, label, [*path, name])


def diff(old: Spec, new: Spec) -> list[Change]:
    """Every difference between two specs, breaking ones first, each with where it is."""
    return _Differ(old, new).run()


def render(changes: list[Change], spec_path: str, base_path: str | None = None) -> str:
    lines = []
    for change in changes:
        tag = "BREAKING    " if change.breaking else "non-breaking"
        lines.append(f"  {tag}  {change.describe(spec_path, base_path)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m tools.specdiff OLD.yaml NEW.yaml", file=sys.stderr)
        return 2
    changes = diff(Spec.load(Path(args[0])), Spec.load(Path(args[1])))
    print(render(changes, args[1], args[0]) or "  no changes")
    return 1 if any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
