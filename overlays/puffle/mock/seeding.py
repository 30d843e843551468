"""Fill a `Store` with deterministic data: the same seed and sizes always give the same items.

Each resource is seeded with as many items as its ``x-puffle-mock.seed`` says (or a ``--size`` override),
parents before children. Children are split into consecutive runs, one run per seeded parent (so a thread's
messages are neighbours and vary among themselves); items that can belong to several parents (leads in
lists) also join the next parent every fifth item. Singletons start as their
documented example with the placeholders filled in.
"""

from __future__ import annotations

from collections.abc import Mapping

from .spec import MockSpec
from .state import Store
from .synth import Gen

__all__ = ["seed_order", "seed_store"]


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
