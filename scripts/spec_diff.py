"""The spec layer of `make api-diff`: what changed between two versions of spec/puffle.yaml, for SDK users.

Each operation is flattened into comparable facts (its parameters, the fields of its request and response bodies,
the enum values reachable from them, its auth and pagination), the facts of both versions are compared, and every
difference is classified by one table, ``RULES``: breaking for code written against the old SDK, or not. Fields
that live in a named component schema are reported once per component (``Lead.email``) with every operation that
uses it, so a change to a shared model is one entry, not one per endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# (what, change) -> (breaking, why). The single place that decides what breaks SDK users.
RULES: dict[tuple[str, str], tuple[bool, str]] = {
    ("operation", "added"): (False, "a new function; existing code is unaffected"),
    ("operation", "removed"): (True, "code calling this function fails to import"),
    ("operation", "moved"): (False, "method or path changed; the function hides it"),
    ("sdk-name", "added"): (False, "a new resource method to call"),
    ("sdk-name", "removed"): (True, "the resource method users call is gone"),
    ("sdk-name", "changed"): (True, "the resource method users call has a new name"),
    ("parameter", "added-optional"): (False, "a new optional argument"),
    ("parameter", "added-required"): (True, "existing calls miss a required argument"),
    ("parameter", "removed"): (True, "calls passing it fail"),
    ("parameter", "renamed"): (True, "calls passing the old keyword fail"),
    ("parameter", "became-required"): (True, "calls leaving it out fail"),
    ("parameter", "became-optional"): (False, "calls passing it still work"),
    ("parameter", "type-changed"): (True, "values of the old type no longer fit"),
    ("request-body", "added-optional"): (False, "a new optional body"),
    ("request-body", "added-required"): (True, "existing calls miss the body"),
    ("request-body", "removed"): (True, "calls passing a body fail"),
    ("request-body", "became-required"): (True, "calls without a body fail"),
    ("request-body", "became-optional"): (False, "calls with a body still work"),
    ("request-field", "added-optional"): (False, "a new optional model field"),
    ("request-field", "added-required"): (True, "existing model constructors miss a required field"),
    ("request-field", "removed"): (True, "code setting it fails"),
    ("request-field", "became-required"): (True, "code leaving it out fails"),
    ("request-field", "became-optional"): (False, "code setting it still works"),
    ("request-field", "type-changed"): (True, "values of the old type no longer fit"),
    ("response-field", "added"): (False, "a new attribute to read"),
    ("response-field", "removed"): (True, "code reading it fails"),
    ("response-field", "became-optional"): (True, "code reading it may now get UNSET"),
    ("response-field", "became-required"): (False, "it is now always present"),
    ("response-field", "type-changed"): (True, "code using the old type breaks"),
    ("enum-value", "added"): (False, "enums are open: unknown values are kept, never fatal"),
    ("enum-value", "removed"): (True, "code naming the member fails"),
    ("auth", "changed"): (True, "the credentials this operation needs changed"),
    ("auth-scheme", "added"): (False, "a new way to authenticate"),
    ("auth-scheme", "removed"): (True, "clients using it can no longer authenticate"),
    ("pagination", "added"): (False, "paginate() now walks this operation"),
    ("pagination", "removed"): (True, "paginate() no longer walks this operation"),
    ("pagination", "changed"): (True, "paging parameters or cursor fields changed"),
}


@dataclass(frozen=True)
class Change:
    what: str
    change: str
    subject: str  # what changed, e.g. "Lead.email", "listLeads query.cursor", "createLead"
    operations: tuple[str, ...]
    detail: str = ""

    @property
    def breaking(self) -> bool:
        return RULES[(self.what, self.change)][0]

    @property
    def why(self) -> str:
        return RULES[(self.what, self.change)][1]

    def as_dict(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "change": self.change,
            "subject": self.subject,
            "operations": list(self.operations),
            "breaking": self.breaking,
            "why": self.why,
            "detail": self.detail,
        }


@dataclass
class Field:
    signature: str
    required: bool


@dataclass
class OperationFacts:
    method_path: str
    sdk_name: str
    params: dict[str, tuple[str, bool, tuple[str, ...]]] = field(default_factory=dict)  # "in.name" -> sig, req, enum
    body: bool | None = None  # None: no request body; else whether it is required
    fields: dict[tuple[str, str], Field] = field(default_factory=dict)  # (direction, subject) -> field
    enums: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # (direction, subject) -> values
    auth: tuple[str, ...] = ()
    pagination: Any = None


class _Walker:
    """Flattens schemas into fields and enums, naming each after the nearest component schema."""

    def __init__(self, spec: dict[str, Any], facts: OperationFacts, direction: str) -> None:
        self.spec = spec
        self.facts = facts
        self.direction = direction

    def resolve(self, schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            return None, schema
        node: Any = self.spec
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return ref.rsplit("/", 1)[-1], node

    def walk(self, schema: Any, subject: str, stack: tuple[str, ...] = ()) -> None:
        if not isinstance(schema, dict):
            return
        name, body = self.resolve(schema)
        if name is not None:
            if name in stack:  # recursive model: its fields are already listed under its name
                return
            stack, subject = (*stack, name), name
        if "enum" in body:
            self.facts.enums[(self.direction, subject)] = frozenset(str(v) for v in body["enum"])
        for key in ("allOf", "oneOf", "anyOf"):
            for part in body.get(key, []):
                self.walk(part, subject, stack)
        required = set(body.get("required", []))
        for prop, sub in (body.get("properties") or {}).items():
            path = f"{subject}.{prop}"
            self.facts.fields[(self.direction, path)] = Field(signature(self, sub), prop in required)
            self.walk(sub, path, stack)
        if "items" in body:
            self.walk(body["items"], f"{subject}[]", stack)
        extra = body.get("additionalProperties")
        if isinstance(extra, dict):
            self.walk(extra, f"{subject}{{}}", stack)


def signature(walker: _Walker, schema: Any) -> str:
    """A short text of a schema's Python-visible type: a change of it changes the generated type."""
    if not isinstance(schema, dict):
        return "any"
    name, body = walker.resolve(schema)
    if name is not None:
        return name
    for key in ("oneOf", "anyOf", "allOf"):
        if key in body:
            return f"{key}[" + ",".join(signature(walker, s) for s in body[key]) + "]"
    kind = body.get("type", "any")
    kinds = "|".join(sorted(kind)) if isinstance(kind, list) else str(kind)
    if "items" in body:
        kinds += f"[{signature(walker, body['items'])}]"
    if body.get("format"):
        kinds += f"<{body['format']}>"
    return kinds


