"""The mock's reading of the OpenAPI document: operations, resources and task hooks.

Everything the server does is derived here from the spec shipped in ``puffle_client/openapi.json``: routes and
parameters from ``paths``, behaviour from each operation's ``x-puffle-mock`` extension, item schemas and seed
templates of each resource from the operation that lists or reads it, and the poll side of every async task
from ``x-puffle-task``. The extensions are read by `puffle._vocabulary` (the reader the generator and the CLI
use) and checked by `puffle._extension_check` against ``x-puffle.schema.json``; this module adds what only
the mock needs (resolved schemas, resources, relations). Inconsistent extensions raise `SpecError` at
start-up rather than misbehave later.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._extension_check import problems
from .._vocabulary import (
    MOCK_ACTIONS,
    MockPlan,
    OperationRecord,
    Pagination,
    TaskPlan,
    VocabularyError,
    iter_operations,
    read_operations,
    split_path,
)
from .schemas import SchemaIndex, types_of

__all__ = [
    "ACTIONS",
    "Body",
    "MockSpec",
    "Operation",
    "Param",
    "PollHook",
    "Relation",
    "Resource",
    "SpecError",
    "load_document",
]

# Kept for callers that want the set; the vocabulary's tuple is the one list.
ACTIONS = frozenset(MOCK_ACTIONS)

# The statuses a task shows before its outcome when x-puffle-mock.progress does not say.
DEFAULT_PROGRESS = ("pending", "running")


class SpecError(Exception):
    """The spec's ``x-puffle-mock`` extensions cannot be served as written."""


def load_document(path: str | Path | None = None) -> dict[str, Any]:
    """The OpenAPI document: ``path`` (JSON or YAML) when given, else the copy inside ``puffle_client``."""
    if path is None:
        text = importlib.resources.files("puffle_client").joinpath("openapi.json").read_text(encoding="utf-8")
        return dict(json.loads(text))
    source = Path(path)
    raw = source.read_text(encoding="utf-8")
    if source.suffix in (".yaml", ".yml"):
        import yaml

        return dict(yaml.safe_load(raw))
    return dict(json.loads(raw))


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Body:
    media_type: str
    schema: dict[str, Any]
    required: bool


