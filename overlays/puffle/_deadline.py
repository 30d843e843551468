"""A whole-attempt deadline for the sync transport, down to every socket read and write.

httpx's timeouts are per operation: a server that sends the status line and headers one byte at a time never
trips a read timeout. Async attempts run in a cancel scope; sync ones cannot be cancelled, so the network
streams of the client's own connection pool check the calling thread's deadline before each read and write
and shrink each socket timeout to the time left. The deadline is per thread, so connections reused from the
pool obey whichever call is using them now. The stream wrappers live in `_deadline_streams` (imported with the
first sync pool, so that ``import puffle`` does not import httpcore).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["attempt_deadline", "time_left"]

_local = threading.local()


@contextmanager
def attempt_deadline(at: float | None) -> Iterator[None]:
    """Every socket read/write of this thread inside the block ends by ``at`` (time.monotonic), or times out."""
    previous = getattr(_local, "at", None)
    _local.at = at
    try:
        yield
    finally:
        _local.at = previous


def time_left(timeout: float | None, error: type[Exception], slack: float = 0.0) -> float | None:
    at: float | None = getattr(_local, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= slack:
        raise error("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)
