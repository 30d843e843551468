"""The one place the CLI reads the spec: each operation's command words, flags, pagination and task markers.

Everything comes from the spec shipped inside the generated package (``puffle_client/openapi.json``). What the
``x-puffle-*`` extensions say (command words, pagination, task, auth) comes from `puffle._vocabulary`, the one
reader shared with the generator and the mock; flags come from the path/query parameters and the top-level
request body fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any, NamedTuple

from .._vocabulary import OperationRecord, iter_operations, read_operation

__all__ = ["Command", "Flag", "kebab", "load_commands"]


def kebab(name: str) -> str:
    """``fetchCount`` -> ``fetch-count``, ``sender_account_ids`` -> ``sender-account-ids`` (the CLI's flag names)."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1-\2", name)
    return name.replace("_", "-").lower()


@dataclass(frozen=True, eq=False)
class Flag:
    """One ``--flag`` of a command: where its value goes and the (resolved) schema it must satisfy."""

    name: str  # kebab-case, without the dashes
    field: str  # the spec's own name (parameter name or body property; dotted for a nested body field)
    location: str  # "path", "query" or "body"
    schema: Mapping[str, Any]
    required: bool
    description: str
    path: tuple[str, ...] = ()  # a body field's place in the body: ("mode",), ("output", "writePolicy")

    @property
    def type(self) -> str | None:
        """The JSON type, ignoring ``null`` in a type list (``["string", "null"]`` -> ``"string"``)."""
        kind = self.schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            return str(kinds[0]) if len(kinds) == 1 else None
        return str(kind) if kind else None

    @property
    def is_file(self) -> bool:
        return self.type == "string" and self.schema.get("format") == "binary"


@dataclass(frozen=True, eq=False)
class Command:
    """One operation reachable from the command line."""

    words: tuple[str, ...]
    operation_id: str
    module: str  # the generated endpoint module that builds and parses this operation's requests
    method: str
    path: str
    summary: str
    description: str
    paginated: bool
    task: bool
    auth: str  # "bearer", "session" or "none"
    inferred: bool  # the words were derived by the docs' naming rules, not shown in the docs
    source: _Source = field(repr=False)

    @cached_property
    def _inputs(self) -> tuple[tuple[Flag, ...], str | None, bool]:
        # Worked out on first use: a run needs the flags of its own command (and same-word siblings) only.
        return _inputs(*self.source)

    @property
    def flags(self) -> tuple[Flag, ...]:
        return self._inputs[0]

    @property
    def body_content_type(self) -> str | None:
        return self._inputs[1]

    @property
    def body_required(self) -> bool:
        return self._inputs[2]

    @property
    def line(self) -> str:
        return " ".join(("puffle", *self.words))

    @property
    def path_flags(self) -> frozenset[str]:
        return frozenset(f.name for f in self.flags if f.location == "path")


class _Resolver:
    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc

    def __call__(self, node: Any) -> Any:
        """Follow ``$ref`` (and a lone ``allOf`` wrapper) until a concrete schema/parameter/body remains."""
        for _ in range(32):  # bounded: a self-referencing spec must not hang the CLI
            if isinstance(node, Mapping) and "$ref" in node:
                target: Any = self.doc
                for part in str(node["$ref"]).lstrip("#/").split("/"):
                    target = target[part.replace("~1", "/").replace("~0", "~")]
                extra = {k: v for k, v in node.items() if k != "$ref"}
                node = {**target, **extra} if extra else target
            elif isinstance(node, Mapping) and isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
                extra = {k: v for k, v in node.items() if k != "allOf"}
                node = {**self(node["allOf"][0]), **extra}
            else:
                return node
        raise ValueError("spec $ref chain too deep")


class _Source(NamedTuple):
    op: Mapping[str, Any]
    shared: list[Any]
    resolve: _Resolver
    nested: tuple[tuple[str, tuple[str, ...]], ...] = ()  # x-puffle-names.flags: (flag, body field path)


def _inputs(
    op: Mapping[str, Any],
    shared: list[Any],
    resolve: _Resolver,
    nested: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> tuple[tuple[Flag, ...], str | None, bool]:
    """(flags, body content type, body required): path/query parameters, top-level body fields, and the flags
    the spec's naming record adds for nested body fields (``x-puffle-names.flags``)."""
    flags: list[Flag] = []
    for raw in [*shared, *op.get("parameters", [])]:
        param = resolve(raw)
        if param.get("in") not in ("path", "query"):
            continue
        schema = resolve(param.get("schema", {}))
        flags.append(
            Flag(
                name=kebab(param["name"]),
                field=param["name"],
                location=param["in"],
                schema=schema,
                required=bool(param.get("required")) or param["in"] == "path",
                description=str(param.get("description") or schema.get("description") or ""),
            )
        )
    content_type = None
    body_required = False
    body = resolve(op.get("requestBody")) if op.get("requestBody") else None
    if body:
        content_type, media = next(iter(body.get("content", {}).items()))
        body_required = bool(body.get("required"))
        schema = resolve(media.get("schema", {}))
        required = set(schema.get("required", []))
        for name, prop in schema.get("properties", {}).items():
            prop = resolve(prop)
            flags.append(
                Flag(
                    name=kebab(name),
                    field=name,
                    location="body",
                    schema=prop,
                    required=body_required and name in required,
                    description=str(prop.get("description") or ""),
                    path=(name,),
                )
            )
        for name, path in nested:
            prop = schema
            for part in path:
                prop = resolve(resolve(prop).get("properties", {}).get(part))
                if not isinstance(prop, Mapping):  # the spec names a field it does not have: a spec bug
                    raise ValueError(f"x-puffle-names.flags.{name}: the request body has no {'.'.join(path)}")
            if any(f.name == name for f in flags):
                raise ValueError(f"x-puffle-names.flags.{name}: the command already has --{name}")
            description = str(prop.get("description") or "")
            flags.append(
                Flag(
                    name=name,
                    field=".".join(path),
                    location="body",
                    schema=prop,
                    required=False,
                    description=f"{description} (sets {'.'.join(path)})".strip(),
                    path=path,
                )
            )
    return tuple(flags), content_type, body_required


def _command(record: OperationRecord, source: _Source, modules: Mapping[str, Any]) -> Command | None:
    names = record.names
    if names is None or not names.cli:
        return None
    op = source.op
    return Command(
        words=names.cli,
        operation_id=record.operation_id,
        module=str(modules[record.operation_id]["module"]),
        method=record.method,
        path=record.path,
        summary=str(op.get("summary") or ""),
        description=str(op.get("description") or ""),
        paginated=record.pagination is not None,
        task=record.task is not None,
        auth=record.auth,
        inferred=names.inferred,
        source=source,
    )


@cache
def load_commands() -> tuple[Command, ...]:
    """Every operation that has command words in the spec, in spec order."""
    import puffle_client  # the generated package ships the spec it was generated from
    from puffle_client._operations import OPERATIONS

    doc = json.loads((Path(puffle_client.__file__).parent / "openapi.json").read_bytes())
    resolve = _Resolver(doc)
    commands = []
    for method, path, op, shared in iter_operations(doc):
        record = read_operation(doc, method, path, op, shared)
        nested = record.names.flags if record.names is not None else ()
        command = _command(record, _Source(op, shared, resolve, nested), OPERATIONS)
        if command is not None:
            commands.append(command)
    return tuple(commands)
