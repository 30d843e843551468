"""Turn a flag's text into the JSON value its schema asks for, or a usage error naming the flag.

Strings and numbers are ordinary shell values; booleans are ``true``/``false`` (or bare, meaning true); arrays
and objects are JSON. Only what the schema states is checked (type, enum, bounds, item types); the server
remains the judge of everything else.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._spec import Flag

__all__ = ["UsageError", "convert"]

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


_EXAMPLES = {"array": '["a","b"]', "object": '{"key": "value"}'}


class UsageError(Exception):
    """The command line is wrong; nothing was sent."""


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind else []


def _matches(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    return isinstance(value, _JSON_TYPES.get(kind, (object,)))


def _check(flag: str, value: Any, schema: Mapping[str, Any], where: str = "") -> None:
    """Check ``value`` against the parts of ``schema`` the CLI can judge; UsageError naming the flag."""
    label = f"--{flag}{where}"
    kinds = _types(schema)
    if kinds and not any(_matches(value, k) for k in kinds):
        raise UsageError(f"{label}: expected {' or '.join(kinds)}, got {json.dumps(value)[:80]}")
    enum = schema.get("enum")
    if isinstance(enum, list) and value not in enum:
        raise UsageError(f"{label}: must be one of {', '.join(json.dumps(e) for e in enum)}; got {json.dumps(value)}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        low, high = schema.get("minimum"), schema.get("maximum")
        if isinstance(low, int | float) and value < low:
            raise UsageError(f"{label}: must be >= {low}, got {value}")
        if isinstance(high, int | float) and value > high:
            raise UsageError(f"{label}: must be <= {high}, got {value}")
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for i, item in enumerate(value):
            _check(flag, item, schema["items"], f"[{i}]")


def convert(flag: Flag, text: str) -> Any:
    """The value of ``--<flag.name> <text>`` as the request will carry it."""
    kind = flag.type
    name = flag.name
    if flag.is_file:
        path = Path(text)
        if not path.is_file():
            raise UsageError(f"--{name}: no such file: {text}")
        return path
    value: Any
    if kind == "boolean":
        lowered = text.strip().lower()
        if lowered not in ("true", "false"):
            raise UsageError(f"--{name}: expected true or false (or the bare flag for true), got {text!r}")
        value = lowered == "true"
    elif kind == "integer":
        try:
            value = int(text)
        except ValueError:
            raise UsageError(f"--{name}: expected an integer, got {text!r}") from None
    elif kind == "number":
        try:
            value = float(text)
        except ValueError:
            raise UsageError(f"--{name}: expected a number, got {text!r}") from None
        if value.is_integer() and "." not in text and "e" not in text.lower():
            value = int(value)
    elif kind in ("array", "object"):
        try:
            value = json.loads(text)
        except ValueError:
            example = _EXAMPLES[kind]
            raise UsageError(
                f"--{name}: expected a JSON {kind} (quote it for the shell, e.g. '{example}'), got {text[:80]!r}"
            ) from None
    elif kind is None and text[:1] in "[{":
        # An untyped field: JSON when the text is JSON, a plain string otherwise.
        try:
            value = json.loads(text)
        except ValueError:
            value = text
    else:
        value = text
    _check(name, value, flag.schema)
    return value
