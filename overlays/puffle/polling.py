"""Wait for an async task declared in the spec (``x-puffle-task``) to reach a terminal status.

The start operation's metadata names the poll operation, which poll parameters come from which fields of the
start response, where the status is, and which values are terminal. Nothing here is specific to one endpoint.
"""

from __future__ import annotations

import enum
import importlib
import time
import typing
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType
from typing import Any

from puffle_client.client import Client

from ._paths import get_path
from .errors import ConfigurationError, TaskBlockedError, TaskFailedError, TaskTimeoutError

__all__ = ["TaskSpec", "await_for", "task_of", "wait_for"]


class TaskSpec:
    """A task's poll plan: which module to call with which arguments, and how to read its status."""

    def __init__(
        self, start: ModuleType, started: Any, interval: float | None, start_args: Mapping[str, Any] | None
    ) -> None:
        meta = task_of(start)
        self.operation_id: str = start.PUFFLE_OPERATION["operation_id"]
        self.poll: ModuleType = importlib.import_module(meta["poll_module"])
        self.poll_id: str = meta["poll_operation"]
        self.status_path = meta["status"]
        self.success = {str(v) for v in meta["success"]}
        self.failure = {str(v) for v in meta["failure"]}
        # Statuses that wait for a person (e.g. DNS records to add by hand): polling would only run out the clock.
        self.blocked = {str(v) for v in meta.get("blocked") or ()}
        self.interval = float(interval if interval is not None else meta["interval"])
        self.kwargs: dict[str, Any] = {k: _coerce(self.poll.sync, k, v) for k, v in (meta.get("const") or {}).items()}
        args = dict(start_args or {})
        for param, source in meta["params"].items():
            if source["from"] == "request":
                value = args.get(source["arg"])
                where = f"start_args[{source['arg']!r}] (an argument of the start call)"
            else:
                value = get_path(started, source["path"])
                where = f"the start response field {'.'.join(map(str, source['path']))!r}"
            if value is None:
                raise ConfigurationError(
                    f"{self.operation_id}: cannot poll {self.poll_id}: parameter {param!r} comes from {where}, "
                    "which is missing"
                )
            self.kwargs[param] = value

    def state(self, parsed: Any) -> tuple[str, Any]:
        status = get_path(parsed, self.status_path)
        text = "" if status is None else str(status)
        if text in self.success:
            return "success", status
        if text in self.failure:
            return "failure", status
        if text in self.blocked:
            return "blocked", status
        return "pending", status

    def failed(self, parsed: Any, status: Any) -> TaskFailedError:
        return TaskFailedError(
            f"{self.operation_id}: task ended with status {status!r} (polled via {self.poll_id})",
            task=parsed,
            status=status,
            operation_id=self.operation_id,
        )

    def blocked_on(self, parsed: Any, status: Any) -> TaskBlockedError:
        return TaskBlockedError(
            f"{self.operation_id}: task is {status!r}, which waits for action outside the API (polled via "
            f"{self.poll_id}); act on it, then wait again",
            task=parsed,
            status=status,
            operation_id=self.operation_id,
        )

    def timed_out(self, parsed: Any, status: Any, waited: float) -> TaskTimeoutError:
        return TaskTimeoutError(
            f"{self.operation_id}: task still {status!r} after {waited:.1f}s (polled via {self.poll_id})",
            task=parsed,
            status=status,
            operation_id=self.operation_id,
            waited=waited,
        )


def _coerce(func: Callable[..., Any], name: str, value: Any) -> Any:
    """Turn a constant from the spec into the parameter's own type (an enum member where the type is an enum)."""
    hint = typing.get_type_hints(func).get(name)
    for option in typing.get_args(hint) or (hint,):
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option(value)
    return value


def task_of(endpoint: ModuleType) -> Mapping[str, Any]:
    """The ``x-puffle-task`` metadata of a generated start-operation module; TypeError when it has none."""
    op = getattr(endpoint, "PUFFLE_OPERATION", None)
    if not isinstance(op, Mapping):
        raise TypeError(f"{getattr(endpoint, '__name__', endpoint)!r} is not a generated Puffle endpoint module")
    if not op.get("task"):
        raise TypeError(f"{op['operation_id']} does not start an async task (no x-puffle-task in the spec)")
    return op["task"]  # type: ignore[no-any-return]


class _Waiter:
    """The polling schedule shared by `wait_for` and `await_for`: decides after each poll what happens next."""

    def __init__(
        self, spec: TaskSpec, *, timeout: float, backoff: float, max_interval: float, clock: Callable[[], float]
    ) -> None:
        self.spec = spec
        self.timeout = timeout
        self.backoff = backoff
        self.max_interval = max_interval
        self.clock = clock
        self.begin = clock()
        self.delay = spec.interval

    def after(self, parsed: Any) -> float | None:
        """None when the task succeeded; else seconds to sleep before the next poll. Raises when it is over."""
        state, status = self.spec.state(parsed)
        if state == "success":
            return None
        if state == "failure":
            raise self.spec.failed(parsed, status)
        if state == "blocked":
            raise self.spec.blocked_on(parsed, status)
        waited = self.clock() - self.begin
        if waited + self.delay > self.timeout:
            raise self.spec.timed_out(parsed, status, waited)
        delay = self.delay
        self.delay = min(self.max_interval, self.delay * self.backoff)
        return delay


def wait_for(
    start: ModuleType,
    started: Any,
    *,
    client: Client,
    timeout: float = 600.0,
    interval: float | None = None,
    backoff: float = 1.5,
    max_interval: float = 60.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    start_args: Mapping[str, Any] | None = None,
) -> Any:
    """Poll the task that ``start`` (a generated module, e.g. ``enrichment.create_enrichment``) started.

    ``started`` is what the start call returned. Polls every ``interval`` seconds (the spec's suggestion by
    default), growing by ``backoff`` up to ``max_interval``. ``start_args`` are the start call's own
    arguments, for tasks whose poll parameters come from the request rather than the response (a campaign
    id, for instance). Returns the parsed poll response with a success status; raises `TaskFailedError` on a
    failure status, `TaskBlockedError` on a status that waits for a person (the spec's ``blocked`` list) and
    `TaskTimeoutError` after ``timeout`` seconds.
    """
    spec = TaskSpec(start, started, interval, start_args)
    waiter = _Waiter(spec, timeout=timeout, backoff=backoff, max_interval=max_interval, clock=clock)
    while True:
        parsed = spec.poll.sync(client=client, **spec.kwargs)
        delay = waiter.after(parsed)
        if delay is None:
            return parsed
        sleep(delay)


async def await_for(
    start: ModuleType,
    started: Any,
    *,
    client: Client,
    timeout: float = 600.0,
    interval: float | None = None,
    backoff: float = 1.5,
    max_interval: float = 60.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[Any]] | None = None,
    start_args: Mapping[str, Any] | None = None,
) -> Any:
    """Async `wait_for`: awaits the poll operation's ``asyncio`` function."""
    if sleep is None:
        import asyncio

        sleep = asyncio.sleep
    spec = TaskSpec(start, started, interval, start_args)
    waiter = _Waiter(spec, timeout=timeout, backoff=backoff, max_interval=max_interval, clock=clock)
    while True:
        parsed = await spec.poll.asyncio(client=client, **spec.kwargs)
        delay = waiter.after(parsed)
        if delay is None:
            return parsed
        await sleep(delay)
