"""The x-puffle-* vocabulary: its JSON Schema accepts the spec, rejects malformed extensions, and has one reader."""

from __future__ import annotations

import copy
import importlib
import importlib.resources
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest

from puffle import _vocabulary as vocabulary
from puffle_client._operations import OPERATIONS
from tests.spec.conftest import ROOT, SPEC, operations

SCHEMA_PATH = ROOT / "spec" / "x-puffle.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _checker() -> ModuleType:
    path = ROOT / "scripts" / "check_extensions.py"
    spec = importlib.util.spec_from_file_location("check_extensions_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


problems = _checker().problems


def _op(document: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _first(predicate: Any) -> str:
    return next(str(op["operationId"]) for _, _, op in operations() if predicate(op))


def test_the_schema_is_valid_json_schema_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_spec_satisfies_the_schema_and_the_reader() -> None:
    assert problems(SPEC, SCHEMA) == []


def test_the_package_ships_the_same_schema() -> None:
    shipped = importlib.resources.files("puffle_client").joinpath("x-puffle.schema.json").read_text(encoding="utf-8")
    assert json.loads(shipped) == SCHEMA


def test_schema_and_reader_name_the_same_mock_actions_and_pagination_styles() -> None:
    defs = SCHEMA["$defs"]
    assert tuple(defs["mockTypes"]["properties"]["action"]["enum"]) == vocabulary.MOCK_ACTIONS
    assert {f"mock-{a}" for a in vocabulary.MOCK_ACTIONS} == {k for k in defs if k.startswith("mock-")}
    assert tuple(defs["pagination"]["properties"]["style"]["enum"]) == vocabulary.PAGINATION_STYLES
    assert tuple(defs["mockFilter"]["properties"]["op"]["enum"]) == vocabulary.FILTER_OPERATORS


def test_every_documented_mock_option_is_allowed_for_some_action() -> None:
    typed = set(SCHEMA["$defs"]["mockTypes"]["properties"])
    allowed = {o for a in vocabulary.MOCK_ACTIONS for o in SCHEMA["$defs"][f"mock-{a}"]["propertyNames"]["enum"]}
    assert allowed == typed


def _broken(operation_id: str, change: Any) -> list[str]:
    document = copy.deepcopy(SPEC)
    change(_op(document, operation_id))
    return problems(document, SCHEMA)


LIST = _first(lambda op: op["x-puffle-mock"]["action"] == "list")
CREATE = _first(lambda op: op["x-puffle-mock"]["action"] == "create")
PAGED = _first(lambda op: (op.get("x-puffle-pagination") or {}).get("style") == "cursor")
TASK = _first(lambda op: "x-puffle-task" in op)
IDEMPOTENT = _first(lambda op: "x-puffle-idempotent" in op)
FILTERED = _first(lambda op: bool(op["x-puffle-mock"].get("filters")))
GET = _first(lambda op: op["x-puffle-mock"]["action"] == "get")


def _filter(**spec: Any) -> Any:
    return lambda op: op["x-puffle-mock"].update(filters={"q": spec})


BREAKAGES = {
    # an option that belongs to another action (the options are checked per action, not as one global set)
    "search-on-create": (CREATE, lambda op: op["x-puffle-mock"].update(search="q")),
    "unknown-action": (LIST, lambda op: op["x-puffle-mock"].update(action="explode")),
    "seed-not-a-count": (LIST, lambda op: op["x-puffle-mock"].update(seed="many")),
    "unknown-extension": (LIST, lambda op: op.update({"x-puffle-colour": "blue"})),
    "inferred-without-note": (LIST, lambda op: op.update({"x-puffle-inferred": True, "x-puffle-note": None})),
    "names-without-cli": (LIST, lambda op: op["x-puffle-names"].pop("cli")),
    "cursor-without-next": (PAGED, lambda op: op["x-puffle-pagination"].pop("nextCursor")),
    "pagination-unknown-param": (PAGED, lambda op: op["x-puffle-pagination"].update(limitParam="size")),
    "task-polls-nothing": (TASK, lambda op: op["x-puffle-task"].update(poll="noSuchOperation")),
    "task-status-twice": (TASK, lambda op: op["x-puffle-task"].update(blocked=op["x-puffle-task"]["success"])),
    "idempotent-unjustified": (IDEMPOTENT, lambda op: op.update({"x-puffle-idempotent": {}})),
    "idempotent-bare-true": (IDEMPOTENT, lambda op: op.update({"x-puffle-idempotent": True})),
    "already-done-not-4xx": (IDEMPOTENT, lambda op: op["x-puffle-idempotent"].update(alreadyDone=[200])),
    # the mock's list filters: a known operator, a field to test (search alone may scan the whole item)
    "filter-unknown-op": (FILTERED, _filter(op="like", field="name")),
    "filter-without-field": (FILTERED, _filter(op="eq")),
    "filter-field-and-fields": (FILTERED, _filter(op="eq", field="a", fields=["b"])),
    "filter-unknown-key": (FILTERED, _filter(op="eq", field="a", regex=True)),
    "filter-include-without-value": (FILTERED, _filter(op="include", field="status")),
    "filter-on-create": (CREATE, _filter(op="eq", field="a")),
    "unfiltered-without-reason": (FILTERED, lambda op: op["x-puffle-mock"].update(unfiltered={"sort": ""})),
    "lookup-by-nothing": (LIST, lambda op: op["x-puffle-mock"].update(lookupBy=[])),
    "counts-key-not-a-path": (LIST, lambda op: op["x-puffle-mock"].update(counts={"a..b": "leads"})),
    "set-on-list": (LIST, lambda op: op["x-puffle-mock"].update(set={"a": 1})),
}

ACCEPTED = {
    "search-over-the-whole-item": (FILTERED, _filter(op="search")),
    "eq-is-the-default-op": (FILTERED, _filter(fields=["id", "name"])),
    "include-with-value": (FILTERED, _filter(op="include", field="status", value="dismissed", default=False)),
    "set-on-get": (GET, lambda op: op["x-puffle-mock"].update(set={"unread_count": 0})),
}


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_a_malformed_extension_is_reported(case: str) -> None:
    operation_id, change = BREAKAGES[case]
    found = _broken(operation_id, change)
    assert found, case
    assert all(operation_id in line for line in found), found


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_a_wellformed_mock_option_is_accepted(case: str) -> None:
    operation_id, change = ACCEPTED[case]
    document = copy.deepcopy(SPEC)
    change(_op(document, operation_id))
    schema_only = {**SCHEMA, "$ref": "#/$defs/operation"}
    assert list(jsonschema.Draft202012Validator(schema_only).iter_errors(_op(document, operation_id))) == []


def test_a_marker_outside_operations_is_checked() -> None:
    document = copy.deepcopy(SPEC)
    document["components"]["schemas"]["ErrorEnvelope"]["x-puffle-inferred"] = True
    assert any("x-puffle-note" in line for line in problems(document, SCHEMA))


# -- the reader -------------------------------------------------------------------------------------------------

RECORDS = vocabulary.read_operations(SPEC)


def test_one_record_per_operation() -> None:
    assert sorted(RECORDS) == sorted(op["operationId"] for _, _, op in operations())
    assert sorted(RECORDS) == sorted(OPERATIONS)


@pytest.mark.parametrize("operation_id", sorted(RECORDS))
def test_generated_metadata_is_the_readers_record(operation_id: str) -> None:
    record = RECORDS[operation_id]
    meta = importlib.import_module(OPERATIONS[operation_id]["module"]).PUFFLE_OPERATION
    assert (meta["method"], meta["path"], meta["auth"]) == (record.method, record.path, record.auth)
    assert meta["idempotent"] is record.idempotent
    assert meta["idempotency_key"] == record.idempotency.key
    assert meta["names"] == (record.names.as_dict() if record.names else None)
    assert meta["extensions"] == dict(record.extensions)
    assert (meta["pagination"] or {}).get("style") == (record.pagination.style if record.pagination else None)
    if record.task is not None:
        assert meta["task"]["poll_operation"] == record.task.poll
        assert meta["task"]["blocked"] == list(record.task.blocked)


def test_names_split_the_sdk_path_and_the_cli_words() -> None:
    lists_add = next(r for r in RECORDS.values() if r.names and r.names.sdk == "lists.leads.add")
    assert lists_add.names is not None
    assert lists_add.names.as_dict() == {
        "sdk": "lists.leads.add",
        "resource": ["lists", "leads"],
        "method": "add",
        "cli": ["list", "lead", "add"],
    }
    session_only = [r for r in RECORDS.values() if r.auth == "session"]
    assert session_only and all(r.names and r.names.cli is None for r in session_only)


def test_safe_and_idempotent_follow_the_method_unless_declared() -> None:
    for record in RECORDS.values():
        assert record.safe is (record.method in vocabulary.SAFE_METHODS)
        if record.method in vocabulary.IDEMPOTENT_METHODS:
            assert record.idempotent
        else:
            assert record.idempotent is record.idempotency.declared, record.operation_id


def test_auth_rule() -> None:
    document = {"security": [{"bearerAuth": []}]}
    assert vocabulary.auth_of({}, document) == "bearer"
    assert vocabulary.auth_of({"security": []}, document) == "none"
    assert vocabulary.auth_of({"security": [{"sessionCookie": []}]}, document) == "session"
    assert vocabulary.auth_of({"security": [{"sessionCookie": []}, {"bearerAuth": []}]}, document) == "bearer"


def test_the_reader_needs_only_the_standard_library() -> None:
    source = Path(vocabulary.__file__).read_text(encoding="utf-8")
    imported = {line.split()[1].split(".")[0] for line in source.splitlines() if line.startswith(("import ", "from "))}
    assert imported <= {"__future__", "collections", "dataclasses", "types", "typing"}