def _json_schema(content: Any) -> Any:
    if not isinstance(content, dict):
        return None
    for media, entry in content.items():
        if "json" in media and isinstance(entry, dict):
            return entry.get("schema")
    first = next(iter(content.values()), None)
    return first.get("schema") if isinstance(first, dict) else None


def operations(spec: dict[str, Any]) -> dict[str, OperationFacts]:
    """Every operation of the spec, by operationId, flattened into comparable facts."""
    out: dict[str, OperationFacts] = {}
    default_auth = spec.get("security", [])
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_id = str(op["operationId"])
            names = op.get("x-puffle-names") or {}
            facts = OperationFacts(f"{method.upper()} {path}", str(names.get("sdk", "")))
            params_walker = _Walker(spec, facts, "request")
            for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
                _, param = params_walker.resolve(raw)
                key = f"{param['in']}.{param['name']}"
                schema = param.get("schema", {})
                _, resolved = params_walker.resolve(schema) if isinstance(schema, dict) else (None, {})
                enum = tuple(sorted(str(v) for v in resolved.get("enum", [])))
                facts.params[key] = (signature(params_walker, schema), bool(param.get("required")), enum)
            body = op.get("requestBody")
            if isinstance(body, dict):
                _, body = params_walker.resolve(body)
                facts.body = bool(body.get("required"))
                params_walker.walk(_json_schema(body.get("content")), f"{op_id} request body")
            response_walker = _Walker(spec, facts, "response")
            for code, response in (op.get("responses") or {}).items():
                if str(code).startswith("2") and isinstance(response, dict):
                    _, response = response_walker.resolve(response)
                    response_walker.walk(_json_schema(response.get("content")), f"{op_id} response")
            security = op.get("security", default_auth)
            facts.auth = tuple(sorted({name for req in security for name in req}))
            facts.pagination = op.get("x-puffle-pagination")
            out[op_id] = facts
    return out


def _under(path: str, others: set[str]) -> bool:
    """True when ``path`` is nested in one of ``others`` (then only the outer change is worth reporting)."""
    return any(path.startswith(o + ".") or path.startswith(o + "[]") or path.startswith(o + "{") for o in others)


def _param_changes(op_id: str, old: OperationFacts, new: OperationFacts) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    removed = sorted(set(old.params) - set(new.params))
    added = sorted(set(new.params) - set(old.params))
    # A parameter that disappears while one of the same place and type appears is a rename.
    for gone in list(removed):
        match = next(
            (a for a in added if a.split(".")[0] == gone.split(".")[0] and new.params[a][:2] == old.params[gone][:2]),
            None,
        )
        if match is not None:
            removed.remove(gone)
            added.remove(match)
            out.append(("parameter", "renamed", f"{op_id} {gone}", f"{gone} -> {match}"))
    out += [("parameter", "removed", f"{op_id} {p}", "") for p in removed]
    for p in added:
        kind = "added-required" if new.params[p][1] else "added-optional"
        out.append(("parameter", kind, f"{op_id} {p}", new.params[p][0]))
    for p in sorted(set(old.params) & set(new.params)):
        (old_sig, old_req, old_enum), (new_sig, new_req, new_enum) = old.params[p], new.params[p]
        if old_sig != new_sig:
            out.append(("parameter", "type-changed", f"{op_id} {p}", f"{old_sig} -> {new_sig}"))
        if old_req != new_req:
            out.append(("parameter", "became-required" if new_req else "became-optional", f"{op_id} {p}", ""))
        out += [("enum-value", "added", f"{op_id} {p}", v) for v in sorted(set(new_enum) - set(old_enum))]
        out += [("enum-value", "removed", f"{op_id} {p}", v) for v in sorted(set(old_enum) - set(new_enum))]
    return out


