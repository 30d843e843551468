"""Fill a `Store` with deterministic data: the same seed and sizes always give the same items.

Each resource is seeded with as many items as its ``x-puffle-mock.seed`` says (or a ``--size`` override),
parents before children. Children are split into consecutive runs, one run per seeded parent (so a thread's
messages are neighbours and vary among themselves); items that can belong to several parents (leads in
lists) also join the next parent every fifth item. Singletons start as their
documented example with the placeholders filled in.

Then the fields that list filters test are spread out (`vary_filtered_fields`), so that every documented
filter selects some seeded items and not others: examples tend to show one value (every campaign lead
``active``, every thread unread count ``0``), which would make a filter either useless or untestable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .filters import declared
from .spec import MockSpec, Operation
from .state import Store
from .synth import Gen

__all__ = ["seed_order", "seed_store", "vary_filtered_fields"]


def seed_order(spec: MockSpec) -> list[str]:
    """Resource names with every parent before its children."""
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in order or name in visiting:
            return
        visiting.add(name)
        for child, parent in spec.relations:
            if child == name:
                visit(parent)
        visiting.discard(name)
        order.append(name)

    for name in spec.resources:
        visit(name)
    return order


def seed_store(store: Store, sizes: Mapping[str, int] | None = None) -> None:
    """Reset ``store`` and seed every resource; ``sizes`` overrides the spec's counts per resource."""
    spec = store.spec
    wanted = dict(sizes or {})
    unknown = set(wanted) - set(spec.resources)
    if unknown:
        raise ValueError(f"unknown resources in --size: {', '.join(sorted(unknown))}")
    store.clear()
    for name in seed_order(spec):
        resource = spec.resources[name]
        if resource.singleton:
            example = resource.templates[0] if resource.templates else {}
            gen = Gen(store.rng(name), 0, False, name)
            store.singletons[name] = store.synth.from_example(example, resource.schema, gen)
            continue
        count = max(0, int(wanted.get(name, resource.seed)))
        parents = [r for (child, _), r in spec.relations.items() if child == name]
        for index in range(count):
            entry = store.add(name, store.new_data(name, index))
            for relation in parents:
                candidates = store.collections[relation.parent].ordered()
                if not candidates:
                    continue
                home = index * len(candidates) // count
                store.link(name, entry, relation.parent, candidates[home].id)
                if relation.many and len(candidates) > 1 and index % 5 == 0:
                    store.link(name, entry, relation.parent, candidates[(home + 1) % len(candidates)].id)
    vary_filtered_fields(store)


def _referenced(spec: MockSpec, param: str) -> str | None:
    """The resource a ``sender_id`` / ``signalTypeId`` parameter names by id (``senders``, ``signalTypes``)."""
    for suffix in ("_id", "Id"):
        if param.endswith(suffix) and len(param) > len(suffix):
            stem = param[: -len(suffix)]
            for name in (stem + "s", stem + "es", stem[:-1] + "ies" if stem.endswith("y") else ""):
                if name in spec.resources and not spec.resources[name].singleton:
                    return name
    return None


def _cycle(op: Operation, store: Store, param: str, kind: str) -> list[Any]:
    """Values to spread over a field that one filter tests, when the seeded items all share one value."""
    schema_param = op.param(param, "query")
    schema = store.spec.schemas.resolve(schema_param.schema) if schema_param is not None else {}
    if kind == "eq" and schema.get("enum"):
        return [v for v in schema["enum"] if v != "all"]
    if kind == "flag":
        return [0, 1, 2, 0]
    referenced = _referenced(store.spec, param) if kind == "eq" else None
    if referenced is not None:
        return [e.id for e in store.collections[referenced].ordered()[:8]]
    return []


def vary_filtered_fields(store: Store) -> None:
    """Give the items of each filtered top-level field a spread of values when seeding left them all equal."""
    spec = store.spec
    for op in spec.operations:
        if op.action != "list" or op.resource is None:
            continue
        entries = store.collections[op.resource].ordered()
        props = spec.schemas.properties(spec.resources[op.resource].schema)
        for flt in declared(op):
            if len(flt.fields) != 1 or len(flt.fields[0]) != 1 or flt.fields[0][0] not in props:
                continue
            name = flt.fields[0][0]
            if len({repr(e.data.get(name)) for e in entries}) > 1:
                continue
            values = [v for v in _cycle(op, store, flt.param, flt.op) if spec.schemas.is_valid(v, props[name])]
            if len(values) < 2:
                continue
            for index, entry in enumerate(entries):
                entry.data[name] = values[index % len(values)]
