"""A synthetic API change for the rehearsal: four edits to a spec, each on its own operation, picked from data.

Targets are chosen so each edit is one change in the report: models referenced by a single operation only, and
parameters no ``x-puffle-*`` extension mentions (renaming a cursor parameter would also change pagination).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

METHODS = ("get", "put", "post", "patch", "delete")
NEW_OPERATION = "getRehearsalStatus"
NEW_FIELD = "rehearsalNote"


@dataclass(frozen=True)
class Expected:
    additive: set[tuple[str, str, str, tuple[str, ...]]]
    breaking: set[tuple[str, str, str, tuple[str, ...]]]
    renamed_param: tuple[str, str]  # operationId, old parameter name
    removed_field: tuple[str, str]  # schema name, field name


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, item[m]) for p, item in spec["paths"].items() for m in METHODS if m in item]


def _schema_ref(node: Any) -> str | None:
    """The component name when ``node`` (a requestBody or response) is exactly a JSON ``$ref`` to one."""
    schema = ((node or {}).get("content") or {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None


def _extensions(op: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in op.items() if k.startswith("x-puffle-") and k != "x-puffle-names"})


def apply(spec: dict[str, Any]) -> Expected:
    """Edit ``spec`` in place: add an operation, add an optional request field, remove a response field and
    rename a query parameter. Returns the changes the api-diff report must show."""
    text = json.dumps(spec)
    schemas = spec["components"]["schemas"]

    def single_use(name: str | None) -> bool:
        return name is not None and text.count(f'"#/components/schemas/{name}"') == 1

    used: set[str] = set()
    # Names any operation's x-puffle-* extensions refer to (a task polls another operation with its parameters, a
    # mock filter names a query parameter): renaming or removing one would make the spec inconsistent, not changed.
    referenced = " ".join(_extensions(o) for _, _, o in _operations(spec))
    # 1. a new operation: a copy of a read-only operation under a new path and name (additive).
    method, _, template = next(o for o in _operations(spec) if o[0] == "get" and not o[2].get("parameters"))
    new_op = copy.deepcopy(template)
    new_op["operationId"] = NEW_OPERATION
    new_op["x-puffle-names"] = {"sdk": "rehearsal.status", "cli": None}
    spec["paths"]["/api/rehearsal/status"] = {method: new_op}
    used.add(template["operationId"])  # its models are now shared with the new operation
    # 2. a new optional field in a request model only one operation sends (additive).
    _, _, op = next(
        o
        for o in _operations(spec)
        if single_use(_schema_ref(o[2].get("requestBody")))
        and "properties" in schemas[_schema_ref(o[2]["requestBody"])]
    )
    request_model = _schema_ref(op["requestBody"])
    assert request_model is not None
    schemas[request_model]["properties"][NEW_FIELD] = {"type": "string", "description": "Rehearsal field."}
    field_op = op["operationId"]
    used.add(field_op)
    # 3. a response field removed from a model only one operation returns (breaking).
    removed: tuple[str, str] | None = None
    for _, _, op in _operations(spec):
        model = _schema_ref(op.get("responses", {}).get("200"))
        if op["operationId"] in used or model is None or not single_use(model):
            continue
        props = schemas[model].get("properties") or {}
        candidates = [p for p in props if f'"{p}"' not in referenced]
        if candidates:
            removed = (model, candidates[-1])
            del props[candidates[-1]]
            if candidates[-1] in schemas[model].get("required", []):
                schemas[model]["required"].remove(candidates[-1])
            removed_op = op["operationId"]
            used.add(removed_op)
            break
    assert removed is not None, "no single-use response model in the spec"
    # 4. an optional query parameter renamed (breaking).
    renamed: tuple[str, str] | None = None
    for _, _, op in _operations(spec):
        if op["operationId"] in used:
            continue
        # Other operations may poll this one with its parameters; its own mock declaration is renamed with it.
        elsewhere = " ".join(_extensions(o) for _, _, o in _operations(spec) if o is not op)
        for param in op.get("parameters", []):
            if param.get("in") == "query" and "$ref" not in param and f'"{param["name"]}"' not in elsewhere:
                old, new = param["name"], f"{param['name']}Renamed"
                renamed = (op["operationId"], old)
                param["name"] = new
                mock = op.get("x-puffle-mock") or {}
                for key in ("filters", "unfiltered"):
                    if old in (mock.get(key) or {}):
                        mock[key][new] = mock[key].pop(old)
                break
        if renamed:
            break
    assert renamed is not None, "no plain query parameter in the spec"
    return Expected(
        additive={
            ("operation", "added", NEW_OPERATION, (NEW_OPERATION,)),
            ("request-field", "added-optional", f"{request_model}.{NEW_FIELD}", (field_op,)),
        },
        breaking={
            ("response-field", "removed", f"{removed[0]}.{removed[1]}", (removed_op,)),
            ("parameter", "renamed", f"{renamed[0]} query.{renamed[1]}", (renamed[0],)),
        },
        renamed_param=renamed,
        removed_field=removed,
    )
