"""Check a document's ``x-puffle-*`` extensions against ``x-puffle.schema.json`` and the shared reader.

One check, two callers: ``scripts/check_extensions.py`` (``make spec-lint``, with the schema in ``spec/``) and the
mock server at start-up (with the schema shipped in ``puffle_client``), so a document the mock is pointed at is
refused for the same reasons the linter gives. Operations are validated against the schema's ``operation``
definition (one sub-schema per mock action: an option of another action is unknown); every other object that
carries ``x-puffle-*`` keys against ``annotated``; then `puffle._vocabulary` adds the cross-references a schema
cannot express. Needs ``jsonschema`` (the ``mock`` and ``dev`` extras), imported on first use only.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterator, Mapping
from typing import Any

from ._vocabulary import MOCK_ACTIONS, VocabularyError, iter_operations, read_operations

__all__ = ["load_schema", "problems"]


def load_schema() -> dict[str, Any]:
    """The schema shipped next to ``openapi.json`` in the generated package."""
    text = importlib.resources.files("puffle_client").joinpath("x-puffle.schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def _annotated(node: Any, where: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Objects outside operations that carry x-puffle-* keys (extension values themselves are not walked)."""
    if isinstance(node, Mapping):
        if any(str(k).startswith("x-puffle-") for k in node):
            yield where, node
        for key, value in node.items():
            if not str(key).startswith("x-puffle-"):
                yield from _annotated(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _annotated(value, f"{where}/{i}")


def _mock_problem(mock: Any, schema: Mapping[str, Any]) -> str | None:
    """A readable line for the usual mock mistakes, which the schema reports only as "not valid under any"."""
    if not isinstance(mock, Mapping) or mock.get("action") not in MOCK_ACTIONS:
        return f"x-puffle-mock needs an action, one of {list(MOCK_ACTIONS)}"
    action = schema["$defs"][f"mock-{mock['action']}"]
    unknown = sorted(set(mock) - set(action["propertyNames"]["enum"]))
    if unknown:
        return f"unknown x-puffle-mock options {unknown} for action {mock['action']}"
    missing = [name for name in action.get("required", ()) if name not in mock]
    if missing:
        return f"x-puffle-mock action {mock['action']} needs {', '.join(missing)}"
    return None


def problems(
    document: Mapping[str, Any], schema: Mapping[str, Any] | None = None, *, annotations: bool = True
) -> list[str]:
    """Every malformed extension of ``document``, one line each naming the operation (empty: all well formed).

    ``schema``: the vocabulary's schema, itself checked against JSON Schema 2020-12 (default: the shipped copy,
    which the tests keep equal to the checked one). ``annotations=False`` skips the ``x-puffle-inferred`` /
    ``-note`` / ``-source`` markers outside operations, which document the spec but drive nothing (the mock
    skips them to start faster).
    """
    import jsonschema  # only the checks need it, not the SDK

    if schema is None:
        schema = load_schema()
    else:
        jsonschema.Draft202012Validator.check_schema(schema)

    def validator(definition: str) -> Any:
        return jsonschema.Draft202012Validator({**schema, "$ref": f"#/$defs/{definition}"})

    operation, annotated = validator("operation"), validator("annotated")
    found: list[str] = []
    for method, path, op, _ in iter_operations(document):
        where = str(op.get("operationId") or f"{method.upper()} {path}")
        readable = None
        for error in operation.iter_errors(op):
            at = "/".join(map(str, error.absolute_path)) or "."
            if at.startswith("x-puffle-mock"):
                # One plain line (unknown action, option or missing option) instead of the schema's several.
                readable = readable or _mock_problem(op.get("x-puffle-mock"), schema)
                if readable is not None:
                    continue
            found.append(f"{where}: {at}: {error.message[:300]}")
        if readable is not None:
            found.append(f"{where}: x-puffle-mock: {readable}")
        for key, value in op.items() if annotations else ():
            if not str(key).startswith("x-puffle-"):
                for inner, node in _annotated(value, f"{where}/{key}"):
                    found += [f"{inner}: {e.message[:300]}" for e in annotated.iter_errors(node)]
    rest = {k: v for k, v in document.items() if k != "paths"} if annotations else {}
    for where, node in _annotated(rest, "#"):
        found += [f"{where}: {e.message[:300]}" for e in annotated.iter_errors(node)]
    if not found:
        try:
            read_operations(document)
        except VocabularyError as exc:
            found.append(str(exc))
    return found
