"""The one reader of the spec's ``x-puffle-*`` vocabulary: a typed, frozen record per operation.

The generator (operation metadata baked into generated modules), the mock server and the command line all
need the same facts about an operation: how it authenticates, whether a repeat is safe, how to walk its pages,
how to poll the task it starts, what it is called, what the mock does. Each rule lives here once, so the three
cannot drift apart. The module is pure (standard library only, no package-relative imports) so the generator
can load it by file path before the package it generates exists.

The shape of every extension is fixed by ``x-puffle.schema.json`` (JSON Schema 2020-12, kept in ``spec/`` and
shipped next to ``openapi.json`` in ``puffle_client``); this reader adds the checks a schema cannot express
(names that must match parameters or other operations).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = [
    "FILTER_OPERATORS",
    "HTTP_METHODS",
    "IDEMPOTENT_METHODS",
    "MOCK_ACTIONS",
    "PAGINATION_STYLES",
    "SAFE_METHODS",
    "Idempotency",
    "MockFilter",
    "MockPlan",
    "Names",
    "OperationRecord",
    "Pagination",
    "TaskParam",
    "TaskPlan",
    "VocabularyError",
    "auth_of",
    "iter_operations",
    "read_operation",
    "read_operations",
    "split_path",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# RFC 9110: safe methods change nothing; idempotent ones may be repeated with the effect of one call.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
IDEMPOTENT_METHODS = SAFE_METHODS | {"PUT", "DELETE"}
PAGINATION_STYLES = ("cursor", "next-cursor", "page-next-cursor", "page", "offset")
# Which parameter each style cannot do without, and whether it reads a next cursor from the response.
_STYLE_NEEDS = {
    "cursor": ("cursorParam", True),
    "next-cursor": ("cursorParam", True),
    "page-next-cursor": ("cursorParam", True),
    "page": ("pageParam", False),
    "offset": ("offsetParam", False),
}
MOCK_ACTIONS = (
    "static",
    "get",
    "list",
    "create",
    "update",
    "delete",
    "transition",
    "batch-update",
    "batch-delete",
    "add-members",
    "remove-members",
    "import",
    "move",
    "task-start",
)
DEFAULT_TASK_INTERVAL = 5.0
# The tests a mock list filter can apply to a stored item (semantics in puffle.mock.filters).
FILTER_OPERATORS = ("eq", "ne", "gte", "lte", "search", "flag", "include")


class VocabularyError(ValueError):
    """An ``x-puffle-*`` extension contradicts the rest of the spec (unknown operation, parameter, style...)."""


def split_path(dotted: str | None) -> tuple[str, ...]:
    """``"pagination.cursor"`` -> ``("pagination", "cursor")``; digits stay strings (callers decide)."""
    return tuple(part for part in (dotted or "").split(".") if part)


@dataclass(frozen=True)
class Names:
    """What the operation is called: SDK ``resource.method`` path and the CLI's command words (None: no command)."""

    sdk: str
    resource: tuple[str, ...]
    method: str
    cli: tuple[str, ...] | None
    # The CLI words were derived by the docs' naming rules, not shown in the docs (x-puffle-inferred inside names).
    inferred: bool = False
    # Flags that write into a nested body field: (flag name, field path), e.g. ("write-policy", ("output",
    # "writePolicy")). Top-level body fields have their flags without this.
    flags: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "sdk": self.sdk,
            "resource": list(self.resource),
            "method": self.method,
            "cli": list(self.cli) if self.cli is not None else None,
        }


@dataclass(frozen=True)
class Pagination:
    """How to walk a list operation's pages; response paths are JSON field paths."""

    style: str
    items: tuple[str, ...]
    limit_param: str | None
    cursor_param: str | None
    page_param: str | None
    offset_param: str | None
    next_cursor: tuple[str, ...] | None
    has_more: tuple[str, ...] | None
    total: tuple[str, ...] | None


@dataclass(frozen=True)
class TaskParam:
    """One poll parameter: taken from the start call's request (``location``/``name``) or its response (``path``)."""

    poll_param: str
    source: str  # "request" | "response"
    location: str | None
    name: str | None
    path: tuple[str, ...] | None


