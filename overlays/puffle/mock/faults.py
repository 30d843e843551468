"""Injected failures: the ``X-Puffle-Mock-Fault`` request header and the server-wide chaos options.

The header holds ``;``-separated directives, e.g. ``status=429; retry-after=2; times=1``:

- ``status=N``: answer with this error status (envelope body, or flat with ``flat=1``);
- ``retry-after=S``: add ``Retry-After: S`` to that answer;
- ``delay=S``: wait S seconds (fractions allowed) before answering;
- ``malformed=1``: a success status with a body that is not valid JSON;
- ``html=1``: an HTML error page (status from ``status``, default 502), as a proxy would send;
- ``drop=1``: close the connection without any response;
- ``flat=1``: any error of this request uses the older flat ``{"error": "..."}`` body;
- ``fail-task=1``: the async task this request starts ends in its failure status;
- ``times=N``: only the first N requests with this operation and exact header value are affected.

`RateLimiter` is the ``--rate-limit`` token bucket (per API key); `Chaos` holds ``--error-rate``.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .config import RateSpec

__all__ = ["Chaos", "Fault", "FaultCounter", "RateLimiter", "parse_fault"]

_FLAGS = {"malformed", "html", "drop", "flat", "fail-task"}


@dataclass(frozen=True)
class Fault:
    raw: str
    status: int | None = None
    retry_after: str | None = None
    delay: float = 0.0
    malformed: bool = False
    html: bool = False
    drop: bool = False
    flat: bool = False
    fail_task: bool = False
    times: int | None = None

    @property
    def error_status(self) -> int | None:
        return self.status if self.status is not None and self.status >= 400 else None


def _flag(name: str, value: str) -> bool:
    if value.lower() in ("1", "true", "yes", ""):
        return True
    if value.lower() in ("0", "false", "no"):
        return False
    raise ValueError(f"{name} takes 1 or 0, got {value!r}")


def parse_fault(header: str) -> Fault:
    """Parse the header; ValueError names the directive that is wrong."""
    values: dict[str, object] = {"raw": header.strip()}
    for chunk in header.split(";"):
        if not chunk.strip():
            continue
        name, _, value = (part.strip() for part in chunk.partition("="))
        name = name.lower()
        try:
            if name == "status":
                status = int(value)
                if not 200 <= status <= 599:
                    raise ValueError
                values["status"] = status
            elif name == "retry-after":
                if not value:
                    raise ValueError
                values["retry_after"] = value
            elif name == "delay":
                delay = float(value)
                if not math.isfinite(delay) or not 0 <= delay <= 120:
                    raise ValueError
                values["delay"] = delay
            elif name == "times":
                times = int(value)
                if times < 0:
                    raise ValueError
                values["times"] = times
            elif name in _FLAGS:
                values[name.replace("-", "_")] = _flag(name, value)
            else:
                raise KeyError(name)
        except KeyError:
            raise ValueError(f"unknown directive {name!r}") from None
        except ValueError as exc:
            detail = str(exc) or f"invalid value {value!r}"
            raise ValueError(f"{name}: {detail}") from None
    return Fault(**values)  # type: ignore[arg-type]


class FaultCounter:
    """Counts requests per (operation, exact header value) so ``times=N`` can stop after N of them."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()

    def applies(self, operation: str, fault: Fault) -> bool:
        with self._lock:
            key = (operation, fault.raw)
            seen = self.counts.get(key, 0) + 1
            self.counts[key] = seen
        return fault.times is None or seen <= fault.times

    def clear(self) -> None:
        with self._lock:
            self.counts.clear()


class RateLimiter:
    """A token bucket per API key: ``requests`` per ``per`` seconds, bursts up to ``requests``."""

    def __init__(self, spec: RateSpec, clock: Callable[[], float] = time.monotonic) -> None:
        self.spec = spec
        self.rate = spec.requests / spec.per
        self.clock = clock
        self.buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float | None:
        """Spend a token for ``key``; None when allowed, else the seconds until the next token."""
        with self._lock:
            now = self.clock()
            tokens, updated = self.buckets.get(key, (float(self.spec.requests), now))
            tokens = min(float(self.spec.requests), tokens + (now - updated) * self.rate)
            if tokens >= 1.0:
                self.buckets[key] = (tokens - 1.0, now)
                return None
            self.buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def clear(self) -> None:
        with self._lock:
            self.buckets.clear()


class Chaos:
    """Seeded random 500s for ``--error-rate``: the same seed fails the same request numbers."""

    def __init__(self, error_rate: float, seed: int) -> None:
        self.error_rate = error_rate
        self.seed = seed
        self.rng = random.Random(f"errors:{seed}")

    def should_fail(self) -> bool:
        return self.error_rate > 0 and self.rng.random() < self.error_rate

    def clear(self) -> None:
        self.rng = random.Random(f"errors:{self.seed}")
