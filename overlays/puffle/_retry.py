"""The retry policy: which outcomes are retried, and how long to wait before the next attempt.

Pure decisions, no I/O: the sync and async transports both ask this one policy after every attempt.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._options import ClientOptions

__all__ = ["Decision", "RetryPolicy", "already_done_statuses", "may_have_applied", "parse_retry_after"]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUS = frozenset({408, 500, 502, 503, 504})
# Errors raised before any byte of the request left this machine: a repeat cannot duplicate a write.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures of an attempt that may have reached the server, including the body's arrival after the status line
# (cut short, reset, stalled, undecodable): retried only when a repeat is safe.
RETRYABLE_ERRORS: tuple[type[Exception], ...] = (httpx.TransportError, httpx.DecodingError)


def already_done_statuses(operation: Mapping[str, Any]) -> frozenset[int]:
    """The statuses a repeat of this operation answers once an earlier call took effect (the spec's alreadyDone
    list, read by the vocabulary reader and carried as ``already_done`` in the generated operation metadata)."""
    statuses = operation.get("already_done")
    if not isinstance(statuses, list | tuple):
        return frozenset()
    return frozenset(s for s in statuses if isinstance(s, int) and not isinstance(s, bool))


def may_have_applied(response: httpx.Response | None, error: Exception | None) -> bool:
    """Whether a failed attempt may have taken effect on the server, so its outcome is unknown.

    A connection that never carried the request cannot have; nor can a 429, which the rate limiter answers
    instead of running the call. A 5xx/408 or a connection that broke after sending may have (a gateway can
    time out while the API finishes the work)."""
    if error is not None:
        return not isinstance(error, NOT_SENT_ERRORS)
    return response is not None and response.status_code != 429


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date); None when absent/invalid."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import email.utils

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - now()
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return max(0.0, seconds)


@dataclass(frozen=True)
class Decision:
    """``retry``: send again after ``delay`` seconds. ``retry_after``: the server's wait, when it gave one."""

    retry: bool
    delay: float = 0.0
    reason: str = ""
    retry_after: float | None = None


class RetryPolicy:
    def __init__(
        self, options: ClientOptions, *, rng: Callable[[], float] = random.random, now: Callable[[], float] = time.time
    ) -> None:
        self.options = options
        self._rng = rng
        self._now = now

    def is_repeat_safe(self, request: httpx.Request, operation: Mapping[str, Any]) -> bool:
        """A repeat cannot apply a write twice: safe methods, spec-marked operations, or a set idempotency key."""
        if operation.get("idempotent", request.method in SAFE_METHODS):
            return True
        key_field = operation.get("idempotency_key")
        if key_field and request.content:
            try:
                body = json.loads(request.content)
            except ValueError:
                return False
            return isinstance(body, dict) and body.get(key_field) not in (None, "")
        return False

    def backoff(self, attempt: int) -> float:
        """Exponential steps from ``initial_retry_delay`` (1 s, the API overview's advice), each with up to 25%
        random extra so that clients failing together do not retry together; never shorter than the step."""
        step = self.options.initial_retry_delay * (2.0 ** min(attempt, 32))
        return float(min(self.options.max_retry_delay, step * (1.0 + 0.25 * self._rng())))

    def decide(
        self,
        request: httpx.Request,
        operation: Mapping[str, Any],
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: Exception | None = None,
    ) -> Decision:
        """After attempt number ``attempt`` (0-based) ended in ``response`` or ``error``: retry or not?"""
        retry_after: float | None = None
        if response is not None:
            status = response.status_code
            if status < 400:
                return Decision(False)
            if status == 429:
                retry_after = parse_retry_after(response.headers.get("retry-after"), now=self._now)
                if retry_after is not None and retry_after > self.options.max_retry_after:
                    return Decision(False, reason="retry-after beyond cap", retry_after=retry_after)
                reason = "429 rate limited"
            elif status in RETRYABLE_STATUS and self.is_repeat_safe(request, operation):
                reason = f"status {status}"
            else:
                return Decision(False, retry_after=None)
        elif error is not None:
            not_sent = isinstance(error, NOT_SENT_ERRORS)
            broken = isinstance(error, RETRYABLE_ERRORS)
            if not (not_sent or (broken and self.is_repeat_safe(request, operation))):
                return Decision(False)
            reason = type(error).__name__
        else:  # pragma: no cover - callers always pass one
            return Decision(False)
        if attempt >= self.options.max_retries:
            return Decision(False, reason="retries exhausted", retry_after=retry_after)
        delay = retry_after if retry_after is not None else self.backoff(attempt)
        return Decision(True, delay=delay, reason=reason, retry_after=retry_after)