@dataclass(frozen=True)
class TaskPlan:
    """How to poll the background work an operation starts until it reaches a terminal (or blocked) status.

    ``blocked`` statuses are neither done nor progressing on their own: the task waits for a person (a DNS
    record to be added, say), so polling stops there with a clear outcome instead of running into the timeout.
    """

    poll: str
    params: tuple[TaskParam, ...]
    const: tuple[tuple[str, str], ...]
    status: tuple[str, ...]
    success: tuple[str, ...]
    failure: tuple[str, ...]
    blocked: tuple[str, ...]
    interval: float


@dataclass(frozen=True)
class Idempotency:
    """Whether a repeat of the operation is safe and what a repeat answers once the first call took effect.

    ``already_done``: statuses that, answered to a *retried* attempt (never the first), mean an earlier attempt
    already succeeded (a cancel repeated after success answers 409; a delete answers 404).
    """

    idempotent: bool
    declared: bool
    already_done: tuple[int, ...]
    key: str | None


@dataclass(frozen=True)
class MockFilter:
    """One query parameter of a mock list and the test it applies to each item (``fields`` are dotted paths).

    ``default`` is the declared value for an absent parameter (None: the parameter schema's default applies).
    """

    param: str
    op: str
    fields: tuple[tuple[str, ...], ...]
    default: Any = field(default=None, hash=False)
    value: Any = field(default=None, hash=False)


@dataclass(frozen=True)
class MockPlan:
    """What the bundled mock does for the operation: one generic action on a resource, with its options.

    ``filters`` / ``unfiltered`` (parameter -> why it does not filter) account for a list's query parameters.
    """

    action: str
    resource: str | None
    options: Mapping[str, Any] = field(hash=False)
    filters: tuple[MockFilter, ...] = ()
    unfiltered: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)


@dataclass(frozen=True)
class OperationRecord:
    operation_id: str
    method: str  # upper case
    path: str
    tag: str
    auth: str  # "bearer" | "session" | "none"
    safe: bool
    idempotency: Idempotency
    error_shape: str  # "envelope" | "flat"
    credits: bool
    pagination: Pagination | None
    task: TaskPlan | None
    names: Names | None
    mock: MockPlan | None
    parameters: tuple[tuple[str, str], ...]  # (location, name)
    extensions: Mapping[str, Any] = field(hash=False)

    @property
    def idempotent(self) -> bool:
        return self.idempotency.idempotent

    def parameter_names(self, location: str | None = None) -> tuple[str, ...]:
        return tuple(name for where, name in self.parameters if location is None or where == location)


def auth_of(op: Mapping[str, Any], document: Mapping[str, Any]) -> str:
    """``session`` when only the session cookie is accepted, ``none`` without security, else ``bearer``."""
    security = op.get("security", document.get("security", []))
    schemes = {name for requirement in security for name in requirement}
    if not schemes:
        return "none"
    if schemes == {"sessionCookie"}:
        return "session"
    return "bearer"


