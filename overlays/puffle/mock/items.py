"""Finding and writing items for the generic actions: the request context and the shared item operations.

`Context` carries one request through an action, with the scope its ``x-puffle-mock`` expressions read.
`ItemOps` resolves the ids an operation names (path parameters by default, ``key``/``parentKey`` otherwise)
into stored items, checks ``when``/``require``/``unique``, and builds, merges, orders and stores items. The
actions in `puffle.mock.actions` are written in terms of these operations only.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from .config import MockConfig
from .errors import MockError
from .expressions import assign, evaluate, lookup, split_path
from .responses import Result
from .spec import MockSpec, Operation, Resource
from .state import Entry, Store
from .tasks import new_uuid, now
from .validation import RequestData

__all__ = ["Context", "ItemOps", "ids_of", "key_expression", "ordered", "parent_expression", "refusal"]

_CREATED = ("createdAt", "created_at")
_UPDATED = ("updatedAt", "updated_at")


def ordered(entries: list[Entry], field: str) -> list[Entry]:
    """Entries by their integer ``field`` (position), items without one last, ties by age."""

    def position(entry: Entry) -> tuple[int, int]:
        value = entry.data.get(field)
        return (value if isinstance(value, int) and not isinstance(value, bool) else 1 << 60, entry.seq)

    return sorted(entries, key=position)


def refusal(data: dict[str, Any], when: Any) -> str | None:
    """Why ``data`` fails a ``when`` (allowed values per dotted field), or None when it passes."""
    for dotted, allowed in (when or {}).items():
        value = lookup(data, split_path(str(dotted)))
        if value not in allowed:
            return f"{dotted} is {json.dumps(value)}; this needs one of {json.dumps(allowed)}"
    return None


def ids_of(value: Any) -> list[str]:
    """An expression's value as a list of ids: None -> [], a scalar -> [it], a list -> its non-null items."""
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def key_expression(op: Operation) -> Any:
    """Where the id of the item an operation addresses comes from (``key``, else the path parameters)."""
    if "key" in op.mock:
        return op.mock["key"]
    if op.action in ("list", "create", "import", "batch-update", "batch-delete"):
        return None
    names = op.path_params
    if op.mock.get("parent"):
        return f"$request.path.{names[1]}" if len(names) > 1 else None
    return f"$request.path.{names[-1]}" if names else None


def parent_expression(op: Operation) -> Any:
    """Where the parent id comes from (``parentKey``, else the first path parameter)."""
    if "parentKey" in op.mock:
        return op.mock["parentKey"]
    names = op.path_params
    return f"$request.path.{names[0]}" if names and op.mock.get("parent") else None


class Context:
    """One request in flight: the operation, its validated request and the expression scope."""

    def __init__(self, op: Operation, request: RequestData, fail_task: bool) -> None:
        self.op = op
        self.request = request
        self.fail_task = fail_task
        self.scope: dict[str, Any] = {
            "request": request.scope(),
            "now": now(),
            "uuid": new_uuid,
            "item": None,
            "parent": None,
            "with": None,
            "required": {},
            "count": 0,
            "duplicates": 0,
            "total": 0,
            "produced": 0,
            "children": 0,
            "planned": None,
            "reused": False,
            "siblings": [],
        }
        self.mock = op.mock

    def ev(self, value: Any, **extra: Any) -> Any:
        return evaluate(value, {**self.scope, **extra} if extra else self.scope)


