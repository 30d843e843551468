"""Async tasks: an item whose status moves one step per poll until it reaches a terminal status.

A ``task-start`` operation attaches a `Task` to its item with the steps ``progress`` (default
``[pending, running]``) followed by the first success value of the operation's ``x-puffle-task`` (or its
first failure value when the server runs with ``--fail-tasks`` or the request carried ``fail-task=1``).
Only reads through the poll operation named in ``x-puffle-task`` advance it, and only when the request
carries the task's poll parameter (and the ``const`` ones). On the last step the operation's ``done`` (or
``failed``) fields are set and its ``produce`` items created; with ``produce.at: start`` they were created as
the task started, and the outcome applies ``produce.done`` (or ``produce.failed``) to them instead.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from .expressions import assign, evaluate, lookup, split_path
from .spec import DEFAULT_PROGRESS, MockSpec, Operation, PollHook
from .state import Entry, Store, Task
from .validation import RequestData

__all__ = ["TaskRunner"]


def now() -> str:
    """The current UTC time as the API writes it."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uuid() -> str:
    return str(uuid.uuid4())


Producer = Callable[[Task, str, Entry, dict[str, Any]], int]


class TaskRunner:
    def __init__(self, spec: MockSpec, store: Store, produce: Producer) -> None:
        self.spec = spec
        self.store = store
        self.produce = produce

    def start(self, op: Operation, resource: str, entry: Entry, scope: dict[str, Any], *, fail: bool) -> Task:
        """Attach a fresh task to ``entry`` and show its first status."""
        hook = self.spec.hook_for(op.operation_id)
        progress = [str(s) for s in op.mock.get("progress") or DEFAULT_PROGRESS]
        final = (hook.failure or ("failed",))[0] if fail else hook.success[0]
        task = Task(hook=hook, steps=[*progress, final], position=0, options=dict(op.mock), scope=copy.deepcopy(scope))
        assign(entry.data, hook.status_field, task.steps[0])
        self.store.tasks[(resource, entry.id)] = task
        return task

    @staticmethod
    def _addressed(hook: PollHook, request: RequestData) -> bool:
        container = request.path if hook.location == "path" else request.query
        if container.get(hook.param) in (None, ""):
            return False
        for name, wanted in hook.const:
            value = request.query.get(name, request.path.get(name))
            text = str(value).lower() if isinstance(value, bool) else str(value)
            if text != wanted:
                return False
        return True

    def poll(self, op: Operation, request: RequestData, resource: str, entries: list[Entry]) -> None:
        """Advance the tasks of ``entries`` when this request is a poll of their start operation."""
        for hook in self.spec.polls.get(op.operation_id, []):
            if hook.resource != resource or not self._addressed(hook, request):
                continue
            for entry in entries:
                task = self.store.tasks.get((resource, entry.id))
                if task is not None and task.hook.start_operation == hook.start_operation:
                    self.advance(resource, entry, task)

    def advance(self, resource: str, entry: Entry, task: Task) -> None:
        path = split_path(task.hook.status_field)
        if lookup(entry.data, path) != task.steps[task.position]:
            # Something else changed the status (a cancel, an update): the task is over.
            self.store.tasks.pop((resource, entry.id), None)
            return
        task.position += 1
        assign(entry.data, task.hook.status_field, task.steps[task.position])
        if task.finished:
            self.store.tasks.pop((resource, entry.id), None)
            self._finish(resource, entry, task)

    def _finish(self, resource: str, entry: Entry, task: Task) -> None:
        succeeded = task.steps[-1] in task.hook.success
        scope = dict(task.scope)
        scope.update(item=entry.data, produced=0, now=now(), uuid=new_uuid)
        produce = task.options.get("produce") or {}
        if produce.get("at") == "start":
            # The items exist since the start; the outcome moves them on (``done`` / ``failed`` of ``produce``).
            scope["produced"] = self._settle(resource, entry, produce, scope, succeeded)
        elif succeeded and produce:
            scope["produced"] = self.produce(task, resource, entry, scope)
        _assign_all(entry.data, task.options.get("done" if succeeded else "failed"), scope)

    def _settle(
        self, resource: str, owner: Entry, produce: dict[str, Any], scope: dict[str, Any], succeeded: bool
    ) -> int:
        """Apply ``produce.done`` (or ``failed``) to the items the task made at its start; returns how many."""
        fields = produce.get("done" if succeeded else "failed")
        children = self.store.children(resource, owner.id, str(produce["resource"]))
        for child in children:
            _assign_all(child.data, fields, {**scope, "item": child.data})
        return len(children)


def _assign_all(data: dict[str, Any], fields: Any, scope: dict[str, Any]) -> None:
    """Set each dotted field of ``fields`` on ``data`` to its expression's value (copied: values are shared)."""
    for dotted, expr in (fields or {}).items():
        assign(data, str(dotted), copy.deepcopy(evaluate(expr, scope)))
