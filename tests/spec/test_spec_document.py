"""The spec itself: valid OpenAPI 3.1, exactly the operations of the public API, examples valid, gaps marked."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.spec.conftest import SPEC, examples_of, operations, response_examples

DATA = Path(__file__).resolve().parents[1] / "data" / "operations.tsv"
# Statuses the overview gives every route (auth, rate limits, server errors); the rest come from each page
# (tests/spec/test_conventions.py checks them against the copied reference pages).
ERROR_STATUSES = {"401", "429", "500"}


def table() -> dict[tuple[str, str], dict[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        return {(r["method"].lower(), r["path"]): r for r in csv.DictReader(fh, delimiter="\t")}


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_operations_match_the_public_api_table() -> None:
    expected = table()
    actual = {(m, p): op for m, p, op in operations()}
    assert set(actual) == set(expected)
    assert len(actual) == 88
    for key, row in expected.items():
        op = actual[key]
        assert op["operationId"] == row["operationId"], key
        assert op["tags"] == [row["tag"]], key
        style = (op.get("x-puffle-pagination") or {}).get("style", "-")
        assert style == row["pagination"], key
        session = op.get("security") == [{"sessionCookie": []}]
        assert session == (row["auth"] == "session"), key


@pytest.mark.parametrize(("method", "path", "op"), list(operations()), ids=lambda v: v if isinstance(v, str) else "")
def test_operation_is_documented(method: str, path: str, op: dict[str, Any]) -> None:
    assert op.get("summary") and op.get("description")
    assert op.get("externalDocs", {}).get("url", "").startswith("https://docs.puffle.ai/")
    statuses = set(map(str, op["responses"]))
    assert statuses >= ERROR_STATUSES, f"{op['operationId']} lacks {ERROR_STATUSES - statuses}"
    assert any(s.startswith("2") for s in statuses)
    assert op["responses"]["429"] == {"$ref": "#/components/responses/RateLimited"}
    if op.get("x-puffle-credits"):
        assert "402" in statuses


def test_rate_limited_response_declares_retry_after(spec: dict[str, Any]) -> None:
    assert "Retry-After" in spec["components"]["responses"]["RateLimited"]["headers"]


def test_both_error_shapes_are_components(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["ErrorEnvelope"]["properties"]["error"]["required"] == ["code", "message"]
    assert set(schemas["ErrorCode"]["enum"]) == {
        "unauthorized",
        "not_found",
        "invalid_request",
        "rate_limited",
        "conflict",
        "internal_error",
    }
    assert schemas["FlatError"]["properties"]["error"]["type"] == "string"
    assert [r["$ref"] for r in schemas["Error"]["oneOf"]] == [
        "#/components/schemas/ErrorEnvelope",
        "#/components/schemas/FlatError",
    ]


def _validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    registry = Registry().with_resource("urn:puffle", Resource(contents=SPEC, specification=DRAFT202012))

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: ("urn:puffle" + v if k == "$ref" and v.startswith("#") else rewrite(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [rewrite(x) for x in node]
        return node

    return jsonschema.Draft202012Validator(
        rewrite(schema), registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def all_examples() -> list[tuple[str, dict[str, Any], Any]]:
    found: list[tuple[str, dict[str, Any], Any]] = []
    for op_id, status, name, schema, value in response_examples():
        found.append((f"{op_id}:{status}:{name}", schema, value))
    for _, _, op in operations():
        for ctype, media in ((op.get("requestBody") or {}).get("content") or {}).items():
            for name, value in examples_of(media):
                found.append((f"{op['operationId']}:request:{ctype}:{name}", media.get("schema", {}), value))
    for name, schema in SPEC["components"]["schemas"].items():
        if "example" in schema:
            found.append((f"schema:{name}", schema, schema["example"]))
    return found


EXAMPLES = all_examples()


@pytest.mark.parametrize(("where", "schema", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_example_validates_against_its_schema(where: str, schema: dict[str, Any], value: Any) -> None:
    if "multipart" in where:
        pytest.skip("multipart examples describe form fields, not JSON")
    errors = [
        f"{list(e.absolute_path)}: {e.message}" for e in _validator(schema).iter_errors(value) if not _placeholder(e)
    ]
    assert errors == []


PLACEHOLDER = re.compile(r"<[a-z]+>")


def _placeholder(error: jsonschema.ValidationError) -> bool:
    """A docs placeholder such as ``"<string>"`` standing where the schema has a closed set of values or a format.

    Examples are copied from the docs verbatim; where a page shows ``<string>`` for a field whose values the docs
    list elsewhere (an enum), the example is kept as the docs show it rather than edited into a made-up value.
    """
    closed = error.validator in ("enum", "anyOf", "oneOf", "const", "format")
    return closed and isinstance(error.instance, str) and PLACEHOLDER.fullmatch(error.instance) is not None


def test_there_are_many_examples() -> None:
    assert len([e for e in EXAMPLES if ":2" in e[0]]) >= 88


def _walk(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if node.get("x-puffle-inferred") is True:
            out.append((path, node))
        for k, v in node.items():
            out.extend(_walk(v, f"{path}/{k}"))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(_walk(v, f"{path}/{i}"))
    return out


def test_inferred_parts_are_marked_with_a_note() -> None:
    marked = _walk(SPEC)
    assert len(marked) >= 50  # the docs were cut off in many places; each filled gap carries a marker
    unexplained = [p for p, node in marked if not str(node.get("x-puffle-note", "")).strip()]
    assert unexplained == []


def test_pagination_covers_all_five_styles() -> None:
    styles = {op["x-puffle-pagination"]["style"] for _, _, op in operations() if "x-puffle-pagination" in op}
    assert styles == {"cursor", "next-cursor", "page-next-cursor", "page", "offset"}


def test_async_tasks_name_real_poll_operations() -> None:
    ids = {op["operationId"] for _, _, op in operations()}
    tasks = {op["operationId"]: op["x-puffle-task"] for _, _, op in operations() if "x-puffle-task" in op}
    assert {"createLeadSearch", "createEnrichment", "createSignalSearch", "launchCampaign"} <= set(tasks)
    for task in tasks.values():
        assert task["poll"] in ids
        assert task["success"] and task["status"]