@dataclass
class Operation:
    """One operation as the mock serves it: the vocabulary's record plus resolved parameters, body, responses."""

    record: OperationRecord
    params: tuple[Param, ...]
    body: Body | None
    responses: dict[str, dict[str, Any]]

    @property
    def operation_id(self) -> str:
        return self.record.operation_id

    @property
    def method(self) -> str:
        return self.record.method

    @property
    def path(self) -> str:
        return self.record.path

    @property
    def auth(self) -> str:
        return self.record.auth

    @property
    def error_shape(self) -> str:
        return self.record.error_shape

    @property
    def pagination(self) -> Pagination | None:
        return self.record.pagination

    @property
    def task(self) -> TaskPlan | None:
        return self.record.task

    @property
    def idempotency_key(self) -> str | None:
        return self.record.idempotency.key

    @property
    def plan(self) -> MockPlan:
        assert self.record.mock is not None  # MockSpec refuses operations without x-puffle-mock
        return self.record.mock

    @property
    def mock(self) -> Mapping[str, Any]:
        """The action's options (everything in x-puffle-mock but ``action`` and ``resource``), read-only."""
        return self.plan.options

    @property
    def action(self) -> str:
        return self.plan.action

    @property
    def resource(self) -> str | None:
        return self.plan.resource

    @property
    def path_params(self) -> list[str]:
        return [p.name for p in self.params if p.location == "path"]

    def param(self, name: str, location: str | None = None) -> Param | None:
        for p in self.params:
            if p.name == name and (location is None or p.location == location):
                return p
        return None

    @property
    def success_codes(self) -> list[int]:
        return sorted(int(code) for code in self.responses if code.isdigit() and code.startswith("2"))

    @property
    def success_status(self) -> int:
        codes = self.success_codes
        if self.action in ("create", "task-start") and 201 in codes and not self.mock.get("key"):
            return 201
        return codes[0] if codes else 200

    def documented(self, status: int) -> bool:
        return str(status) in self.responses

    def response_schema(self, status: int) -> dict[str, Any] | None:
        media = (self.responses.get(str(status)) or {}).get("content", {}).get("application/json")
        return media.get("schema") if isinstance(media, dict) else None

    def example(self, status: int) -> Any:
        media = (self.responses.get(str(status)) or {}).get("content", {}).get("application/json") or {}
        if "example" in media:
            return media["example"]
        for example in (media.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
        return None


@dataclass(frozen=True)
class Relation:
    """``child`` items belong to ``parent`` items; the link is in ``field`` of the child, or hidden when None."""

    child: str
    parent: str
    field: str | None
    many: bool


@dataclass
class Resource:
    name: str
    schema: dict[str, Any]
    schema_ref: str | None
    singleton: bool = False
    seed: int = 0
    templates: list[Any] = field(default_factory=list)
    counts: dict[str, str] = field(default_factory=dict)
    key_field: str = "id"
    # Other fields an item is found by, as the docs define (the enrichment catalog is addressed by slug).
    lookup_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class PollHook:
    """How a read of ``poll_operation`` advances the tasks that ``start_operation`` starts."""

    start_operation: str
    poll_operation: str
    resource: str
    param: str
    location: str
    const: tuple[tuple[str, str], ...]
    status_field: str
    success: tuple[str, ...]
    failure: tuple[str, ...]


class MockSpec:
    """Operations, resources, relations and task hooks of one OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas = SchemaIndex(document)
        self.document = self.schemas.document
        self.operations: list[Operation] = []
        self.by_id: dict[str, Operation] = {}
        self.resources: dict[str, Resource] = {}
        self.relations: dict[tuple[str, str], Relation] = {}
        self.polls: dict[str, list[PollHook]] = {}
        self._load_operations()
        self._load_resources()
        self._load_relations()
        self._check_references()
        self._load_polls()

    # -- operations --------------------------------------------------------------------------------------------

    def _load_operations(self) -> None:
        found = problems(self.document, annotations=False)
        if found:
            more = f" (and {len(found) - 5} more)" if len(found) > 5 else ""
            raise SpecError("; ".join(found[:5]) + more)
        try:
            records = read_operations(self.document)
        except VocabularyError as exc:
            raise SpecError(str(exc)) from exc
        resolve = self.schemas.resolve
        for method, path, raw, shared in iter_operations(self.document):
            record = records[str(raw.get("operationId") or f"{method.upper()} {path}")]
            params = tuple(
                Param(
                    name=str(p["name"]),
                    location=str(p["in"]),
                    required=bool(p.get("required", p.get("in") == "path")),
                    schema=p.get("schema") or {},
                )
                for p in (resolve(x) for x in [*shared, *raw.get("parameters", [])])
            )
            body = None
            if "requestBody" in raw:
                request_body = resolve(raw["requestBody"])
                media_type, media = next(iter(request_body.get("content", {}).items()))
                body = Body(str(media_type), media.get("schema") or {}, bool(request_body.get("required")))
            responses = {str(code): resolve(resp) for code, resp in raw.get("responses", {}).items()}
            op = Operation(record=record, params=params, body=body, responses=responses)
            self.operations.append(op)
            self.by_id[op.operation_id] = op

    # -- schema navigation ---------------------------------------------------------------------------------------

    def schema_at(self, schema: Any, path: list[str]) -> Any:
        """The schema of the value at a dotted path below ``schema`` (digits step into arrays)."""
        node: Any = schema
        for part in path:
            node = self.schemas.array_items(node) if part.isdigit() else self.schemas.properties(node).get(part)
            if node is None:
                return None
        return node

    @staticmethod
    def value_at(value: Any, path: list[str]) -> Any:
        for part in path:
            if isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            elif isinstance(value, dict):
                value = value.get(part)
            else:
                return None
        return value

    def items_path(self, op: Operation) -> list[str]:
        """Where a list operation's items sit in its response."""
        if op.mock.get("items"):
            return list(split_path(op.mock["items"]))
        if op.pagination and op.pagination.items:
            return list(op.pagination.items)
        raise SpecError(f"{op.operation_id}: a list needs `items` (or x-puffle-pagination.items)")

    def item_path(self, op: Operation, resource: Resource | None) -> list[str] | None:
        """Where an operation's response carries the single item it acts on, when it carries one."""
        if op.mock.get("item"):
            return list(split_path(op.mock["item"]))
        schema = op.response_schema(op.success_status)
        if schema is None:
            return None
        props = self.schemas.properties(schema)
        if resource is not None and resource.schema_ref:
            for name, sub in props.items():
                if resource.schema_ref in self.schemas.refs_in(sub):
                    return [name]
            if resource.schema_ref == self.schemas.ref_of(schema):
                return []
            return None
        node = self.schemas.resolve(schema)
        candidates = [
            name
            for name in node.get("required", [])
            if self.schemas.ref_of(props.get(name)) and not self.schemas.array_items(props.get(name))
        ]
        return [candidates[0]] if len(candidates) == 1 else None

    # -- resources -----------------------------------------------------------------------------------------------

    def _define(self, name: str, ops: list[Operation]) -> Resource:
        singleton = any(op.mock.get("singleton") for op in ops)
        seeds = [int(op.mock["seed"]) for op in ops if "seed" in op.mock]
        counts: dict[str, str] = {}
        lookup: list[str] = []
        for op in ops:
            counts.update(op.mock.get("counts") or {})
            lookup.extend(str(f) for f in op.mock.get("lookupBy") or () if str(f) not in lookup)
        schema: Any = None
        templates: list[Any] = []
        for op in ops:
            status = op.success_status
            response = op.response_schema(status)
            example = op.example(status)
            if singleton and op.action == "get" and response is not None:
                schema, templates = response, [example] if example is not None else []
            elif not singleton and op.action == "list" and response is not None:
                path = self.items_path(op)
                schema = self.schemas.array_items(self.schema_at(response, path))
                found = self.value_at(example, path)
                templates = list(found) if isinstance(found, list) else []
            elif not singleton and op.action in ("get", "update", "create") and response is not None:
                item = self.item_path(op, None)
                if item is None:
                    continue
                schema = self.schema_at(response, item)
                found = self.value_at(example, item)
                templates = [found] if isinstance(found, dict) else []
            if schema is not None:
                break
        if schema is None:
            for op in ops:
                if op.action == "batch-update" and op.body is not None:
                    path = list(split_path(op.mock.get("items")))
                    schema = self.schemas.array_items(self.schema_at(op.body.schema, path))
                    break
        if not isinstance(schema, dict):
            raise SpecError(f"resource {name!r}: no list/get/batch-update operation defines its item schema")
        return Resource(
            name=name,
            schema=schema,
            schema_ref=self.schemas.ref_of(schema),
            singleton=singleton,
            seed=max(seeds) if seeds else 0,
            templates=[t for t in templates if isinstance(t, dict)],
            counts=counts,
            lookup_fields=tuple(lookup),
        )

    def _load_resources(self) -> None:
        grouped: dict[str, list[Operation]] = {}
        for op in self.operations:
            if op.resource:
                grouped.setdefault(op.resource, []).append(op)
        for name, ops in grouped.items():
            self.resources[name] = self._define(name, ops)

    def _relation(self, child: str, parent: str, link: str | None, where: str) -> None:
        if child not in self.resources or parent not in self.resources:
            raise SpecError(f"{where}: unknown resource in relation {child!r} -> {parent!r}")
        many = True
        if link is not None:
            prop = self.schemas.properties(self.resources[child].schema).get(link)
            if prop is None:
                raise SpecError(f"{where}: {child} items have no field {link!r} to link them to {parent}")
            many = self.schemas.array_items(prop) is not None
        relation = Relation(child=child, parent=parent, field=link, many=many)
        existing = self.relations.get((child, parent))
        if existing is not None and existing != relation:
            raise SpecError(f"{where}: {child} -> {parent} is linked differently elsewhere ({existing.field!r})")
        self.relations[(child, parent)] = relation

    def _load_relations(self) -> None:
        for op in self.operations:
            mock = op.mock
            if mock.get("parent") and op.resource:
                self._relation(op.resource, str(mock["parent"]), mock.get("link"), op.operation_id)

    def relation(self, child: str, parent: str) -> Relation:
        found = self.relations.get((child, parent))
        if found is None:
            raise SpecError(f"no relation declared between {child} and {parent}")
        return found

    def children_of(self, parent: str) -> list[Relation]:
        return [r for (_, p), r in self.relations.items() if p == parent]

    def _check_references(self) -> None:
        for op in self.operations:
            mock = op.mock
            names: list[str] = []
            names += [str(mock[k]) for k in ("member", "parent") if mock.get(k)]
            names += [str(k) for k in (mock.get("require") or {})]
            names += [str(v) for v in (mock.get("counts") or {}).values()]
            for nested in ("produce", "with", "from"):
                if isinstance(mock.get(nested), dict) and mock[nested].get("resource"):
                    names.append(str(mock[nested]["resource"]))
            for name in names:
                if name not in self.resources:
                    raise SpecError(f"{op.operation_id}: x-puffle-mock names unknown resource {name!r}")
            if op.action != "static" and not op.resource:
                raise SpecError(f"{op.operation_id}: action {op.action} needs a resource")
            if mock.get("member") and (str(mock["member"]), str(op.resource)) not in self.relations:
                raise SpecError(f"{op.operation_id}: no operation links {mock['member']} to {op.resource}")
            for source in (mock.get("from"), (mock.get("produce") or {}).get("from")):
                if isinstance(source, dict) and source.get("parent"):
                    pair = (str(source.get("resource")), str(source["parent"]))
                    if pair not in self.relations:
                        raise SpecError(f"{op.operation_id}: `from` needs a relation {pair[0]} -> {pair[1]}")

    # -- async tasks ---------------------------------------------------------------------------------------------

    def _load_polls(self) -> None:
        for op in self.operations:
            task = op.task
            if not task or op.action != "task-start":
                continue
            poll = self.by_id.get(task.poll)
            if poll is None or op.resource is None:
                raise SpecError(f"{op.operation_id}: x-puffle-task.poll names an unknown operation")
            resource = self.resources[op.resource]
            listed = poll.action == "list"
            prefix = [*self.items_path(poll), "0"] if listed else (self.item_path(poll, resource) or [])
            status = list(task.status)
            if status[: len(prefix)] != prefix or len(status) == len(prefix):
                raise SpecError(f"{op.operation_id}: cannot find the task status {'.'.join(status)!r} in an item")
            # A step that is already an outcome would end (or, when blocked, stop) a client's wait at once.
            outcomes = {*task.success, *task.failure, *task.blocked}
            early = [str(s) for s in op.mock.get("progress") or DEFAULT_PROGRESS if str(s) in outcomes]
            if early:
                raise SpecError(f"{op.operation_id}: x-puffle-mock.progress {early} are outcomes, not progress")
            if len(task.params) != 1:
                raise SpecError(f"{op.operation_id}: the mock needs exactly one poll parameter naming the task")
            name = task.params[0].poll_param
            param = poll.param(name)
            if param is None:
                raise SpecError(f"{op.operation_id}: poll parameter {name!r} is not a parameter of {poll.path}")
            hook = PollHook(
                start_operation=op.operation_id,
                poll_operation=poll.operation_id,
                resource=op.resource,
                param=param.name,
                location=param.location,
                const=task.const,
                status_field=".".join(status[len(prefix) :]),
                success=task.success,
                failure=task.failure,
            )
            self.polls.setdefault(poll.operation_id, []).append(hook)

    def hook_for(self, start_operation: str) -> PollHook:
        for hooks in self.polls.values():
            for hook in hooks:
                if hook.start_operation == start_operation:
                    return hook
        raise SpecError(f"{start_operation}: task-start needs an x-puffle-task the mock can poll")

    def enum_of(self, schema: Any) -> list[Any] | None:
        """The enum values a (possibly nullable, referenced) schema allows, without null."""
        node = self.schemas.resolve(schema)
        if "enum" in node:
            return [v for v in node["enum"] if v is not None]
        for keyword in ("anyOf", "oneOf"):
            for branch in node.get(keyword) or ():
                found = self.enum_of(branch)
                if found:
                    return found
        return None

    def is_array(self, schema: Any) -> bool:
        return "array" in types_of(self.schemas.resolve(schema))
