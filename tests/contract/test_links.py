"""The spec's response links are well-formed claims: every one names a real target, fills parameters and body
fields the target declares, and reads values from places its source really has.

The stateful phase of the contract test (`test_schemathesis.py`) follows these links to give operations real
ids. A link whose JSON pointer misses the response shape (``/enrichments/0/id`` where the docs say the slug is
the id to send), or that fills a parameter the target does not have, silently degrades to a generated value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from tests.contract.schemathesis_run import SPEC_FILE

DOCUMENT: dict[str, Any] = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
METHODS = ("get", "post", "put", "patch", "delete")
OPERATIONS: dict[str, dict[str, Any]] = {
    op["operationId"]: op for item in DOCUMENT["paths"].values() for m, op in item.items() if m in METHODS
}


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = DOCUMENT
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _branches(schema: Any) -> Iterator[dict[str, Any]]:
    schema = _resolve(schema)
    if not isinstance(schema, dict):
        return
    yield schema
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword) or ():
            yield from _branches(branch)


def _step(schema: Any, token: str) -> list[Any]:
    found: list[Any] = []
    for branch in _branches(schema):
        if token.isdigit() and "items" in branch:
            found.append(branch["items"])
        elif token in (branch.get("properties") or {}):
            found.append(branch["properties"][token])
    return found


def _reaches(schema: Any, pointer: str) -> bool:
    current = [schema]
    for token in pointer.strip("/").split("/"):
        current = [nxt for node in current for nxt in _step(node, token.replace("~1", "/").replace("~0", "~"))]
        if not current:
            return False
    return True


def _links() -> Iterator[tuple[str, dict[str, Any], str, dict[str, Any]]]:
    for source_id, source in OPERATIONS.items():
        for status, response in (source.get("responses") or {}).items():
            response = _resolve(response)
            for name, link in (response.get("links") or {}).items():
                yield f"{source_id} -{status}-> {name}", source, status, link


LINKS = sorted(_links(), key=lambda entry: entry[0])


def _expressions(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _expressions(item)
    elif isinstance(value, list):
        for item in value:
            yield from _expressions(item)
    elif isinstance(value, str):
        yield value


def _parameters(op: dict[str, Any]) -> dict[str, str]:
    return {p["name"]: p["in"] for p in map(_resolve, op.get("parameters") or ())}


def _body_schema(op: dict[str, Any]) -> Any:
    body = _resolve(op.get("requestBody") or {})
    return ((body.get("content") or {}).get("application/json") or {}).get("schema")


def test_the_spec_has_links() -> None:
    assert len(LINKS) >= len(OPERATIONS) // 4


@pytest.mark.parametrize(("label", "source", "status", "link"), LINKS, ids=[entry[0] for entry in LINKS])
def test_a_link_names_real_places(label: str, source: dict[str, Any], status: str, link: dict[str, Any]) -> None:
    target = OPERATIONS.get(link["operationId"])
    assert target is not None, f"{label}: unknown operationId {link['operationId']}"
    declared = _parameters(target)
    for name in link.get("parameters") or {}:
        bare = name.split(".", 1)[1] if re.match(r"^(path|query|header|cookie)\.", name) else name
        assert bare in declared, f"{label}: {target['operationId']} has no parameter {bare}"
    body = link.get("requestBody")
    if isinstance(body, dict):
        schema = _body_schema(target)
        for field in body:
            assert _reaches(schema, field), f"{label}: {target['operationId']}'s body has no field {field}"
    content = (_resolve(source["responses"][status]).get("content") or {}).get("application/json") or {}
    source_params = _parameters(source)
    for expression in _expressions([link.get("parameters"), body]):
        if expression.startswith("$response.body#"):
            pointer = expression.removeprefix("$response.body#")
            assert _reaches(content.get("schema"), pointer), f"{label}: the response has nothing at {pointer}"
        elif expression.startswith("$request.path."):
            assert source_params.get(expression.removeprefix("$request.path.")) == "path", f"{label}: {expression}"
        else:
            assert not expression.startswith("$"), f"{label}: unsupported expression {expression}"
