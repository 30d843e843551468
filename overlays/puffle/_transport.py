"""httpx transports that add rate limiting, retries, deadlines, body limits and typed errors around a real one.

The transport is httpx's extension point: every generated endpoint function sends through it, so retries and
error mapping happen in exactly one place for every call style (sync, sync_detailed, asyncio, ...).
Per-operation behaviour comes from the ``puffle_operation`` request extension that generated code attaches.

Each attempt reads the whole body here (see `_body`), so everything that can go wrong after the status line
(a body cut short, a reset, a stall, a trickle, a bad ``Content-Encoding``, a gzip bomb) happens inside the
retry loop and ends as a typed error. What httpx gets back is an already-read, already-decoded response.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from . import _body
from ._deadline import attempt_deadline
from ._options import ClientOptions
from ._ratelimit import TokenBucket
from ._redact import Redactor
from ._retry import RETRYABLE_ERRORS, Decision, RetryPolicy, already_done_statuses, may_have_applied
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ResponseTooLargeError,
    ResponseValidationError,
    error_for_response,
)

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
# A deadline that has (nearly) passed still gets a sliver of time, so the attempt fails as a timeout.
_MIN_WAIT = 0.001


def operation_of(request: httpx.Request) -> Mapping[str, Any]:
    op = request.extensions.get("puffle_operation")
    return op if isinstance(op, Mapping) else _NO_OPERATION


def _is_json(response: httpx.Response, content: bytes) -> bool:
    return "json" in response.headers.get("content-type", "") or content[:1] in (b"{", b"[")


class _Base:
    def __init__(
        self,
        options: ClientOptions,
        limiter: TokenBucket | None,
        *,
        redact: Redactor | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.options = options
        self.limiter = limiter
        self.policy = policy or RetryPolicy(options)
        self._redact = redact or Redactor()

    def _call_deadline(self) -> float | None:
        total = self.options.total_timeout
        return None if total is None else time.monotonic() + total

    def _attempt_deadline(self, call_deadline: float | None, phases: Mapping[str, Any]) -> float | None:
        """The request's own timeout (httpx sets it from the client's, or from a per-request ``timeout=``)
        bounds the attempt as a whole: its largest phase value."""
        values = [v for v in phases.values() if isinstance(v, int | float)]
        per_attempt = max(values) if values else (None if phases else self.options.attempt_timeout)
        deadline = None if per_attempt is None else time.monotonic() + per_attempt
        if call_deadline is not None and (deadline is None or call_deadline < deadline):
            deadline = call_deadline
        return deadline

    @staticmethod
    def _cap_timeouts(request: httpx.Request, phases: Mapping[str, Any], deadline: float | None) -> None:
        """No single connect/read/write/pool wait may outlast the attempt's deadline."""
        if deadline is None:
            return
        left = max(_MIN_WAIT, deadline - time.monotonic())
        request.extensions["timeout"] = {k: left if v is None else min(v, left) for k, v in phases.items()}

    def _plain(self, raw: httpx.Response, content: bytes) -> httpx.Response:
        limit = self.options.max_response_bytes
        return _body.plain_response(raw, _body.decode(content, raw.headers.get("content-encoding", ""), limit))

    def _stop_at_deadline(self, decision: Decision, call_deadline: float | None) -> Decision:
        if decision.retry and call_deadline is not None and time.monotonic() + decision.delay >= call_deadline:
            return Decision(False, reason="total_timeout reached", retry_after=decision.retry_after)
        return decision

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
                self._redact.text(decision.reason),
            )

    def _where(self, request: httpx.Request, op: Mapping[str, Any]) -> str:
        operation_id = op.get("operation_id")
        return f"{operation_id + ': ' if operation_id else ''}{request.method} {request.url.path}"

    def _too_large(self, request: httpx.Request, op: Mapping[str, Any], exc: _body.BodyTooLarge) -> Exception:
        return ResponseTooLargeError(
            f"{self._where(request, op)}: response body larger than max_response_bytes={exc.limit}",
            limit=exc.limit,
            operation_id=op.get("operation_id"),
        )

    def _finish(
        self,
        request: httpx.Request,
        op: Mapping[str, Any],
        response: httpx.Response | None,
        error: Exception | None,
        decision: Decision,
        maybe_applied: bool,
    ) -> httpx.Response:
        """Return a 2xx response, or raise the typed error for the final outcome.

        ``maybe_applied``: an earlier attempt of this call may have taken effect; then a status the operation
        declares as its already-done answer (a repeat cancel's 409) is flagged ``already_done``."""
        operation_id = op.get("operation_id")
        if error is not None:
            text = f"{self._where(request, op)} failed: {type(error).__name__}"
            if str(error):
                text += f": {error}"
            cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
            safe = self._redact.request(request)
            raise cls(self._redact.text(text), request=safe, operation_id=operation_id) from error
        assert response is not None
        status = response.status_code
        if not 200 <= status < 300:  # 1xx, 3xx (redirects are not followed), 4xx, 5xx, and odd codes alike
            raise error_for_response(
                response,
                operation_id=operation_id,
                retry_after=decision.retry_after,
                redact=self._redact,
                already_done=maybe_applied and status in already_done_statuses(op),
            )
        content = response.content
        if _is_json(response, content) and _body.json_depth_exceeds(content):
            raise ResponseValidationError(
                operation_id or self._where(request, op),
                status_code=status,
                body=content,
                field=None,
                reason=f"JSON nested deeper than {_body.MAX_JSON_DEPTH} levels",
            )
        return response


