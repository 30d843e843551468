"""The generic actions of ``x-puffle-mock``, each implemented once for every resource.

An operation's extension names its action and resource; options (all optional) refine it:

- ``key`` / ``parentKey``: expressions for the addressed item and parent ids (default: the path parameters,
  parent first); ``parent`` + ``link``: the parent resource and the child field that links to it.
- ``set``: fields to set (dotted paths, expressions); ``when``: allowed values per field, else 409;
  ``require``: ``{resource: id-expression}`` that must exist, else 404; ``unique``: fields that must not repeat.
- ``respond``: response fields to set last; ``item`` / ``items``: where the item(s) sit when not inferable.
- list: ``filters`` (query parameter -> test on the item) and ``unfiltered`` (documented parameters that do
  not filter, with the reason): see `puffle.mock.filters`.
- create/import: ``member`` + ``ids`` link existing items to the new one; ``field`` + ``to`` place it in order;
  import reads ``items`` from the body or copies ``from: {resource, parent, parentKey}`` (``ids`` narrows it),
  ``dryRun`` counts without storing.
- batch-update/batch-delete: ``items`` (body array), ``key`` (id field of each entry), ``ids``, ``all``.
- transition: ``children`` (``resource``, ``when``, ``set``) also sets fields on the item's children that pass
  ``when`` (a cancelled run's pending items become skipped); ``reason`` goes into the 409 a ``when`` refusal gives.
- task-start: ``progress``, ``done``, ``failed``, ``produce`` (``resource``, ``count`` | ``each`` | ``from``,
  ``set``, ``link``, and ``at: start`` with ``done`` / ``failed`` for items that exist while the task runs) and
  ``with`` (``resource``, ``key``, ``field``, ``set``): see `puffle.mock.tasks`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from .config import MockConfig
from .errors import MockError
from .expressions import assign, evaluate, lookup, split_path
from .filters import Filter, declared, predicate
from .items import Context, ItemOps, ids_of, refusal
from .pagination import paginate
from .responses import Batch, Result
from .spec import MockSpec, Operation, Resource
from .state import Entry, Store, Task
from .tasks import TaskRunner, new_uuid, now
from .validation import RequestData

__all__ = ["Engine"]


class Engine(ItemOps):
    """Runs the action an operation declares against the `Store`."""

    def __init__(self, spec: MockSpec, store: Store, config: MockConfig) -> None:
        super().__init__(spec, store, config)
        self.tasks = TaskRunner(spec, store, self._produce)
        self._declared: dict[str, list[Filter]] = {}
        self.actions: dict[str, Callable[[Context], Result]] = {
            "static": self.static,
            "get": self.get,
            "list": self.list_items,
            "create": self.create,
            "update": self.update,
            "delete": self.delete,
            "transition": self.transition,
            "batch-update": self.batch_update,
            "batch-delete": self.batch_delete,
            "add-members": self.add_members,
            "remove-members": self.remove_members,
            "import": self.import_items,
            "move": self.move,
            "task-start": self.task_start,
        }

    def _filters(self, op: Operation) -> list[Filter]:
        found = self._declared.get(op.operation_id)
        if found is None:
            found = self._declared[op.operation_id] = declared(op)
        return found

    def run(self, op: Operation, request: RequestData, *, fail_task: bool = False) -> Result:
        ctx = Context(op, request, fail_task or self.config.fail_tasks)
        result = self.actions[op.action](ctx)
        result.scope = ctx.scope
        return result

    def static(self, ctx: Context) -> Result:
        if not ctx.op.resource:
            return Result()
        resource = self._resource(ctx)
        parents = self._parents(ctx)
        entry = self._item(ctx, parents)
        result = self._result(ctx, resource.name, entry, parents)
        result.item = None
        result.entry = None
        return result

    def get(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        if resource.singleton:
            ctx.scope["item"] = self.store.singletons[resource.name]
            return Result(resource=resource.name, singleton=self.store.singletons[resource.name])
        parents = self._parents(ctx)
        entry = self._item(ctx, parents)
        self.tasks.poll(ctx.op, ctx.request, resource.name, [entry])
        if ctx.mock.get("set"):
            # A read with a documented side effect (reading a thread marks it read).
            ctx.scope["item"] = entry.data
            self._apply_set(ctx, entry.data, ctx.mock["set"])
        return self._result(ctx, resource.name, entry, parents)

    def list_items(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        parent = ctx.mock.get("parent")
        parents = self._parents(ctx)
        entries = self._scoped(resource.name, str(parent) if parent else None, parents)
        if ctx.mock.get("key"):
            key = ctx.ev(ctx.mock["key"])
            if key is not None:
                entry = self.store.get(resource.name, key)
                if entry is None or not any(e is entry for e in entries):
                    raise self._missing(ctx, ctx.mock["key"], resource.name, key)
                entries = [entry]
        keep = predicate(self._filters(ctx.op), ctx.request.query)
        if self.spec.polls.get(ctx.op.operation_id):
            # A poll advances the tasks of what it shows, so this (rare) case filters eagerly.
            entries = entries if keep is None else [e for e in entries if keep(e)]
            keep = None
            self.tasks.poll(ctx.op, ctx.request, resource.name, entries)
        collection = self.store.collection(resource.name)
        page = paginate(ctx.op, entries, ctx.request.query, collection, self.config.page_size, keep)
        items = [self.store.render(resource.name, e) for e in page.items]
        return Result(
            resource=resource.name,
            items=items,
            page=page,
            parent_resource=str(parent) if parent else None,
            parent=ctx.scope["parent"],
        )

    def create(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        self._require(ctx)
        parents = self._parents(ctx)
        members = self._members(ctx)
        reused = self._idempotent(ctx, resource.name)
        if reused is not None:
            return self._result(ctx, resource.name, reused, parents)
        links = self._links(ctx, parents)
        data = self._new(ctx, resource.name, ctx.request.body, ctx.mock.get("set"))
        parent = ctx.mock.get("parent")
        pool = self._scoped(resource.name, str(parent) if parent else None, parents)
        duplicate = self._duplicate(ctx, resource.name, data, pool)
        if duplicate:
            raise MockError(409, duplicate)
        entry = self._store(resource.name, data, links)
        self._remember(ctx, entry)
        for member in members:
            self.store.link(str(ctx.mock["member"]), member, resource.name, entry.id)
        if ctx.mock.get("field"):
            self._reorder(
                resource.name,
                str(parent) if parent else None,
                parents,
                entry,
                ctx.ev(ctx.mock.get("to")),
                str(ctx.mock["field"]),
            )
        ctx.scope["siblings"] = self._siblings(ctx, resource.name, parents)
        return self._result(ctx, resource.name, entry, parents)

    def update(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        patch = ctx.ev(ctx.mock["patch"]) if "patch" in ctx.mock else ctx.request.body
        if resource.singleton:
            state = self.store.singletons[resource.name]
            if isinstance(state, dict) and isinstance(patch, dict):
                props = self.spec.schemas.properties(resource.schema)
                for name, value in patch.items():
                    if name in props and self.spec.schemas.is_valid(value, props[name]):
                        state[name] = value
            if isinstance(state, dict):
                ctx.scope["item"] = state
                self._apply_set(ctx, state, ctx.mock.get("set"))
            return Result(resource=resource.name, singleton=state)
        self._require(ctx)
        parents = self._parents(ctx)
        entry = self._item(ctx, parents)
        self._when(ctx, entry)
        self._merge(resource.name, entry.data, patch, extras=True)
        self._touch(resource.name, entry.data, created=False)
        ctx.scope["item"] = entry.data
        self._apply_set(ctx, entry.data, ctx.mock.get("set"))
        return self._result(ctx, resource.name, entry, parents)

    def delete(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        parents = self._parents(ctx)
        entry = self._item(ctx, parents)
        self._when(ctx, entry)
        result = self._result(ctx, resource.name, entry, parents)
        self.store.remove(resource.name, entry.id)
        parent = ctx.mock.get("parent")
        if ctx.mock.get("field"):
            self._reorder(resource.name, str(parent) if parent else None, parents, None, None, str(ctx.mock["field"]))
        ctx.scope["siblings"] = self._siblings(ctx, resource.name, parents)
        result.entry = None
        return result

    def transition(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        parents = self._parents(ctx)
        entry = self._item(ctx, parents)
        self._when(ctx, entry)
        ctx.scope["item"] = entry.data
        self._cascade(ctx, resource.name, entry)
        self._apply_set(ctx, entry.data, ctx.mock.get("set"))
        self._touch(resource.name, entry.data, created=False)
        return self._result(ctx, resource.name, entry, parents)

    def _cascade(self, ctx: Context, resource: str, entry: Entry) -> None:
        """``children``: the transition also sets fields on the item's children that pass its ``when``."""
        options = ctx.mock.get("children")
        if not isinstance(options, dict):
            return
        changed = 0
        for child in self.store.children(resource, entry.id, str(options["resource"])):
            if refusal(child.data, options.get("when")) is None:
                self._apply_set(ctx, child.data, options.get("set"), item=child.data)
                changed += 1
        ctx.scope["children"] = changed

    def batch_update(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        parents = self._parents(ctx)
        key_field = str(ctx.mock.get("key") or "id")
        rows = lookup(ctx.request.body, split_path(str(ctx.mock.get("items") or "items")))
        batch = Batch()
        parent = ctx.mock.get("parent")
        for row in rows if isinstance(rows, list) else []:
            key = row.get(key_field) if isinstance(row, dict) else None
            entry = self.store.get(resource.name, key)
            if entry is not None and parent and parents and parents[0].id not in entry.links.get(str(parent), []):
                entry = None
            error = "not found" if entry is None else self._blocked(ctx, entry)
            if entry is not None and error is None:
                patch = {k: v for k, v in row.items() if k != key_field}
                self._merge(resource.name, entry.data, patch, extras=True)
                self._touch(resource.name, entry.data, created=False)
                self._apply_set(ctx, entry.data, ctx.mock.get("set"), item=entry.data)
                batch.ok.append(entry.id)
            else:
                batch.errors.append({"id": None if key is None else str(key), "error": error})
            batch.requested.append((None if key is None else str(key), error))
        ctx.scope["count"] = len(batch.ok)
        return Result(resource=resource.name, batch=batch)

    def batch_delete(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        parent = ctx.mock.get("parent")
        parents = self._parents(ctx)
        scope = self._scoped(resource.name, str(parent) if parent else None, parents)
        in_scope = {e.id for e in scope}
        batch = Batch()
        everything = ctx.ev(ctx.mock.get("all")) is True
        keys = [e.id for e in scope] if everything else ids_of(ctx.ev(ctx.mock.get("ids")))
        for key in keys:
            entry = self.store.get(resource.name, key) if key in in_scope else None
            error = "not found" if entry is None else self._blocked(ctx, entry)
            if entry is not None and error is None:
                self.store.remove(resource.name, entry.id)
                batch.ok.append(entry.id)
            else:
                batch.errors.append({"id": key, "error": error})
            batch.requested.append((key, error))
        if ctx.mock.get("field"):
            self._reorder(resource.name, str(parent) if parent else None, parents, None, None, str(ctx.mock["field"]))
        ctx.scope["count"] = len(batch.ok)
        return Result(resource=resource.name, batch=batch)

    def _membership(self, ctx: Context, link: bool) -> Result:
        resource = self._resource(ctx)
        entry = self._item(ctx, [])
        members = self._members(ctx)
        member = str(ctx.mock["member"])
        for item in members:
            if link:
                self.store.link(member, item, resource.name, entry.id)
            else:
                self.store.unlink(member, item, resource.name, entry.id)
        ctx.scope["count"] = len(members)
        self._touch(resource.name, entry.data, created=False)
        return self._result(ctx, resource.name, entry, [])

    def add_members(self, ctx: Context) -> Result:
        return self._membership(ctx, True)

    def remove_members(self, ctx: Context) -> Result:
        return self._membership(ctx, False)

    def import_items(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        self._require(ctx)
        parent = ctx.mock.get("parent")
        parents = self._parents(ctx)
        source = ctx.mock.get("from")
        sources = self._sources(ctx, source, ctx.ev(ctx.mock.get("ids")) if source else None)
        dry = ctx.ev(ctx.mock.get("dryRun")) is True
        links = self._links(ctx, parents)
        pool = self._scoped(resource.name, str(parent) if parent else None, parents)
        created: list[Entry] = []
        pending: list[Entry] = []
        duplicates = 0
        for fields, source_id in sources:
            body_fields = None if source else fields
            data = self._new(ctx, resource.name, body_fields, ctx.mock.get("set"), source=fields, each=source_id)
            if self._duplicate(ctx, resource.name, data, pool + pending):
                duplicates += 1
                continue
            if dry:
                pending.append(Entry(data=data, seq=-1))
                continue
            entry = self._store(resource.name, data, links)
            created.append(entry)
            pending.append(entry)
        ctx.scope.update(count=len(pending), duplicates=duplicates, total=len(sources))
        return Result(
            resource=resource.name,
            items=[self.store.render(resource.name, e) for e in created],
            parent_resource=str(parent) if parent else None,
            parent=ctx.scope["parent"],
        )

    def move(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        parent = ctx.mock.get("parent")
        parents = self._parents(ctx)
        entry = self._item(ctx, parents)
        field = str(ctx.mock.get("field") or "position")
        self._reorder(resource.name, str(parent) if parent else None, parents, entry, ctx.ev(ctx.mock.get("to")), field)
        ctx.scope["siblings"] = self._siblings(ctx, resource.name, parents)
        return self._result(ctx, resource.name, entry, parents)

    def task_start(self, ctx: Context) -> Result:
        resource = self._resource(ctx)
        self._require(ctx)
        parents = self._parents(ctx)
        reused = self._idempotent(ctx, resource.name)
        if reused is not None:
            return self._result(ctx, resource.name, reused, parents)
        # What the task will produce, known now so the answer and the item can report it (``$planned``).
        ctx.scope["planned"] = len(self._plan(ctx.mock.get("produce"), ctx.scope))
        key_expr = self._key_expr(ctx)
        if key_expr is not None:
            entry = self._item(ctx, parents)
            self._when(ctx, entry)
            ctx.scope["item"] = entry.data
            self._apply_set(ctx, entry.data, ctx.mock.get("set"))
        else:
            entry = self._create_task_item(ctx, resource, parents)
        task = self.tasks.start(ctx.op, resource.name, entry, self._snapshot(ctx), fail=ctx.fail_task)
        if (ctx.mock.get("produce") or {}).get("at") == "start":
            self._produce(task, resource.name, entry, {**self._snapshot(ctx), "item": entry.data})
        self._touch(resource.name, entry.data, created=False)
        return self._result(ctx, resource.name, entry, parents)

    def _create_task_item(self, ctx: Context, resource: Resource, parents: list[Entry]) -> Entry:
        options = ctx.mock.get("with")
        related: Entry | None = None
        if isinstance(options, dict):
            other = str(options["resource"])
            key = ctx.ev(options.get("key"))
            if key is not None:
                related = self.store.get(other, key)
                if related is None:
                    raise self._missing(ctx, options.get("key"), other, key)
        links = self._links(ctx, parents)
        data = self._new(ctx, resource.name, ctx.request.body, ctx.mock.get("set"))
        duplicate = self._duplicate(ctx, resource.name, data, self.store.collection(resource.name).ordered())
        if duplicate:
            raise MockError(409, duplicate)
        if isinstance(options, dict):
            other = str(options["resource"])
            if related is None:
                related_data = self._new(ctx, other, None, options.get("set"))
                related = self._store(other, related_data, {})
            ctx.scope["with"] = self.store.render(other, related, embed=False)
            if options.get("field"):
                assign(data, str(options["field"]), related.id)
        entry = self._store(resource.name, data, links)
        self._remember(ctx, entry)
        return entry

    @staticmethod
    def _snapshot(ctx: Context) -> dict[str, Any]:
        keep = ("request", "with", "required", "parent", "planned")
        return {k: v for k, v in ctx.scope.items() if k in keep}

    def _plan(self, options: Any, scope: dict[str, Any]) -> list[tuple[Any, str | None]]:
        """The (fields, source id) pairs a task's ``produce`` will create items from, at most ``max_produce``."""
        if not isinstance(options, dict):
            return []
        sources: list[tuple[Any, str | None]]
        each = evaluate(options.get("each"), scope) if "each" in options else None
        if isinstance(each, list):
            sources = [(None, str(v)) for v in each]
        elif isinstance(options.get("from"), dict) and evaluate(options["from"].get("parentKey"), scope):
            source = options["from"]
            parent = self.store.get(str(source["parent"]), evaluate(source.get("parentKey"), scope))
            kids = self.store.children(str(source["parent"]), parent.id, str(source["resource"])) if parent else []
            sources = [(self.store.render(str(source["resource"]), k, embed=False), k.id) for k in kids]
        else:
            count = evaluate(options.get("count"), scope)
            total = count if isinstance(count, int) and not isinstance(count, bool) else 0
            # Capped before the list is built: a count of 10**18 must not allocate (or overflow) anything.
            sources = [(None, None)] * max(0, min(total, self.config.max_produce))
        return sources[: self.config.max_produce]

    def _produce(self, task: Task, resource: str, owner: Entry, scope: dict[str, Any]) -> int:
        """Create the items a finished task yields; returns how many."""
        options = task.options.get("produce") or {}
        target = str(options["resource"])
        ctx_scope = {**scope, "now": now(), "uuid": new_uuid}
        sources = self._plan(options, ctx_scope)
        links: dict[str, list[str]] = {}
        if (target, resource) in self.spec.relations:
            links[resource] = [owner.id]
        for parent, expr in (options.get("link") or {}).items():
            keys = [k for k in ids_of(evaluate(expr, ctx_scope)) if self.store.get(str(parent), k) is not None]
            if keys:
                links[str(parent)] = keys
        made = 0
        for fields, key in sources[: self.config.max_produce]:
            data = self.store.new_data(target)
            self._touch(target, data, created=True)
            local = {**ctx_scope, "source": fields, "each": key}
            for dotted, expr in (options.get("set") or {}).items():
                assign(data, str(dotted), copy.deepcopy(evaluate(expr, local)))
            self._store(target, data, links)
            made += 1
        return made
