"""The query filters of list operations, declared per operation in ``x-puffle-mock.filters``.

Each entry maps a query parameter to a test on the stored item::

    filters:
      minScore: {op: gte, field: score}
      unread: {op: flag, field: unread_count}
      q: {op: search, fields: [name, title, company.name]}

``field`` (or ``fields``, any of which may match) is a dotted path into the stored item; a list on the way
matches when any element does. The operations:

``eq``      the value equals the parameter (case-insensitive; a comma list matches any of its values, ``all``
            matches everything);
``ne``      the value differs from the parameter;
``gte`` / ``lte``  numbers compare as numbers, anything else (ISO timestamps) as text;
``search``  the parameter is a case-insensitive substring of the value (of the whole item without fields);
``flag``    ``true`` keeps items whose value is truthy (a non-zero count, a non-empty string), ``false`` the others;
``include`` the parameter says whether items whose value is ``value`` are shown; absent means not.

``default`` overrides the parameter's schema default for an absent parameter. Parameters a list operation
documents but that do not filter (ordering, response shape) are named in ``x-puffle-mock.unfiltered`` with the
reason, so a test can check that every query parameter is accounted for.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .._vocabulary import FILTER_OPERATORS
from .spec import Operation
from .state import Entry

__all__ = ["OPERATORS", "Filter", "Predicate", "declared", "predicate"]

OPERATORS = FILTER_OPERATORS
_MISSING = object()

Predicate = Callable[[Entry], bool]


@dataclass(frozen=True)
class Filter:
    param: str
    op: str
    fields: tuple[tuple[str, ...], ...]
    default: Any = None
    value: Any = None


def declared(op: Operation) -> list[Filter]:
    """The filters ``op`` declares, in declaration order (read and checked by `puffle._vocabulary`)."""
    found = []
    for spec in op.plan.filters:
        default = spec.default
        if default is None:
            schema_param = op.param(spec.param, "query")
            default = schema_param.schema.get("default") if schema_param is not None else None
        found.append(Filter(param=spec.param, op=spec.op, fields=spec.fields, default=default, value=spec.value))
    return found


def _values(data: Any, path: tuple[str, ...]) -> list[Any]:
    """Every value at ``path`` (lists on the way fan out), skipping missing ones and nulls."""
    nodes = [data]
    for part in path:
        nxt: list[Any] = []
        for node in nodes:
            if isinstance(node, list):
                nxt.extend(item.get(part, _MISSING) for item in node if isinstance(item, dict))
            elif isinstance(node, dict):
                nxt.append(node.get(part, _MISSING))
        nodes = nxt
    out: list[Any] = []
    for node in nodes:
        if node is _MISSING or node is None:
            continue
        if isinstance(node, list):
            out.extend(v for v in node if v is not None)
        else:
            out.append(node)
    return out


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value).lower()
    return str(value).lower()


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _compare(stored: Any, wanted: Any, low: bool) -> bool:
    a, b = _number(stored), _number(wanted)
    if a is not None and b is not None:
        return a >= b if low else a <= b
    if a is not None or b is not None:
        return False
    return _text(stored) >= _text(wanted) if low else _text(stored) <= _text(wanted)


def _one(flt: Filter, wanted: Any) -> Predicate | None:
    """The test one filter applies for the parameter value ``wanted`` (None: it keeps everything)."""
    fields = flt.fields
    if flt.op == "include":
        if wanted is True:
            return None
        hidden = _text(flt.value)
        return lambda e: not any(_text(v) == hidden for f in fields for v in _values(e.data, f))
    if flt.op == "flag":
        want = wanted is True
        return lambda e: any(bool(v) for f in fields for v in _values(e.data, f)) is want
    if flt.op == "search":
        needle = _text(wanted)
        if not needle:
            return None
        if not fields:
            return lambda e: needle in json.dumps(e.data).lower()
        return lambda e: any(needle in _text(v) for f in fields for v in _values(e.data, f))
    if flt.op in ("gte", "lte"):
        low = flt.op == "gte"
        return lambda e: any(_compare(v, wanted, low) for f in fields for v in _values(e.data, f))
    options = {part.strip() for part in _text(wanted).split(",") if part.strip()}
    if not options or "all" in options:
        return None
    if flt.op == "ne":
        return lambda e: not any(_text(v) in options for f in fields for v in _values(e.data, f))
    return lambda e: any(_text(v) in options for f in fields for v in _values(e.data, f))


def predicate(filters: list[Filter], query: dict[str, Any]) -> Predicate | None:
    """One test combining every filter the request's parameters (or defaults) activate; None if none does."""
    tests = []
    for flt in filters:
        wanted = query.get(flt.param, flt.default)
        if wanted is None and flt.op != "include":
            continue
        test = _one(flt, wanted)
        if test is not None:
            tests.append(test)
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda e: all(test(e) for test in tests)
