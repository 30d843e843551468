"""JSON Schema plumbing for the mock: one validator registry over the whole OpenAPI document.

Every ``$ref`` in the document is rewritten to an absolute ``urn:puffle-spec#/...`` reference, so any schema
node taken from the document (a parameter schema, a property, a component) can be validated on its own and
still resolve its references. Formats are checked by small local functions, so results do not depend on which
optional jsonschema extras happen to be installed.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import uuid
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["BASE_URI", "FORMATS", "SchemaIndex", "ValidationError", "types_of"]

BASE_URI = "urn:puffle-spec"

FORMATS = FormatChecker(formats=())
_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def _is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return len(value) == 36 and all(value[i] == "-" for i in (8, 13, 18, 23))


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.match(value):
        return False
    try:
        dt.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_email(value: object) -> bool:
    return not isinstance(value, str) or bool(_EMAIL.match(value))


for _name, _check in (("uuid", _is_uuid), ("date-time", _is_date_time), ("date", _is_date), ("email", _is_email)):
    FORMATS.checks(_name)(_check)


def types_of(schema: dict[str, Any]) -> set[str]:
    """The JSON types a schema node names directly (empty when it names none)."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(t) for t in declared}
    return set()


def _absolutize(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _absolutize(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            out["$ref"] = BASE_URI + ref
        return out
    if isinstance(node, list):
        return [_absolutize(v) for v in node]
    return node


class SchemaIndex:
    """The OpenAPI document with absolute refs, plus cached validators for any of its schema nodes."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document: dict[str, Any] = _absolutize(copy.deepcopy(document))
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(BASE_URI, resource)
        # Keyed by id(); the schema is kept alongside so its id cannot be reused while cached.
        self._validators: dict[int, tuple[dict[str, Any], Draft202012Validator]] = {}
        self._properties: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}

    def pointer(self, pointer: str) -> Any:
        """The node at a JSON pointer (``/components/schemas/Lead``) of the document."""
        node: Any = self.document
        for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
            part = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow ``$ref`` chains to the schema object they name."""
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 32:
            schema = self.target(schema["$ref"])
            seen += 1
        return schema if isinstance(schema, dict) else {}

    def target(self, ref: str) -> Any:
        if not ref.startswith(BASE_URI + "#"):
            raise KeyError(f"unsupported reference {ref!r}")
        return self.pointer(ref[len(BASE_URI) + 1 :])

    @staticmethod
    def ref_of(schema: Any) -> str | None:
        """The component a schema node refers to directly, when it is a bare ``$ref``."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            return str(schema["$ref"])
        return None

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        key = id(schema)
        found = self._validators.get(key)
        if found is None:
            found = (schema, Draft202012Validator(schema, registry=self.registry, format_checker=FORMATS))
            self._validators[key] = found
        return found[1]

    def is_valid(self, value: Any, schema: dict[str, Any]) -> bool:
        return bool(self.validator(schema).is_valid(value))

    def errors(self, value: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
        yield from self.validator(schema).iter_errors(value)

    def first_error(self, value: Any, schema: dict[str, Any]) -> ValidationError | None:
        """The most relevant validation error, or None when the value is valid."""
        from jsonschema.exceptions import best_match

        return best_match(self.validator(schema).iter_errors(value))

    def properties(self, schema: Any) -> dict[str, Any]:
        """Declared properties of an object schema, merged across ``allOf`` and the object branch of unions."""
        if not isinstance(schema, dict):
            return {}
        cached = self._properties.get(id(schema))
        if cached is None:
            cached = (schema, self._properties_of(schema))
            self._properties[id(schema)] = cached
        return cached[1]

    def _properties_of(self, schema: Any) -> dict[str, Any]:
        node = self.resolve(schema)
        props: dict[str, Any] = dict(node.get("properties") or {})
        for keyword in ("allOf", "anyOf", "oneOf"):
            for branch in node.get(keyword) or ():
                resolved = self.resolve(branch)
                if "object" in types_of(resolved) or "properties" in resolved:
                    for name, sub in self.properties(resolved).items():
                        props.setdefault(name, sub)
        return props

    def object_branch(self, schema: Any) -> dict[str, Any] | None:
        """The object schema inside a nullable union (``anyOf: [X, null]``), or the schema itself."""
        node = self.resolve(schema)
        if "object" in types_of(node) or "properties" in node:
            return node
        for keyword in ("anyOf", "oneOf"):
            for branch in node.get(keyword) or ():
                found = self.object_branch(branch)
                if found is not None:
                    return found
        return None

    def array_items(self, schema: Any) -> Any | None:
        """The ``items`` schema of an array schema (also inside a nullable union), else None."""
        node = self.resolve(schema)
        if "array" in types_of(node) and "items" in node:
            return node["items"]
        for keyword in ("anyOf", "oneOf"):
            for branch in node.get(keyword) or ():
                found = self.array_items(branch)
                if found is not None:
                    return found
        return None

    def refs_in(self, schema: Any) -> set[str]:
        """Component refs a property schema stands for: the bare ``$ref`` or any branch of a union."""
        out: set[str] = set()
        if not isinstance(schema, dict):
            return out
        ref = self.ref_of(schema)
        if ref:
            out.add(ref)
        for keyword in ("anyOf", "oneOf", "allOf"):
            for branch in schema.get(keyword) or ():
                out |= self.refs_in(branch)
        return out
