"""Assemble a success response from the operation's documented example and what the action did.

The documented example (placeholders filled, made valid once and cached) is the starting point, so every
field the mock has no opinion about still has a plausible value. Then, guided by the response schema:
the acted-on item goes where the schema references the resource's item schema, list items where
``x-puffle-pagination``/``items`` says, the parent item and child items where their schemas appear,
pagination fields at the paths ``x-puffle-pagination`` names, batch outcomes into the array/count/errors
properties, the task id where ``x-puffle-task`` tells the client to read it, and finally ``respond``.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from typing import Any

from .expressions import assign, evaluate
from .pagination import Page
from .schemas import types_of
from .spec import MockSpec, Operation
from .state import Entry, Store
from .synth import Gen, Synthesizer

__all__ = ["MISSING", "Batch", "ResponseBuilder", "Result"]

MISSING: Any = object()


@dataclass
class Batch:
    """Outcome of a batch action: ids that went through, per-item errors, and the request items in order."""

    ok: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    requested: list[tuple[Any, str | None]] = field(default_factory=list)


@dataclass
class Result:
    """What an action produced, for the response builder."""

    resource: str | None = None
    entry: Entry | None = None
    item: dict[str, Any] | None = None
    items: list[dict[str, Any]] | None = None
    parent_resource: str | None = None
    parent: dict[str, Any] | None = None
    page: Page | None = None
    batch: Batch | None = None
    singleton: Any = MISSING
    scope: dict[str, Any] = field(default_factory=dict)
    status: int | None = None


class ResponseBuilder:
    def __init__(self, spec: MockSpec, store: Store, synth: Synthesizer) -> None:
        self.spec = spec
        self.store = store
        self.synth = synth
        self.schemas = spec.schemas
        self._templates: dict[tuple[str, int], Any] = {}

    def template(self, op: Operation, status: int) -> Any:
        """The documented example of this response, placeholders filled and valid against its schema."""
        key = (op.operation_id, status)
        if key not in self._templates:
            schema = op.response_schema(status)
            example = op.example(status)
            gen = Gen(random.Random(f"template:{op.operation_id}"), 0, False, op.resource or "")
            if schema is None:
                value = example
            elif example is None:
                value = self.synth.synthesize(schema, gen)
            else:
                value = self.synth.from_example(example, schema, gen)
            self._templates[key] = value
        return copy.deepcopy(self._templates[key])

    def build(self, op: Operation, result: Result) -> tuple[int, Any]:
        status = result.status or op.success_status
        schema = op.response_schema(status)
        body = self.template(op, status)
        resource = self.spec.resources.get(result.resource or "")
        props = self.schemas.properties(schema) if schema is not None else {}
        filled: set[str] = set()
        singleton = result.singleton is not MISSING and resource is not None and resource.schema_ref
        if singleton and resource is not None and self.schemas.ref_of(schema) == resource.schema_ref:
            body = copy.deepcopy(result.singleton)
        if result.item is not None and resource is not None:
            path = self.spec.item_path(op, resource)
            if path == []:
                body = result.item
            elif path:
                assign(body, ".".join(path), result.item)
                filled.add(path[0])
        if result.items is not None and resource is not None:
            if op.action == "list":
                path = self.spec.items_path(op)
            else:
                path = [name for name, sub in props.items() if self._array_of(sub, resource.schema_ref)][:1]
            if path:
                assign(body, ".".join(path), result.items)
                filled.add(path[0])
        if isinstance(body, dict):
            self._relatives(body, props, result, filled)
            if result.batch is not None:
                self._batch(body, props, result.batch, op)
            if result.page is not None:
                self._page(body, op, result.page)
            if op.action == "task-start" and result.item is not None and op.task:
                for param in op.task.params:
                    if param.path:  # taken from the start response: the answer must carry the task's id there
                        assign(body, ".".join(param.path), result.item.get("id"))
        for dotted, expr in (op.mock.get("respond") or {}).items():
            value = evaluate(expr, result.scope)
            if not dotted:
                body = value
            elif isinstance(body, dict):
                assign(body, str(dotted), value)
        return status, body

    def _array_of(self, schema: Any, ref: str | None) -> bool:
        items = self.schemas.array_items(schema)
        return bool(ref) and items is not None and ref in self.schemas.refs_in(items)

    def _relatives(self, body: dict[str, Any], props: dict[str, Any], result: Result, filled: set[str]) -> None:
        parent = self.spec.resources.get(result.parent_resource or "")
        if result.parent is not None and parent is not None and parent.schema_ref:
            for name, sub in props.items():
                if name not in filled and parent.schema_ref in self.schemas.refs_in(sub):
                    body[name] = result.parent
                    filled.add(name)
        if result.entry is None or result.resource is None:
            return
        for relation in self.spec.children_of(result.resource):
            child_ref = self.spec.resources[relation.child].schema_ref
            for name, sub in props.items():
                if name not in filled and self._array_of(sub, child_ref):
                    kids = self.store.children(result.resource, result.entry.id, relation.child)
                    body[name] = [self.store.render(relation.child, k, embed=False) for k in kids]
                    filled.add(name)

    def _batch(self, body: dict[str, Any], props: dict[str, Any], batch: Batch, op: Operation) -> None:
        template_results: dict[str, Any] = {}
        for name, sub in props.items():
            type_set = types_of(self.schemas.resolve(sub))
            items = self.schemas.array_items(sub)
            item_types = types_of(self.schemas.resolve(items)) if items is not None else set()
            if name == "errors" and items is not None:
                body[name] = batch.errors
            elif "string" in item_types:
                body[name] = list(batch.ok)
            elif "integer" in type_set:
                body[name] = len(batch.ok)
            elif items is not None and "id" in self.schemas.properties(items):
                sample = body.get(name)
                template_results[name] = sample[0] if isinstance(sample, list) and sample else {}
        for name, sample in template_results.items():
            rows = []
            for key, error in batch.requested:
                # A failed item reports only its id and error; a successful one the documented result fields.
                row = copy.deepcopy(sample) if isinstance(sample, dict) and error is None else {}
                row["id"] = key
                if "error" in self.schemas.properties(self.schemas.array_items(props[name])):
                    row["error"] = error
                rows.append(row)
            body[name] = rows

    def _page(self, body: dict[str, Any], op: Operation, page: Page) -> None:
        meta = op.pagination
        count = len(page.items)
        fields = (
            (
                (meta.next_cursor, page.next_cursor),
                (meta.has_more, page.has_more),
                (meta.total, page.total),
            )
            if meta
            else ()
        )
        for path, value in fields:
            if path:
                assign(body, ".".join(path), value)
        containers = {path[:-1] for path in (meta.next_cursor, meta.has_more) if path} if meta else set()
        containers.add(())
        for path in containers:
            node: Any = body
            for part in path:
                node = node.get(part) if isinstance(node, dict) else None
            if not isinstance(node, dict):
                continue
            schema = self.spec.schema_at(op.response_schema(op.success_status), list(path))
            known = self.schemas.properties(schema)
            for name, value in (("limit", page.limit), ("page", page.page), ("offset", page.offset), ("count", count)):
                if name in known and value is not None and (path or name != "count"):
                    node[name] = value