class PuffleTransport(_Base, httpx.BaseTransport):
    """Sync transport: rate limit, send, read the body within the deadline, retry by `RetryPolicy`, type errors."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        options: ClientOptions,
        limiter: TokenBucket | None,
        *,
        owns_inner: bool = True,
        redact: Redactor | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(options, limiter, redact=redact, policy=policy)
        self.inner = inner
        self.owns_inner = owns_inner
        self._sleep = sleep

    def _attempt(self, request: httpx.Request, deadline: float | None) -> httpx.Response:
        with attempt_deadline(deadline):  # each socket read/write, headers included (the SDK's own pool)
            raw = self.inner.handle_request(request)
            try:
                assert isinstance(raw.stream, httpx.SyncByteStream)
                content = _body.read(raw.stream, limit=self.options.max_response_bytes, deadline=deadline)
            finally:
                raw.close()
        return self._plain(raw, content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        op = operation_of(request)
        request.read()  # a replayable body
        phases = dict(request.extensions.get("timeout") or {})
        call_deadline = self._call_deadline()
        attempt = 0
        maybe_applied = False  # whether an earlier attempt of this call may have taken effect
        while True:
            wait = self._sleep or sleep
            if self.limiter is not None:
                self.limiter.acquire(wait)
            deadline = self._attempt_deadline(call_deadline, phases)
            self._cap_timeouts(request, phases, deadline)
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = self._attempt(request, deadline)
            except RETRYABLE_ERRORS as exc:
                error = exc
            except _body.BodyTooLarge as exc:
                raise self._too_large(request, op, exc) from None
            decision = self.policy.decide(request, op, attempt, response=response, error=error)
            decision = self._stop_at_deadline(decision, call_deadline)
            if not decision.retry:
                return self._finish(request, op, response, error, decision, maybe_applied)
            maybe_applied = maybe_applied or may_have_applied(response, error)
            self._log_retry(request, op, attempt, decision)
            wait(decision.delay)
            attempt += 1

    def close(self) -> None:
        if self.owns_inner:
            self.inner.close()


class AsyncPuffleTransport(_Base, httpx.AsyncBaseTransport):
    """Async twin of `PuffleTransport`, driven by the same `RetryPolicy`; a cancel scope bounds each attempt."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        options: ClientOptions,
        limiter: TokenBucket | None,
        *,
        owns_inner: bool = True,
        redact: Redactor | None = None,
        policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(options, limiter, redact=redact, policy=policy)
        self.inner = inner
        self.owns_inner = owns_inner

    async def _attempt(self, request: httpx.Request, deadline: float | None) -> httpx.Response:
        import anyio

        scope = (
            anyio.fail_after(max(_MIN_WAIT, deadline - time.monotonic()))
            if deadline is not None
            else contextlib.nullcontext()
        )
        try:
            with scope:
                raw = await self.inner.handle_async_request(request)
                try:
                    assert isinstance(raw.stream, httpx.AsyncByteStream)
                    content = await _body.aread(raw.stream, limit=self.options.max_response_bytes)
                finally:
                    await raw.aclose()
        except TimeoutError:
            raise httpx.ReadTimeout("the attempt's deadline passed", request=request) from None
        return self._plain(raw, content)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        op = operation_of(request)
        await request.aread()
        phases = dict(request.extensions.get("timeout") or {})
        call_deadline = self._call_deadline()
        attempt = 0
        maybe_applied = False  # whether an earlier attempt of this call may have taken effect
        while True:
            if self.limiter is not None:
                await self.limiter.aacquire(async_sleep)
            deadline = self._attempt_deadline(call_deadline, phases)
            self._cap_timeouts(request, phases, deadline)
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = await self._attempt(request, deadline)
            except RETRYABLE_ERRORS as exc:
                error = exc
            except _body.BodyTooLarge as exc:
                raise self._too_large(request, op, exc) from None
            decision = self.policy.decide(request, op, attempt, response=response, error=error)
            decision = self._stop_at_deadline(decision, call_deadline)
            if not decision.retry:
                return self._finish(request, op, response, error, decision, maybe_applied)
            maybe_applied = maybe_applied or may_have_applied(response, error)
            self._log_retry(request, op, attempt, decision)
            await async_sleep(decision.delay)
            attempt += 1

    async def aclose(self) -> None:
        if self.owns_inner:
            await self.inner.aclose()
