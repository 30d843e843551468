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
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from puffle_client.client import AsyncClient, Client

from ._paths import get_path
from .errors import APITimeoutError, ConfigurationError, TaskBlockedError, TaskFailedError, TaskTimeoutError

_C = typing.TypeVar("_C")
_MIN_LEFT = 0.001

if TYPE_CHECKING:
    from puffle_client._descriptors import TaskDescriptor

__all__ = ["TaskSpec", "await_for", "task_of", "wait_for"]


class TaskSpec:
    """A task's poll plan: which module to call with which arguments, and how to read its status."""

    def __init__(self, start: Any, started: Any, interval: float | None, start_args: Mapping[str, Any] | None) -> None:
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


def task_of(endpoint: Any) -> Mapping[str, Any]:
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

    def bounded(self, client: _C) -> _C:
        """``client`` limited to the time this wait has left (a Puffle client's ``total_timeout``), so that one
        slow poll, with its retries, cannot outlast ``timeout``. Other clients are used as they are."""
        with_options = getattr(client, "with_options", None)
        if with_options is None:
            return client
        left = max(_MIN_LEFT, self.timeout - (self.clock() - self.begin))
        current = getattr(getattr(client, "options", None), "total_timeout", None)
        if current is not None and current <= left:
            return client
        bounded: _C = with_options(total_timeout=left)
        return bounded

    def expired(self, parsed: Any) -> TaskTimeoutError | None:
        """For a poll that timed out: TaskTimeoutError when the wait's own time is up, else None."""
        waited = self.clock() - self.begin
        if waited + _MIN_LEFT < self.timeout:
            return None
        _, status = self.spec.state(parsed)
        return self.spec.timed_out(parsed, status, waited)

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


def _wait(
    start: Any,
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
    `TaskTimeoutError` after ``timeout`` seconds: with a `Puffle` client each poll (with its retries) is bounded
    by the time left, so the whole wait ends within ``timeout``.
    """
    spec = TaskSpec(start, started, interval, start_args)
    waiter = _Waiter(spec, timeout=timeout, backoff=backoff, max_interval=max_interval, clock=clock)
    parsed: Any = started
    while True:
        try:
            parsed = spec.poll.sync(client=waiter.bounded(client), **spec.kwargs)
        except APITimeoutError as exc:
            if (timed_out := waiter.expired(parsed)) is None:
                raise
            raise timed_out from exc
        delay = waiter.after(parsed)
        if delay is None:
            return parsed
        sleep(delay)


async def _await(
    start: Any,
    started: Any,
    *,
    client: AsyncClient,
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
    parsed: Any = started
    while True:
        try:
            parsed = await spec.poll.asyncio(client=waiter.bounded(client), **spec.kwargs)
        except APITimeoutError as exc:
            if (timed_out := waiter.expired(parsed)) is None:
                raise
            raise timed_out from exc
        delay = waiter.after(parsed)
        if delay is None:
            return parsed
        await sleep(delay)


# The public, typed layer: a generated task-starting endpoint module ends with ``PUFFLE_TASK``, a descriptor
# whose type names the start response and the poll operation's response, so ``wait_for`` returns the latter.
StartT = TypeVar("StartT")
FinalT = TypeVar("FinalT")
_StartT_co = TypeVar("_StartT_co", covariant=True)
_FinalT_co = TypeVar("_FinalT_co", covariant=True)


class TaskStarter(Protocol[_StartT_co, _FinalT_co]):
    """A generated endpoint module of an operation that starts an async task."""

    @property
    def PUFFLE_TASK(self) -> TaskDescriptor[_StartT_co, _FinalT_co]: ...


def wait_for(
    start: TaskStarter[StartT, FinalT],
    started: StartT,
    *,
    client: Client,
    timeout: float = 600.0,
    interval: float | None = None,
    backoff: float = 1.5,
    max_interval: float = 60.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    start_args: Mapping[str, Any] | None = None,
) -> FinalT:
    """Poll the task that ``start`` (a generated module, e.g. ``enrichment.create_enrichment``) started.

    ``started`` is what the start call returned. Polls every ``interval`` seconds (the spec's suggestion by
    default), growing by ``backoff`` up to ``max_interval``. ``start_args`` are the start call's own
    arguments, for tasks whose poll parameters come from the request rather than the response (a campaign
    id, for instance). Returns the parsed poll response with a success status; raises `TaskFailedError` on a
    failure status and `TaskTimeoutError` after ``timeout`` seconds.
    """
    final = _wait(
        start,
        started,
        client=client,
        timeout=timeout,
        interval=interval,
        backoff=backoff,
        max_interval=max_interval,
        clock=clock,
        sleep=sleep,
        start_args=start_args,
    )
    return final  # type: ignore[no-any-return]


async def await_for(
    start: TaskStarter[StartT, FinalT],
    started: StartT,
    *,
    client: AsyncClient,
    timeout: float = 600.0,
    interval: float | None = None,
    backoff: float = 1.5,
    max_interval: float = 60.0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[Any]] | None = None,
    start_args: Mapping[str, Any] | None = None,
) -> FinalT:
    """Async `wait_for`: awaits the poll operation's ``asyncio`` function."""
    final = await _await(
        start,
        started,
        client=client,
        timeout=timeout,
        interval=interval,
        backoff=backoff,
        max_interval=max_interval,
        clock=clock,
        sleep=sleep,
        start_args=start_args,
    )
    return final  # type: ignore[no-any-return]