class ItemOps:
    """Item lookups and writes shared by every action."""

    def __init__(self, spec: MockSpec, store: Store, config: MockConfig) -> None:
        self.spec = spec
        self.store = store
        self.config = config

    def _resource(self, ctx: Context) -> Resource:
        name = ctx.op.resource
        if name is None:
            raise MockError(500, f"{ctx.op.operation_id} names no resource")
        return self.spec.resources[name]

    @staticmethod
    def _label(resource: str) -> str:
        return resource[:-1] if resource.endswith("s") else resource

    @staticmethod
    def _key_expr(ctx: Context) -> Any:
        return key_expression(ctx.op)

    @staticmethod
    def _parent_expr(ctx: Context) -> Any:
        return parent_expression(ctx.op)

    def _parents(self, ctx: Context) -> list[Entry]:
        """The parent items this request addresses (404 for an unknown one); empty when none is named."""
        parent = ctx.mock.get("parent")
        if not parent:
            return []
        found = []
        expr = self._parent_expr(ctx)
        for key in ids_of(ctx.ev(expr)):
            entry = self.store.get(str(parent), key)
            if entry is None:
                raise self._missing(ctx, expr, str(parent), key)
            found.append(entry)
        if found:
            ctx.scope["parent"] = self.store.render(str(parent), found[0], embed=False)
        return found

    def _scoped(self, resource: str, parent: str | None, parents: list[Entry]) -> list[Entry]:
        if parent and parents:
            return self.store.children(parent, parents[0].id, resource)
        return self.store.collection(resource).ordered()

    def _item(self, ctx: Context, parents: list[Entry]) -> Entry:
        """The item the request addresses (inside its parent when the resource has one); 404/409 if none."""
        resource = self._resource(ctx)
        expr = self._key_expr(ctx)
        value = ctx.ev(expr)
        entry = self.store.get(resource.name, value) if value is not None else None
        parent = ctx.mock.get("parent")
        if entry is not None and parent and parents and parents[0].id not in entry.links.get(str(parent), []):
            entry = None
        if entry is None:
            raise self._missing(ctx, expr, resource.name, value)
        return entry

    def _missing(self, ctx: Context, expr: Any, resource: str, key: Any) -> MockError:
        """404 when the URL names the missing item (or the request has no URL resource); else 409.

        An id in the body or query of a request to an existing URL resource (a prospect id sent to
        ``/api/campaigns/{id}/leads``) does not make the URL's resource missing, so it is a conflict
        with that resource's state rather than a 404.
        """
        from_path = isinstance(expr, str) and expr.startswith("$request.path.")
        status = 404 if from_path or not ctx.op.path_params else 409
        return MockError(status, f"{self._label(resource)} {key} not found")

    def _require(self, ctx: Context) -> None:
        for resource, expr in (ctx.mock.get("require") or {}).items():
            key = ctx.ev(expr)
            if key is None:
                continue
            entry = self.store.get(str(resource), key)
            if entry is None:
                raise self._missing(ctx, expr, str(resource), key)
            ctx.scope["required"][str(resource)] = self.store.render(str(resource), entry, embed=False)

    @staticmethod
    def _blocked(ctx: Context, entry: Entry) -> str | None:
        return refusal(entry.data, ctx.mock.get("when"))

    def _when(self, ctx: Context, entry: Entry) -> None:
        blocked = self._blocked(ctx, entry)
        if blocked:
            reason = ctx.mock.get("reason")
            message = f"{self._label(self._resource(ctx).name)} {entry.id}: {blocked}"
            raise MockError(409, message, reason=str(reason) if reason else None)

    def _protected(self, resource: str) -> set[str]:
        fields = {self.spec.resources[resource].key_field}
        fields |= {r.field for r in self.spec.relations.values() if r.child == resource and r.field}
        return fields

    def _merge(self, resource: str, data: dict[str, Any], patch: Any, *, extras: bool = False) -> None:
        """Copy the patch's fields that the item schema declares and whose values fit it.

        With ``extras`` (updates), fields the schema does not declare are kept too when the schema allows
        additional properties, so feedback such as a signal's ``vote`` is remembered.
        """
        if not isinstance(patch, dict):
            return
        res = self.spec.resources[resource]
        node = self.spec.schemas.resolve(res.schema)
        props = self.spec.schemas.properties(res.schema)
        open_schema = node.get("additionalProperties", True) is True
        protected = self._protected(resource)
        for name, value in patch.items():
            if name in protected:
                continue
            if name in props:
                if self.spec.schemas.is_valid(value, props[name]):
                    data[name] = value
            elif extras and open_schema:
                data[name] = value

    def _touch(self, resource: str, data: dict[str, Any], *, created: bool) -> None:
        props = self.spec.schemas.properties(self.spec.resources[resource].schema)
        stamp = now()
        for name in (*(_CREATED if created else ()), *_UPDATED):
            if name in props and self.spec.schemas.is_valid(stamp, props[name]):
                data[name] = stamp

    @staticmethod
    def _apply_set(ctx: Context, data: dict[str, Any], options: Any, **extra: Any) -> None:
        for dotted, expr in (options or {}).items():
            # Copy on write: rendered items share their nested values with the store, so a value taken
            # from one (``$parent.tags``) is copied before another item keeps it.
            assign(data, str(dotted), copy.deepcopy(ctx.ev(expr, **extra)))

    def _new(self, ctx: Context, resource: str, fields: Any, set_options: Any, **extra: Any) -> dict[str, Any]:
        """A new item (not stored yet): fresh data, the body's fitting fields, then ``set``."""
        data = self.store.new_data(resource)
        self._merge(resource, data, fields)
        self._touch(resource, data, created=True)
        self._apply_set(ctx, data, set_options, item=data, **extra)
        return data

    def _store(self, resource: str, data: dict[str, Any], links: dict[str, list[str]]) -> Entry:
        entry = self.store.add(resource, data)
        for parent, keys in links.items():
            for key in keys:
                self.store.link(resource, entry, parent, key)
        return entry

    def _duplicate(self, ctx: Context, resource: str, data: dict[str, Any], pool: list[Entry]) -> str | None:
        for name in ctx.mock.get("unique") or ():
            value = data.get(str(name))
            if value in (None, ""):
                continue
            if any(e.data.get(str(name)) == value for e in pool):
                return f"a {self._label(resource)} with {name} {json.dumps(value)} already exists"
        return None

    def _reorder(
        self, resource: str, parent: str | None, parents: list[Entry], entry: Entry | None, to: Any, field: str
    ) -> None:
        others = [e for e in self._scoped(resource, parent, parents) if entry is None or e.id != entry.id]
        siblings = ordered(others, field)
        if entry is not None:
            index = to if isinstance(to, int) and not isinstance(to, bool) else len(siblings)
            siblings.insert(max(0, min(index, len(siblings))), entry)
        for position, sibling in enumerate(siblings):
            sibling.data[field] = position

    def _siblings(self, ctx: Context, resource: str, parents: list[Entry]) -> list[dict[str, Any]]:
        parent = ctx.mock.get("parent")
        entries = self._scoped(resource, str(parent) if parent else None, parents)
        field = ctx.mock.get("field")
        if field:
            entries = ordered(entries, str(field))
        return [self.store.render(resource, e) for e in entries]

    def _result(self, ctx: Context, resource: str, entry: Entry | None, parents: list[Entry]) -> Result:
        item = self.store.render(resource, entry) if entry is not None else None
        ctx.scope["item"] = item
        parent = ctx.mock.get("parent")
        return Result(
            resource=resource,
            entry=entry,
            item=item,
            parent_resource=str(parent) if parent else None,
            parent=ctx.scope["parent"],
        )

    @staticmethod
    def _links(ctx: Context, parents: list[Entry]) -> dict[str, list[str]]:
        parent = ctx.mock.get("parent")
        return {str(parent): [p.id for p in parents]} if parent and parents else {}

    def _members(self, ctx: Context) -> list[Entry]:
        member = ctx.mock.get("member")
        if not member:
            return []
        keys = ids_of(ctx.ev(ctx.mock.get("ids")))
        found = [self.store.get(str(member), key) for key in keys]
        missing = [key for key, entry in zip(keys, found, strict=True) if entry is None]
        if missing:
            raise self._missing(ctx, ctx.mock.get("ids"), str(member), ", ".join(missing[:10]))
        return [entry for entry in found if entry is not None]

    def _idempotent(self, ctx: Context, resource: str) -> Entry | None:
        field = ctx.op.idempotency_key
        key = lookup(ctx.request.body, [field]) if field else None
        if key in (None, ""):
            return None
        known = self.store.idempotency.get((ctx.op.operation_id, str(key)))
        entry = self.store.get(resource, known) if known else None
        ctx.scope["reused"] = entry is not None
        return entry

    def _remember(self, ctx: Context, entry: Entry) -> None:
        field = ctx.op.idempotency_key
        key = lookup(ctx.request.body, [field]) if field else None
        if key not in (None, ""):
            self.store.idempotency[(ctx.op.operation_id, str(key))] = entry.id

    def _sources(self, ctx: Context, source: Any, ids: Any) -> list[tuple[Any, str | None]]:
        """(fields, source id) pairs to create items from: body rows, or the items of another resource."""
        if not isinstance(source, dict):
            rows = lookup(ctx.request.body, split_path(str(ctx.mock.get("items") or "items")))
            return [(row, None) for row in rows] if isinstance(rows, list) else []
        name = str(source["resource"])
        if source.get("parent"):
            parent = str(source["parent"])
            expr = source.get("parentKey") or f"$request.path.{ctx.op.path_params[0]}"
            keys = ids_of(ctx.ev(expr))
            if not keys:
                return []
            owner = self.store.get(parent, keys[0])
            if owner is None:
                raise self._missing(ctx, expr, parent, keys[0])
            entries = self.store.children(parent, owner.id, name)
        else:
            entries = self.store.collection(name).ordered()
        wanted = ids if ids is None else set(ids_of(ids))
        return [(self.store.render(name, e, embed=False), e.id) for e in entries if wanted is None or e.id in wanted]