def _field_changes(old: OperationFacts, new: OperationFacts) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    for direction in ("request", "response"):
        what = f"{direction}-field"
        before = {p: f for (d, p), f in old.fields.items() if d == direction}
        after = {p: f for (d, p), f in new.fields.items() if d == direction}
        removed, added = set(before) - set(after), set(after) - set(before)
        out += [(what, "removed", p, "") for p in sorted(removed) if not _under(p, removed)]
        for p in sorted(added):
            if _under(p, added):
                continue
            kind = "added" if direction == "response" else ("added-required" if after[p].required else "added-optional")
            out.append((what, kind, p, after[p].signature))
        for p in sorted(set(before) & set(after)):
            if before[p].signature != after[p].signature:
                out.append((what, "type-changed", p, f"{before[p].signature} -> {after[p].signature}"))
            if before[p].required != after[p].required:
                out.append((what, "became-required" if after[p].required else "became-optional", p, ""))
        old_enums = {s: v for (d, s), v in old.enums.items() if d == direction}
        new_enums = {s: v for (d, s), v in new.enums.items() if d == direction}
        for subject in sorted(set(old_enums) & set(new_enums)):
            out += [("enum-value", "added", subject, v) for v in sorted(new_enums[subject] - old_enums[subject])]
            out += [("enum-value", "removed", subject, v) for v in sorted(old_enums[subject] - new_enums[subject])]
    return out


def _operation_changes(op_id: str, old: OperationFacts, new: OperationFacts) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    if old.method_path != new.method_path:
        out.append(("operation", "moved", op_id, f"{old.method_path} -> {new.method_path}"))
    if old.sdk_name != new.sdk_name:
        kind = "added" if not old.sdk_name else "removed" if not new.sdk_name else "changed"
        out.append(("sdk-name", kind, op_id, f"{old.sdk_name or '-'} -> {new.sdk_name or '-'}"))
    if old.body != new.body:
        if old.body is None:
            out.append(("request-body", "added-required" if new.body else "added-optional", op_id, ""))
        elif new.body is None:
            out.append(("request-body", "removed", op_id, ""))
        else:
            out.append(("request-body", "became-required" if new.body else "became-optional", op_id, ""))
    if old.auth != new.auth:
        out.append(("auth", "changed", op_id, f"{', '.join(old.auth) or 'none'} -> {', '.join(new.auth) or 'none'}"))
    if old.pagination != new.pagination:
        kind = "added" if old.pagination is None else "removed" if new.pagination is None else "changed"
        out.append(("pagination", kind, op_id, ""))
    return out


def diff(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> list[Change]:
    """Every change from ``old_spec`` to ``new_spec``, breaking ones first, each naming the operations it touches."""
    old_ops, new_ops = operations(old_spec), operations(new_spec)
    found: dict[tuple[str, str, str, str], set[str]] = {}

    def note(op_id: str, entries: list[tuple[str, str, str, str]]) -> None:
        for entry in entries:
            found.setdefault(entry, set()).add(op_id)

    for op_id in sorted(set(new_ops) - set(old_ops)):
        note(op_id, [("operation", "added", op_id, new_ops[op_id].method_path)])
    for op_id in sorted(set(old_ops) - set(new_ops)):
        note(op_id, [("operation", "removed", op_id, old_ops[op_id].method_path)])
    for op_id in sorted(set(old_ops) & set(new_ops)):
        old, new = old_ops[op_id], new_ops[op_id]
        note(op_id, _operation_changes(op_id, old, new) + _param_changes(op_id, old, new) + _field_changes(old, new))
    old_schemes = set((old_spec.get("components") or {}).get("securitySchemes") or {})
    new_schemes = set((new_spec.get("components") or {}).get("securitySchemes") or {})
    for name in sorted(new_schemes - old_schemes):
        found.setdefault(("auth-scheme", "added", name, ""), set())
    for name in sorted(old_schemes - new_schemes):
        found.setdefault(("auth-scheme", "removed", name, ""), set())
    changes = [Change(w, c, s, tuple(sorted(ops)), d) for (w, c, s, d), ops in found.items()]
    return sorted(changes, key=lambda c: (not c.breaking, c.what, c.subject, c.change, c.detail))
