"""Client-side rate limiting: a token bucket shared by every request of one client.

The bucket hands out reservations: taking a token never blocks while holding the lock; the caller sleeps for
the returned wait outside it. That makes one bucket safe for threads and for asyncio tasks at the same time.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["RateLimit", "TokenBucket"]


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` per ``per`` seconds on average, with bursts of up to ``burst`` requests."""

    requests: float = 100.0
    per: float = 60.0
    burst: float = 10.0

    def __post_init__(self) -> None:
        values = (self.requests, self.per, self.burst)
        finite = all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in values)
        if not finite or self.requests <= 0 or self.per <= 0 or self.burst < 1:
            from .errors import ConfigurationError

            raise ConfigurationError(
                f"rate_limit needs finite numbers with requests > 0, per > 0 and burst >= 1, got {self!r}"
            )


class TokenBucket:
    """Token bucket with an injectable clock (``clock`` returns seconds, monotonic)."""

    def __init__(self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._rate = limit.requests / limit.per
        self._clock = clock
        self._tokens = float(limit.burst)
        self._updated = clock()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take one token; return how many seconds the caller must wait before sending (0 when free)."""
        with self._lock:
            now = self._clock()
            self._tokens = min(float(self.limit.burst), self._tokens + (now - self._updated) * self._rate)
            self._updated = now
            self._tokens -= 1.0
            if self._tokens >= 0:
                return 0.0
            return -self._tokens / self._rate

    def acquire(self, sleep: Callable[[float], None] = time.sleep) -> float:
        wait = self.reserve()
        if wait > 0:
            sleep(wait)
        return wait

    async def aacquire(self, sleep: Callable[[float], Awaitable[None]] | None = None) -> float:
        wait = self.reserve()
        if wait > 0:
            if sleep is None:
                import asyncio

                sleep = asyncio.sleep
            await sleep(wait)
        return wait
