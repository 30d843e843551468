"""Handles returned by task-starting methods (``client.lead_search.create(...)``): ``.wait()`` polls the
declared poll operation with the `puffle.polling` engine and returns the typed final task."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypeVar, cast

from .polling import _await, _wait

__all__ = ["AsyncTask", "Task"]

StartT = TypeVar("StartT")
FinalT = TypeVar("FinalT")


class _TaskBase(Generic[StartT, FinalT]):
    def __init__(self, client: Any, module: Any, started: StartT, start_args: Mapping[str, Any]) -> None:
        self._client = client
        self._module = module
        self.started = started
        """What the start call returned (ids, the initial status)."""
        self._start_args = dict(start_args)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._module.PUFFLE_OPERATION['operation_id']}, started={self.started!r})"


class Task(_TaskBase[StartT, FinalT]):
    """A started server-side task. ``wait(timeout=...)`` blocks until it succeeds and returns the final task;
    raises `puffle.errors.TaskFailedError` / `TaskTimeoutError`."""

    def wait(self, *, timeout: float = 600.0, interval: float | None = None, max_interval: float = 60.0) -> FinalT:
        final = _wait(
            self._module,
            self.started,
            client=self._client,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            start_args=self._start_args,
        )
        return cast("FinalT", final)


class AsyncTask(_TaskBase[StartT, FinalT]):
    """Async `Task`: ``await task.wait(timeout=...)``."""

    async def wait(
        self, *, timeout: float = 600.0, interval: float | None = None, max_interval: float = 60.0
    ) -> FinalT:
        final = await _await(
            self._module,
            self.started,
            client=self._client,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            start_args=self._start_args,
        )
        return cast("FinalT", final)
