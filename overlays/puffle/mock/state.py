"""The mock's in-memory state: resource collections, links between items, singletons and running tasks.

Items are stored as plain JSON objects in insertion order; every id keeps its position number even after the
item is deleted, so cursors (the id of the last item of a page) stay valid while the data does not change.
Links between resources follow the relations the spec declares: a scalar field (``campaign_id``), an array of
summaries (``lead.lists``) rendered from the link on every read, or a hidden link the API does not show.
"""

from __future__ import annotations

import pickle
import random
from dataclasses import dataclass, field
from typing import Any

from .spec import MockSpec, PollHook, Relation, Resource
from .synth import Gen, Synthesizer

__all__ = ["Collection", "Entry", "Store", "Task"]


@dataclass
class Entry:
    data: dict[str, Any]
    seq: int
    links: dict[str, list[str]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return str(self.data["id"])


class Collection:
    """The items of one resource, in insertion order.

    `ordered` hands out one cached list (rebuilt only after a delete), so a read never lists every entry;
    entries' ``seq`` numbers rise along it, which lets a cursor be positioned by bisection.
    """

    def __init__(self, resource: Resource) -> None:
        self.resource = resource
        self.entries: dict[str, Entry] = {}
        self.positions: dict[str, int] = {}
        self.next_seq = 0
        self._order: list[Entry] | None = []
        self.aliases: dict[str, str] = {}

    def add(self, data: dict[str, Any]) -> Entry:
        key = str(data[self.resource.key_field])
        entry = Entry(data=data, seq=self.next_seq)
        self.next_seq += 1
        replaced = self.entries.get(key)
        self.entries[key] = entry
        self.positions[key] = entry.seq
        if replaced is not None:
            self._order = None
        elif self._order is not None:
            self._order.append(entry)
        self._alias(entry, key)
        return entry

    def _alias(self, entry: Entry, key: str) -> None:
        for name in self.resource.lookup_fields:
            value = entry.data.get(name)
            if isinstance(value, str) and value:
                self.aliases.setdefault(value, key)

    def get(self, key: Any) -> Entry | None:
        if key is None:
            return None
        text = str(key)
        found = self.entries.get(text)
        if found is None and self.aliases:
            alias = self.aliases.get(text)
            found = self.entries.get(alias) if alias is not None else None
        return found

    def pop(self, key: str) -> Entry | None:
        entry = self.entries.pop(key, None)
        if entry is not None:
            # Not edited in place: a caller may still be iterating the list it was handed.
            self._order = None
            for name in self.resource.lookup_fields:
                value = entry.data.get(name)
                if isinstance(value, str) and self.aliases.get(value) == key:
                    del self.aliases[value]
        return entry

    def ordered(self) -> list[Entry]:
        """Every entry, oldest first. The list is shared: read it, never change it."""
        if self._order is None:
            self._order = list(self.entries.values())
        return self._order

    def restore(self, entries: dict[str, Entry], positions: dict[str, int], next_seq: int) -> None:
        self.entries, self.positions, self.next_seq = entries, positions, next_seq
        self._order = None
        self.aliases = {}
        for key, entry in entries.items():
            self._alias(entry, key)

    def __len__(self) -> int:
        return len(self.entries)


@dataclass
class Task:
    """Background work attached to an item: its status walks ``steps`` one poll at a time."""

    hook: PollHook
    steps: list[str]
    position: int
    options: dict[str, Any]
    scope: dict[str, Any]

    @property
    def finished(self) -> bool:
        return self.position >= len(self.steps) - 1


class Store:
    """All mutable state of one mock server; `seeding.seed_store` fills it."""

    def __init__(self, spec: MockSpec, synth: Synthesizer, seed: int) -> None:
        self.spec = spec
        self.synth = synth
        self.seed = seed
        self.collections: dict[str, Collection] = {}
        self.singletons: dict[str, Any] = {}
        self.children_index: dict[tuple[str, str], dict[str, dict[str, None]]] = {}
        self.tasks: dict[tuple[str, str], Task] = {}
        self.idempotency: dict[tuple[str, str], str] = {}
        self.rngs: dict[str, random.Random] = {}
        self._many_fields: dict[str, list[tuple[Relation, list[str] | None]]] = {}
        self._embeds: dict[str, list[tuple[str, str]]] = {}
        self._prepare()
        self.clear()

    def _prepare(self) -> None:
        schemas = self.spec.schemas
        for name, resource in self.spec.resources.items():
            self._many_fields[name] = []
            for relation in self.spec.relations.values():
                if relation.child == name and relation.field and relation.many:
                    prop = schemas.properties(resource.schema).get(relation.field)
                    summary = schemas.array_items(prop)
                    keys = list(schemas.properties(summary)) if schemas.object_branch(summary) else None
                    self._many_fields[name].append((relation, keys))
            self._embeds[name] = []
            for relation in self.spec.children_of(name):
                child_ref = self.spec.resources[relation.child].schema_ref
                for prop_name, prop in schemas.properties(resource.schema).items():
                    items = schemas.array_items(prop)
                    if child_ref and items is not None and child_ref in schemas.refs_in(items):
                        self._embeds[name].append((prop_name, relation.child))

    def clear(self) -> None:
        self.collections = {
            name: Collection(resource) for name, resource in self.spec.resources.items() if not resource.singleton
        }
        self.singletons = {}
        self.children_index = {}
        self.tasks = {}
        self.idempotency = {}
        self.rngs = {}

    def snapshot(self) -> bytes:
        """Everything mutable, serialized; `restore` brings it back (much faster than seeding again)."""
        collections = {n: (c.entries, c.positions, c.next_seq) for n, c in self.collections.items()}
        state = (collections, self.singletons, self.children_index, self.tasks, self.idempotency, self.rngs)
        return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)

    def restore(self, snapshot: bytes) -> None:
        collections, self.singletons, self.children_index, self.tasks, self.idempotency, self.rngs = pickle.loads(
            snapshot
        )
        for name, (entries, positions, next_seq) in collections.items():
            self.collections[name].restore(entries, positions, next_seq)

    # -- items ---------------------------------------------------------------------------------------------------

    def rng(self, resource: str) -> random.Random:
        found = self.rngs.get(resource)
        if found is None:
            found = random.Random(f"{self.seed}:{resource}")
            self.rngs[resource] = found
        return found

    def collection(self, resource: str) -> Collection:
        return self.collections[resource]

    def new_data(self, resource: str, index: int | None = None) -> dict[str, Any]:
        """A fresh, schema-valid item of ``resource`` built from its templates (not stored yet)."""
        res = self.spec.resources[resource]
        collection = self.collections[resource]
        number = collection.next_seq if index is None else index
        gen = Gen(self.rng(resource), number, True, resource)
        if res.templates:
            template = res.templates[number % len(res.templates)]
            data = self.synth.new_item(template, res.schema, gen)
        else:
            data = self.synth.synthesize(res.schema, gen)
        if not isinstance(data, dict):
            data = {}
        if not data.get(res.key_field) or str(data[res.key_field]) in collection.positions:
            data[res.key_field] = gen.uuid()
        return data

    def add(self, resource: str, data: dict[str, Any]) -> Entry:
        return self.collections[resource].add(data)

    def get(self, resource: str, key: Any) -> Entry | None:
        collection = self.collections.get(resource)
        return collection.get(key) if collection is not None else None

    # -- links ---------------------------------------------------------------------------------------------------

    def link(self, child: str, entry: Entry, parent: str, parent_id: str) -> None:
        relation = self.spec.relation(child, parent)
        ids = entry.links.setdefault(parent, [])
        if not relation.many and ids:
            self.unlink(child, entry, parent, ids[0])
            ids = entry.links.setdefault(parent, [])
        if parent_id not in ids:
            ids.append(parent_id)
        self.children_index.setdefault((child, parent), {}).setdefault(parent_id, {})[entry.id] = None
        if relation.field and not relation.many:
            entry.data[relation.field] = parent_id

    def unlink(self, child: str, entry: Entry, parent: str, parent_id: str) -> None:
        ids = entry.links.get(parent, [])
        if parent_id in ids:
            ids.remove(parent_id)
        self.children_index.get((child, parent), {}).get(parent_id, {}).pop(entry.id, None)

    def children(self, parent: str, parent_id: str, child: str) -> list[Entry]:
        ids = self.children_index.get((child, parent), {}).get(parent_id, {})
        collection = self.collections[child]
        found = [entry for key in ids if (entry := collection.get(key)) is not None]
        found.sort(key=lambda e: e.seq)
        return found

    def remove(self, resource: str, key: str) -> Entry | None:
        """Delete an item: its own scalar-linked children go with it, other links are dropped."""
        entry = self.collections[resource].pop(key)
        if entry is None:
            return None
        for relation in self.spec.children_of(resource):
            for child in self.children(resource, key, relation.child):
                if relation.field and not relation.many:
                    self.remove(relation.child, child.id)
                else:
                    self.unlink(relation.child, child, resource, key)
            self.children_index.get((relation.child, resource), {}).pop(key, None)
        for parent, ids in list(entry.links.items()):
            for parent_id in list(ids):
                self.unlink(resource, entry, parent, parent_id)
        self.tasks.pop((resource, key), None)
        return entry

    # -- rendering -----------------------------------------------------------------------------------------------

    def render(self, resource: str, entry: Entry, *, embed: bool = True) -> dict[str, Any]:
        """The item as the API shows it: stored fields plus link summaries, counts and embedded children.

        A shallow copy: the top level is the caller's to change, nested values are shared with the store and
        must be treated as read-only (writes copy what they store, see `ItemOps._apply_set`). A deep copy
        here was most of the mock's time per request.
        """
        data = dict(entry.data)
        for relation, keys in self._many_fields.get(resource, []):
            parents = self.collections[relation.parent]
            values: list[Any] = []
            for parent_id in entry.links.get(relation.parent, []):
                parent = parents.get(parent_id)
                if parent is None:
                    continue
                values.append({k: parent.data[k] for k in keys if k in parent.data} if keys else parent_id)
            assert relation.field is not None
            data[relation.field] = values
        res = self.spec.resources[resource]
        for field_name, child in res.counts.items():
            count = len(self.children_index.get((child, resource), {}).get(entry.id, {}))
            *path, last = field_name.split(".")
            node = data
            for part in path:
                # Copied on the way down: nested values are shared with the store.
                inner = node.get(part)
                node[part] = dict(inner) if isinstance(inner, dict) else {}
                node = node[part]
            node[last] = count
        if embed:
            for prop, child in self._embeds.get(resource, []):
                data[prop] = [self.render(child, e, embed=False) for e in self.children(resource, entry.id, child)]
        return data
