"""httpx transports that add rate limiting, retries and typed errors around a real transport.

The transport is httpx's extension point: every generated endpoint function sends through it, so retries and
error mapping happen in exactly one place for every call style (sync, sync_detailed, asyncio, ...).
Per-operation behaviour comes from the ``puffle_operation`` request extension that generated code attaches.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._options import ClientOptions
from ._ratelimit import TokenBucket
from ._retry import Decision, RetryPolicy
from .errors import APIConnectionError, APITimeoutError, error_for_response

__all__ = ["AsyncPuffleTransport", "PuffleTransport", "logger"]

logger = logging.getLogger("puffle")


def sleep(seconds: float) -> None:
    """Blocking wait used between attempts (a module attribute so tests can observe waits)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """Async wait used between attempts."""
    import asyncio

    await asyncio.sleep(seconds)


_NO_OPERATION: Mapping[str, Any] = {}


def operation_of(request: httpx.Request) -> Mapping[str, Any]:
    op = request.extensions.get("puffle_operation")
    return op if isinstance(op, Mapping) else _NO_OPERATION


class _Base:
    def __init__(
        self,
        options: ClientOptions,
        limiter: TokenBucket | None,
        *,
        redact: str | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.options = options
        self.limiter = limiter
        self.policy = policy or RetryPolicy(options)
        self._redact = redact

    def _log_retry(self, request: httpx.Request, op: Mapping[str, Any], attempt: int, decision: Decision) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "retrying %s %s (%s) attempt %d/%d in %.2fs: %s",
                request.method,
                request.url.path,
                op.get("operation_id", "-"),
                attempt + 2,
                self.options.max_retries + 1,
                decision.delay,
                decision.reason,
            )

    def _finish(
        self,
        request: httpx.Request,
        op: Mapping[str, Any],
        response: httpx.Response | None,
        error: Exception | None,
        decision: Decision,
    ) -> httpx.Response:
        """Return a 2xx/3xx response, or raise the typed error for the final outcome."""
        operation_id = op.get("operation_id")
        if error is not None:
            where = f"{operation_id}: " if operation_id else ""
            text = f"{where}{request.method} {request.url.path} failed: {type(error).__name__}"
            if str(error):
                text += f": {error}"
            if self._redact:
                text = text.replace(self._redact, "[redacted]")
            cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
            raise cls(text, request=request, operation_id=operation_id) from error
        assert response is not None
        if response.status_code >= 400:
            raise error_for_response(
                response, operation_id=operation_id, retry_after=decision.retry_after, redact=self._redact
            )
        return response


class PuffleTransport(_Base, httpx.BaseTransport):
    """Sync transport: rate limit, send, retry by `RetryPolicy`, raise typed errors."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        options: ClientOptions,
        limiter: TokenBucket | None,
        *,
        owns_inner: bool = True,
        redact: str | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(options, limiter, redact=redact, policy=policy)
        self.inner = inner
        self.owns_inner = owns_inner
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        op = operation_of(request)
        request.read()  # a replayable body
        attempt = 0
        while True:
            wait = self._sleep or sleep
            if self.limiter is not None:
                self.limiter.acquire(wait)
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                error = exc
            decision = self.policy.decide(request, op, attempt, response=response, error=error)
            if response is not None and response.status_code >= 400:
                response.read()
            if not decision.retry:
                return self._finish(request, op, response, error, decision)
            if response is not None:
                response.close()
            self._log_retry(request, op, attempt, decision)
            wait(decision.delay)
            attempt += 1

    def close(self) -> None:
        if self.owns_inner:
            self.inner.close()


class AsyncPuffleTransport(_Base, httpx.AsyncBaseTransport):
    """Async twin of `PuffleTransport`, driven by the same `RetryPolicy`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        options: ClientOptions,
        limiter: TokenBucket | None,
        *,
        owns_inner: bool = True,
        redact: str | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(options, limiter, redact=redact, policy=policy)
        self.inner = inner
        self.owns_inner = owns_inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op = operation_of(request)
        await request.aread()
        attempt = 0
        while True:
            if self.limiter is not None:
                await self.limiter.aacquire(async_sleep)
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                error = exc
            decision = self.policy.decide(request, op, attempt, response=response, error=error)
            if response is not None and response.status_code >= 400:
                await response.aread()
            if not decision.retry:
                return self._finish(request, op, response, error, decision)
            if response is not None:
                await response.aclose()
            self._log_retry(request, op, attempt, decision)
            await async_sleep(decision.delay)
            attempt += 1

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.inner.aclose()