def iter_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any], list[Any]]]:
    """(method, path, operation, path-level parameters) for every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield method, str(path), op, list(item.get("parameters") or [])


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _parameters(document: Mapping[str, Any], op: Mapping[str, Any], shared: list[Any]) -> tuple[tuple[str, str], ...]:
    out: dict[tuple[str, str], None] = {}
    for raw in [*shared, *(op.get("parameters") or [])]:
        param = _resolve(document, raw)
        out[(str(param["in"]), str(param["name"]))] = None
    return tuple(out)


def _names(where: str, raw: Any) -> Names | None:
    if not isinstance(raw, Mapping):
        return None
    sdk = raw.get("sdk")
    # The SDK path becomes Python attribute and method names: dotted snake_case, a resource and a method.
    parts = sdk.split(".") if isinstance(sdk, str) else []
    if not isinstance(sdk, str) or len(parts) < 2 or not all(p.isidentifier() and p.islower() for p in parts):
        raise VocabularyError(f"{where}: x-puffle-names.sdk must be dotted snake_case resource.method, got {sdk!r}")
    cli = raw.get("cli")
    flags = []
    for flag, target in (raw.get("flags") or {}).items():
        path = split_path(target.get("field") if isinstance(target, Mapping) else None)
        if len(path) < 2:
            raise VocabularyError(f"{where}: x-puffle-names.flags.{flag} needs a dotted body field path")
        if cli is None:
            raise VocabularyError(f"{where}: x-puffle-names.flags.{flag} on an operation without a command")
        flags.append((str(flag), path))
    return Names(
        sdk=sdk,
        resource=tuple(parts[:-1]),
        method=parts[-1],
        cli=tuple(str(cli).split()) if cli is not None else None,
        inferred=raw.get("x-puffle-inferred") is True,
        flags=tuple(flags),
    )


def _pagination(where: str, raw: Any, params: tuple[str, ...]) -> Pagination | None:
    if not isinstance(raw, Mapping):
        return None
    style = str(raw.get("style"))
    if style not in _STYLE_NEEDS:
        raise VocabularyError(f"{where}: unknown pagination style {style!r}")
    for key in ("limitParam", "cursorParam", "pageParam", "offsetParam"):
        if raw.get(key) is not None and raw[key] not in params:
            raise VocabularyError(f"{where}: x-puffle-pagination.{key} names {raw[key]!r}, not a query parameter")
    needs, reads_cursor = _STYLE_NEEDS[style]
    if not raw.get(needs):
        raise VocabularyError(f"{where}: pagination style {style} needs {needs}")
    if reads_cursor and not raw.get("nextCursor"):
        raise VocabularyError(f"{where}: pagination style {style} needs nextCursor")

    def path(key: str) -> tuple[str, ...] | None:
        return split_path(raw[key]) if raw.get(key) else None

    return Pagination(
        style=style,
        items=split_path(raw.get("items")),
        limit_param=raw.get("limitParam"),
        cursor_param=raw.get("cursorParam"),
        page_param=raw.get("pageParam"),
        offset_param=raw.get("offsetParam"),
        next_cursor=path("nextCursor"),
        has_more=path("hasMore"),
        total=path("total"),
    )


def _task(where: str, raw: Any, start_params: tuple[tuple[str, str], ...]) -> TaskPlan | None:
    if not isinstance(raw, Mapping):
        return None
    params: list[TaskParam] = []
    for poll_param, source in (raw.get("params") or {}).items():
        text = str(source)
        if text.startswith("$request."):
            _, location, name = text.split(".", 2)
            if (location, name) not in start_params:
                raise VocabularyError(f"{where}: x-puffle-task param {text!r} is not a parameter of the start call")
            params.append(TaskParam(str(poll_param), "request", location, name, None))
        else:
            params.append(TaskParam(str(poll_param), "response", None, None, split_path(text)))
    success = tuple(str(v) for v in raw.get("success") or ())
    failure = tuple(str(v) for v in raw.get("failure") or ())
    blocked = tuple(str(v) for v in raw.get("blocked") or ())
    overlap = (set(success) & set(failure)) | (set(blocked) & (set(success) | set(failure)))
    if overlap:
        raise VocabularyError(f"{where}: x-puffle-task lists {sorted(overlap)} in more than one outcome")
    return TaskPlan(
        poll=str(raw["poll"]),
        params=tuple(params),
        const=tuple((str(k), str(v)) for k, v in (raw.get("const") or {}).items()),
        status=split_path(raw.get("status")),
        success=success,
        failure=failure,
        blocked=blocked,
        interval=float(raw.get("interval", DEFAULT_TASK_INTERVAL)),
    )


def _idempotency(method: str, op: Mapping[str, Any]) -> Idempotency:
    raw = op.get("x-puffle-idempotent")
    declared = raw is True or isinstance(raw, Mapping)
    already = raw.get("alreadyDone", ()) if isinstance(raw, Mapping) else ()
    return Idempotency(
        idempotent=method in IDEMPOTENT_METHODS or declared,
        declared=declared,
        already_done=tuple(sorted(int(s) for s in already)),
        key=op.get("x-puffle-idempotency-key"),
    )


def _filters(where: str, raw: Mapping[str, Any], query: tuple[str, ...]) -> tuple[MockFilter, ...]:
    filters, unfiltered = raw.get("filters") or {}, raw.get("unfiltered") or {}
    if not isinstance(filters, Mapping) or not isinstance(unfiltered, Mapping):
        raise VocabularyError(f"{where}: x-puffle-mock filters/unfiltered must be mappings")
    for name in [*filters, *unfiltered]:
        if name not in query:
            raise VocabularyError(f"{where}: x-puffle-mock filter {name!r} is not a query parameter")
    out = []
    for name, spec in filters.items():
        op = spec.get("op", "eq") if isinstance(spec, Mapping) else None
        if op not in FILTER_OPERATORS:
            raise VocabularyError(f"{where}: filter {name!r} op must be one of {list(FILTER_OPERATORS)}")
        assert isinstance(spec, Mapping)
        fields = spec.get("fields") or ([spec["field"]] if spec.get("field") else [])
        # Only a search may go without fields: it then matches anywhere in the item.
        if not fields and op != "search":
            raise VocabularyError(f"{where}: filter {name!r} needs a field")
        paths = tuple(split_path(str(f)) for f in fields)
        out.append(MockFilter(str(name), str(op), paths, spec.get("default"), spec.get("value")))
    return tuple(out)


def _mock(where: str, raw: Any, query: tuple[str, ...]) -> MockPlan | None:
    if not isinstance(raw, Mapping):
        return None
    resource = raw.get("resource")
    options = {k: v for k, v in raw.items() if k not in ("action", "resource")}
    return MockPlan(
        action=str(raw.get("action")),
        resource=str(resource) if resource else None,
        options=MappingProxyType(options),
        filters=_filters(where, raw, query),
        unfiltered=MappingProxyType({str(k): str(v) for k, v in (raw.get("unfiltered") or {}).items()}),
    )


def read_operation(
    document: Mapping[str, Any], method: str, path: str, op: Mapping[str, Any], shared: list[Any] | None = None
) -> OperationRecord:
    """The record of one operation (without the checks that need the other operations)."""
    where = str(op.get("operationId") or f"{method.upper()} {path}")
    parameters = _parameters(document, op, shared or [])
    verb = method.upper()
    query = tuple(n for w, n in parameters if w == "query")
    return OperationRecord(
        operation_id=where,
        method=verb,
        path=path,
        tag=str((op.get("tags") or ["default"])[0]),
        auth=auth_of(op, document),
        safe=verb in SAFE_METHODS,
        idempotency=_idempotency(verb, op),
        error_shape=str(op.get("x-puffle-error-shape", "envelope")),
        credits=bool(op.get("x-puffle-credits", False)),
        pagination=_pagination(where, op.get("x-puffle-pagination"), query),
        task=_task(where, op.get("x-puffle-task"), parameters),
        names=_names(where, op.get("x-puffle-names")),
        mock=_mock(where, op.get("x-puffle-mock"), query),
        parameters=parameters,
        extensions=MappingProxyType({k: v for k, v in sorted(op.items()) if k.startswith("x-puffle-")}),
    )


def read_operations(document: Mapping[str, Any]) -> dict[str, OperationRecord]:
    """Every operation's record by operationId, checked against the others (task poll targets, unique names)."""
    records: dict[str, OperationRecord] = {}
    for method, path, op, shared in iter_operations(document):
        record = read_operation(document, method, path, op, shared)
        if record.operation_id in records:
            raise VocabularyError(f"{record.operation_id}: operationId used twice")
        records[record.operation_id] = record
    sdk_names: dict[str, str] = {}
    for record in records.values():
        task = record.task
        if task is not None:
            poll = records.get(task.poll)
            if poll is None:
                raise VocabularyError(f"{record.operation_id}: x-puffle-task.poll: unknown operation {task.poll!r}")
            for name in [p.poll_param for p in task.params] + [k for k, _ in task.const]:
                if name not in poll.parameter_names():
                    raise VocabularyError(f"{record.operation_id}: {task.poll} has no parameter {name!r} to poll with")
        if record.names is not None:
            other = sdk_names.setdefault(record.names.sdk, record.operation_id)
            if other != record.operation_id:
                raise VocabularyError(f"{record.operation_id}: SDK name {record.names.sdk!r} is also {other}'s")
    return records
