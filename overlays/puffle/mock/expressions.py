"""The small expression language of ``x-puffle-mock`` options.

A string option is a *reference* when it starts with ``$``: ``$request.body.scope.leadIds`` reads the request,
``$item.id`` the item being acted on, ``$now`` the current time; digits index arrays and ``a ?? b`` takes the
first value that is not null. Strings that contain ``{$...}`` are templates (``"{$request.body.username}@x"``).
Anything else is a literal. Dotted keys of ``set``/``respond`` maps (``timing.completedAt``) create the nested
objects they need.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["assign", "evaluate", "lookup", "split_path"]

_TEMPLATE = re.compile(r"\{(\$[^{}]+)\}")


def split_path(path: str) -> list[str]:
    return [part for part in path.split(".") if part]


def lookup(value: Any, path: list[str]) -> Any:
    """The value at ``path`` inside ``value``; None where anything on the way is missing."""
    for part in path:
        if isinstance(value, Mapping):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit():
            index = int(part)
            value = value[index] if index < len(value) else None
        else:
            return None
    return value


def _reference(text: str, scope: Mapping[str, Any]) -> Any:
    for alternative in text.split("??"):
        expr = alternative.strip()
        if not expr.startswith("$"):
            value: Any = expr
        else:
            root, *rest = split_path(expr[1:])
            if root not in scope:
                raise KeyError(f"unknown reference ${root} in {text!r}")
            value = scope[root]
            if callable(value):
                value = value()
            value = lookup(value, rest)
        if value is not None:
            return value
    return None


def evaluate(value: Any, scope: Mapping[str, Any]) -> Any:
    """Resolve references and templates in an option value against ``scope``."""
    if isinstance(value, dict):
        return {k: evaluate(v, scope) for k, v in value.items()}
    if isinstance(value, list):
        return [evaluate(v, scope) for v in value]
    if isinstance(value, str):
        if value.startswith("$"):
            return _reference(value, scope)
        if "{$" in value:

            def render(match: re.Match[str]) -> str:
                found = _reference(match.group(1), scope)
                return "" if found is None else str(found)

            return _TEMPLATE.sub(render, value)
    return value


def assign(target: dict[str, Any], dotted: str, value: Any) -> None:
    """Set ``target[a][b][c] = value`` for ``dotted == "a.b.c"``, creating objects (and replacing nulls) on the way."""
    parts = split_path(dotted)
    node: Any = target
    for part in parts[:-1]:
        if isinstance(node, list) and part.isdigit():
            index = int(part)
            while len(node) <= index:
                node.append({})
            if not isinstance(node[index], dict):
                node[index] = {}
            node = node[index]
            continue
        child = node.get(part)
        if not isinstance(child, dict | list):
            child = {}
            node[part] = child
        node = child
    last = parts[-1]
    if isinstance(node, list) and last.isdigit():
        index = int(last)
        while len(node) <= index:
            node.append(None)
        node[index] = value
    else:
        node[last] = value
