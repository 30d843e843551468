"""Every declared query filter of every list operation, checked against a real mock process.

The cases come from the spec: each list operation's ``x-puffle-mock.filters``. For each one the test picks a
value from the seeded data (so the filter selects something, and less than everything where the data allows),
walks every page of the filtered list, and compares the ids with what an independent reading of the filter's
declaration expects from the stored items. A second test checks that every documented query parameter of a
list operation is a filter, a pagination/lookup parameter, or listed in ``unfiltered`` with its reason.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import httpx
import pytest

from puffle.mock import MockProcess
from puffle.mock.expressions import split_path
from puffle.mock.spec import Operation
from tests.mock.helpers import SPEC, items
from tests.support.mock_server import API_KEY, SESSION

LISTS = [op for op in SPEC.operations if op.action == "list"]


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for op in LISTS:
        for param, spec in (op.mock.get("filters") or {}).items():
            kind = spec.get("op", "eq")
            variants = ["true", "false"] if kind == "flag" else ["true", "absent"] if kind == "include" else ["pick"]
            cases.extend((op.operation_id, param, variant) for variant in variants)
    return cases


def _values(data: Any, path: list[str]) -> list[Any]:
    nodes = [data]
    for part in path:
        nxt: list[Any] = []
        for node in nodes:
            if isinstance(node, dict):
                nxt.append(node.get(part))
            elif isinstance(node, list):
                nxt.extend(n.get(part) for n in node if isinstance(n, dict))
        nodes = nxt
    flat: list[Any] = []
    for node in nodes:
        flat.extend(node if isinstance(node, list) else [node])
    return [v for v in flat if v is not None]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return json.dumps(value).lower() if isinstance(value, dict | list) else str(value).lower()


def _fields(spec: dict[str, Any]) -> list[list[str]]:
    return [split_path(f) for f in (spec.get("fields") or ([spec["field"]] if spec.get("field") else []))]


def _keeps(spec: dict[str, Any], wanted: str | None, item: dict[str, Any]) -> bool:
    """Whether ``item`` passes one filter with query value ``wanted`` (None: the parameter is absent)."""
    kind = spec.get("op", "eq")
    values = [v for f in _fields(spec) for v in _values(item, f)]
    if kind == "include":
        return wanted == "true" or _text(spec["value"]) not in {_text(v) for v in values}
    if wanted is None:
        return True
    if kind == "flag":
        return any(bool(v) for v in values) is (wanted == "true")
    if kind == "search":
        return wanted.lower() in (json.dumps(item).lower() if not _fields(spec) else " ".join(map(_text, values)))
    if kind in ("gte", "lte"):
        target = float(wanted) if isinstance(values[0] if values else None, int | float) else wanted
        return any((v >= target) if kind == "gte" else (v <= target) for v in values)
    options = {p.strip().lower() for p in wanted.split(",")}
    if "all" in options:
        return True
    hit = any(_text(v) in options for v in values)
    return not hit if kind == "ne" else hit


def _pick(op: Operation, param: str, spec: dict[str, Any], universe: list[dict[str, Any]]) -> str:
    """A query value for the filter that some (ideally not all) stored items in scope match."""
    kind = spec.get("op", "eq")
    values = [v for item in universe for f in _fields(spec) for v in _values(item, f) if not isinstance(v, dict)]
    assert values, f"{op.operation_id}: no seeded {op.resource} carries a value for filter {param!r}"
    schema = SPEC.schemas.resolve(op.param(param, "query").schema)  # type: ignore[union-attr]
    if kind in ("gte", "lte"):
        ordered = sorted(values)
        return str(ordered[len(ordered) // 2])
    if kind == "search":
        text = str(Counter(map(str, values)).most_common()[-1][0])
        middle = len(text) // 2
        return text[max(0, middle - 2) : middle + 2].upper() or text
    counts = Counter(_text(v) for v in values)
    allowed = schema.get("enum")
    ranked = [v for v, _ in counts.most_common() if not allowed or v in allowed]
    assert ranked, f"{op.operation_id}: no seeded value of {param!r} is in its enum"
    if param == "ids" or kind == "ne":
        return ",".join(ranked[:2]) if kind == "eq" else ranked[0]
    return ranked[0]


def _scope(op: Operation, mock: MockProcess) -> tuple[str, list[dict[str, Any]]]:
    """The request path (a parent with the most children filled in) and the stored items the list covers."""
    assert op.resource is not None
    stored = items(mock, op.resource)
    parent = op.mock.get("parent")
    if not parent:
        return op.path, [s["item"] for s in stored]
    counts = Counter(pid for s in stored for pid in s["links"].get(parent, []))
    parent_id, _ = counts.most_common(1)[0]
    path = op.path.replace("{" + op.path_params[0] + "}", parent_id)
    return path, [s["item"] for s in stored if parent_id in s["links"].get(parent, [])]


def _required(op: Operation) -> dict[str, str]:
    """Values for required query parameters that are not filters (the first value of their enum)."""
    found = {}
    for param in op.params:
        if param.location == "query" and param.required:
            enum = SPEC.schemas.resolve(param.schema).get("enum") or []
            if enum:
                found[param.name] = str(enum[0])
    return found


def _walk(http: httpx.Client, op: Operation, path: str, params: dict[str, str]) -> list[str]:
    """The ids on every page of the list (following its cursor, page or offset), in order."""
    meta = op.pagination
    params = {**_required(op), **params}
    items_path = SPEC.items_path(op)
    ids: list[str] = []
    cursor: str | None = None
    for number in range(1000):
        query = dict(params)
        if meta and meta.limit_param:
            query[meta.limit_param] = "100"
        if meta and cursor:
            query[str(meta.cursor_param)] = cursor
        if meta and meta.page_param:
            query[meta.page_param] = str(number + 1)
        if meta and meta.offset_param:
            query[meta.offset_param] = str(len(ids))
        response = http.get(path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        page = SPEC.value_at(body, items_path)
        ids.extend(str(entry["id"]) for entry in page)
        if not meta or not page:
            return ids
        if meta.next_cursor:
            cursor = SPEC.value_at(body, list(meta.next_cursor))
            if not cursor:
                return ids
        elif meta.has_more:
            if not SPEC.value_at(body, list(meta.has_more)):
                return ids
        elif len(page) < 100:
            return ids
    raise AssertionError(f"{op.operation_id}: the walk did not end")


@pytest.fixture(scope="module")
def client(mock: MockProcess) -> httpx.Client:
    mock.reset()
    return httpx.Client(base_url=mock.url, headers={"Authorization": f"Bearer {API_KEY}", "Cookie": SESSION})


@pytest.mark.parametrize(("operation_id", "param", "variant"), _cases())
def test_each_declared_filter_returns_exactly_the_matching_items(
    mock: MockProcess, client: httpx.Client, operation_id: str, param: str, variant: str
) -> None:
    op = SPEC.by_id[operation_id]
    filters: dict[str, dict[str, Any]] = op.mock["filters"]
    spec = filters[param]
    path, universe = _scope(op, mock)
    # What the other filters do on their own (their defaults), then this one on top.
    active: dict[str, str | None] = {}
    for name, other in filters.items():
        schema_param = op.param(name, "query")
        default = other.get("default", schema_param.schema.get("default") if schema_param else None)
        active[name] = None if default is None else _text(default)
    active.pop(param)
    visible = [i for i in universe if all(_keeps(filters[n], v, i) for n, v in active.items())]
    if variant == "pick":
        wanted: str | None = _pick(op, param, spec, visible)
    else:
        wanted = None if variant == "absent" else variant
    expected = [str(i["id"]) for i in visible if _keeps(spec, wanted, i)]
    got = _walk(client, op, path, {} if wanted is None else {param: wanted})
    assert sorted(got) == sorted(expected), f"{operation_id} {param}={wanted!r}"
    assert len(got) == len(set(got)), "no item twice"
    if variant == "pick":
        assert expected, f"{operation_id} {param}={wanted!r} selects nothing: the case proves nothing"


def test_filters_narrow_where_the_seeded_data_varies(mock: MockProcess, client: httpx.Client) -> None:
    """Guards the previous test against vacuity: most filters must drop something from the list."""
    narrowed, total = 0, 0
    for operation_id, param, variant in _cases():
        if variant != "pick":
            continue
        op = SPEC.by_id[operation_id]
        path, universe = _scope(op, mock)
        wanted = _pick(op, param, op.mock["filters"][param], universe)
        total += 1
        narrowed += len(_walk(client, op, path, {param: wanted})) < len(_walk(client, op, path, {}))
    assert narrowed >= total * 0.6, f"only {narrowed} of {total} filters narrowed their list"


@pytest.mark.parametrize("op", LISTS, ids=lambda op: op.operation_id)
def test_every_documented_query_parameter_of_a_list_is_accounted_for(op: Operation) -> None:
    meta = op.pagination
    known = {meta.limit_param, meta.cursor_param, meta.page_param, meta.offset_param} if meta else set()
    for expr in (op.mock.get("key"), op.mock.get("parentKey")):
        if isinstance(expr, str) and expr.startswith("$request.query."):
            known.add(expr.rsplit(".", 1)[-1])
    known |= set(op.mock.get("filters") or {}) | set(op.mock.get("unfiltered") or {})
    missing = [p.name for p in op.params if p.location == "query" and p.name not in known]
    assert not missing, f"{op.operation_id}: declare these as filters or unfiltered (with the reason): {missing}"
    for name, reason in (op.mock.get("unfiltered") or {}).items():
        assert isinstance(reason, str) and len(reason) > 10, f"{op.operation_id}.{name}: say why it does not filter"
