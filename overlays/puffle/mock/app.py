"""The ASGI application: a Starlette app whose API routes all come from the spec.

Every request under the spec's paths goes through one pipeline: route -> injected fault -> credentials ->
rate limit -> random errors -> request validation -> the operation's action -> response (checked against
the spec when ``--validate-responses`` is on). ``/__mock/*`` holds the admin endpoints for tests:
``GET /__mock/health``, ``GET /__mock/stats`` (requests and response statuses per operationId, resource
sizes), ``GET /__mock/items/{resource}`` (every stored item with its links) and ``POST /__mock/reset`` (reseed
and zero the counters; ``?keep=stats`` reseeds only, for a harness that resets between scenarios but asserts
on the whole run).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections import Counter
from collections.abc import Awaitable, Callable
from http.cookies import CookieError, SimpleCookie
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .actions import Engine
from .config import MockConfig
from .errors import MockError, error_body
from .faults import Chaos, Fault, FaultCounter, RateLimiter, parse_fault
from .jsonbody import MAX_BODY_BYTES
from .responses import ResponseBuilder
from .routing import Router
from .seeding import seed_store
from .spec import MockSpec, Operation, load_document
from .state import Store
from .synth import Synthesizer
from .validation import parse_request

__all__ = ["FAULT_HEADER", "MockServer", "create_app"]

FAULT_HEADER = "x-puffle-mock-fault"
TRANSPORT_KEY = "puffle.mock.transport"
logger = logging.getLogger("puffle.mock")

_HTML_PAGE = """<!DOCTYPE html>
<html><head><title>{status} {reason}</title></head>
<body><h1>{status} {reason}</h1><p>The upstream server did not answer. (puffle mock fault)</p></body></html>
"""
_REASONS = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


class MockServer:
    """State, spec and pipeline of one mock server; `app` is the Starlette application serving it."""

    def __init__(self, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.spec = MockSpec(load_document(self.config.spec_path))
        self.synth = Synthesizer(self.spec.schemas)
        self.store = Store(self.spec, self.synth, self.config.seed)
        seed_store(self.store, self.config.sizes)
        self.seeded = self.store.snapshot()
        self.engine = Engine(self.spec, self.store, self.config)
        self.responses = ResponseBuilder(self.spec, self.store, self.synth)
        self.router = Router(self.spec.operations)
        self.faults = FaultCounter()
        self.limiter = RateLimiter(self.config.rate_limit) if self.config.rate_limit else None
        self.chaos = Chaos(self.config.error_rate, self.config.seed)
        self.requests: Counter[str] = Counter()
        # operationId -> status -> responses sent, so a test can tell "called" from "served" (a 2xx).
        self.statuses: dict[str, Counter[int]] = {}
        self.total = 0
        self.lock = threading.Lock()
        starlette = Starlette(
            exception_handlers={HTTPException: _http_exception},
            routes=[
                Route("/__mock/health", self._health, methods=["GET"]),
                Route("/__mock/stats", self._stats, methods=["GET"]),
                Route("/__mock/reset", self._reset, methods=["POST"]),
                Route("/__mock/items/{resource}", self._items, methods=["GET"]),
            ],
        )
        # Everything else, whatever the method or path (even one a route pattern cannot match, such as an id
        # with a newline in it), goes to the spec-driven pipeline.
        starlette.router.default = _AnyMethod(self._api)
        self.app = _ConnectionAccess(starlette)

    # -- admin ---------------------------------------------------------------------------------------------------

    async def _health(self, request: Request) -> Response:
        return JSONResponse({"ok": True, "operations": len(self.spec.operations)})

    async def _stats(self, request: Request) -> Response:
        resources = {name: len(c) for name, c in self.store.collections.items()}
        with self.lock:
            operations = dict(sorted(self.requests.items()))
            statuses = {
                op: {str(status): n for status, n in sorted(counts.items())}
                for op, counts in sorted(self.statuses.items())
            }
        return JSONResponse(
            {"total": self.total, "operations": operations, "statuses": statuses, "resources": resources}
        )

    async def _items(self, request: Request) -> Response:
        name = request.path_params["resource"]
        if name in self.store.singletons:
            return JSONResponse({"singleton": self.store.singletons[name]})
        collection = self.store.collections.get(name)
        if collection is None:
            known = ", ".join(sorted([*self.store.collections, *self.store.singletons]))
            return JSONResponse({"error": {"code": "not_found", "message": f"resources: {known}"}}, status_code=404)
        with self.lock:
            items = [
                {"id": e.id, "links": e.links, "item": self.store.render(name, e, embed=False)}
                for e in collection.ordered()
            ]
        return JSONResponse({"items": items})

    async def _reset(self, request: Request) -> Response:
        keep = request.query_params.getlist("keep")
        unknown = [k for k in request.query_params if k != "keep"] + [v for v in keep if v != "stats"]
        if unknown:
            error = MockError(400, f"reset: unknown option {unknown[0]!r} (the one option is keep=stats)")
            return self._error(error, "envelope", "req_admin")
        self.reset(keep_stats=bool(keep))
        return JSONResponse({"ok": True})

    def reset(self, *, keep_stats: bool = False) -> None:
        """Back to the freshly seeded state; request counters, fault counters and rate buckets start over.

        ``keep_stats`` restores the data only: request and status counts run on across the reset.
        """
        with self.lock:
            self.store.restore(self.seeded)
            if keep_stats:
                return
            self.requests.clear()
            self.statuses.clear()
            self.total = 0
            self.faults.clear()
            self.chaos.clear()
            if self.limiter is not None:
                self.limiter.clear()

    # -- pipeline ------------------------------------------------------------------------------------------------

    def _error(self, error: MockError, shape: str, request_id: str) -> Response:
        headers = {"x-request-id": request_id, **error.headers}
        return _JSON(error_body(error, shape), status_code=error.status, headers=headers)

    async def _api(self, request: Request) -> Response:
        with self.lock:
            self.total += 1
            request_id = f"req_{self.total:07d}"
        response = await self._serve(request, request_id)
        operation_id = getattr(request.state, "operation_id", None)
        if operation_id is not None:
            with self.lock:
                self.statuses.setdefault(operation_id, Counter())[response.status_code] += 1
        return response

    async def _serve(self, request: Request, request_id: str) -> Response:
        shape = "envelope"
        try:
            if self.config.latency > 0:
                await asyncio.sleep(self.config.latency)
            raw_path = request.scope.get("raw_path") or request.url.path.encode()
            method = request.method.upper()
            match = self.router.match("GET" if method == "HEAD" else method, raw_path.decode("latin-1"))
            if match is None:
                raise MockError(404, f"No route for {method} {request.url.path}")
            if match.operation is None:
                allow = ", ".join(match.allowed)
                if method == "OPTIONS":
                    return Response(status_code=204, headers={"Allow": allow, "x-request-id": request_id})
                raise MockError(405, f"{method} is not allowed on {request.url.path}", headers={"Allow": allow})
            op = match.operation
            shape = op.error_shape
            request.state.operation_id = op.operation_id
            with self.lock:
                self.requests[op.operation_id] += 1
            fault = self._fault(op, request)
            if fault is not None:
                if fault.flat:
                    shape = "flat"
                injected = await self._inject(fault, op, request)
                if injected is not None:
                    injected.headers["x-request-id"] = request_id
                    return injected
            self._authenticate(op, request)
            self._throttle(request)
            if self.chaos.should_fail():
                raise MockError(500, "Injected server error (--error-rate)")
            body = await self._body(request)
            parsed = parse_request(
                op, self.spec.schemas, match.path_params, request.url.query, dict(request.headers), body
            )
            with self.lock:
                result = self.engine.run(op, parsed, fail_task=bool(fault and fault.fail_task))
                status, payload = self.responses.build(op, result)
            self._check(op, status, payload)
            if method == "HEAD":
                return Response(status_code=status, headers={"x-request-id": request_id})
            return _JSON(payload, status_code=status, headers={"x-request-id": request_id})
        except MockError as error:
            return self._error(error, shape, request_id)
        except Exception as exc:  # the catch-all: every answer keeps the documented envelope
            # One line, no traceback: a mock bug must not flood a user's test log, and the request id ties
            # the line to the answer the client saw.
            logger.error("%s %s: mock bug (%s: %s)", request_id, request.url.path, type(exc).__name__, exc)
            return self._error(MockError(500, f"Mock bug: {type(exc).__name__}"), shape, request_id)

    async def _body(self, request: Request) -> bytes:
        """The request body, bounded in size and in the time the client takes to send it (413 / 408)."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared[:12]) > MAX_BODY_BYTES:
            raise MockError(413, f"body: larger than {MAX_BODY_BYTES} bytes")

        async def read() -> bytes:
            chunks: list[bytes] = []
            size = 0
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    raise MockError(413, f"body: larger than {MAX_BODY_BYTES} bytes")
                chunks.append(chunk)
            return b"".join(chunks)

        try:
            return await asyncio.wait_for(read(), self.config.read_timeout)
        except TimeoutError:
            raise MockError(
                408, f"body: not received within {self.config.read_timeout:g} s", headers={"Connection": "close"}
            ) from None

    def _fault(self, op: Operation, request: Request) -> Fault | None:
        header = request.headers.get(FAULT_HEADER)
        if not header:
            return None
        try:
            fault = parse_fault(header)
        except ValueError as exc:
            raise MockError(400, f"X-Puffle-Mock-Fault: {exc}") from None
        return fault if self.faults.applies(op.operation_id, fault) else None

    async def _inject(self, fault: Fault, op: Operation, request: Request) -> Response | None:
        if fault.delay > 0:
            await asyncio.sleep(fault.delay)
        if fault.drop:
            transport = request.scope.get(TRANSPORT_KEY)
            if transport is None:
                raise RuntimeError("drop=1: the server gives no access to the connection")
            transport.abort()
            await asyncio.sleep(0.01)
            return Response(status_code=500)
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
        if fault.html:
            status = fault.error_status or 502
            page = _HTML_PAGE.format(status=status, reason=_REASONS.get(status, "Error"))
            return Response(page, status_code=status, media_type="text/html; charset=utf-8", headers=headers)
        if fault.malformed:
            status = fault.status if fault.status and fault.status < 400 else op.success_status
            return Response(
                b'{"mock": "malformed", "truncated": [1, 2',
                status_code=status,
                headers={"content-type": "application/json", **headers},
            )
        if fault.error_status is not None:
            raise MockError(fault.error_status, f"Injected fault: status {fault.error_status}", headers=headers)
        return None

    def _authenticate(self, op: Operation, request: Request) -> None:
        if op.auth == "session":
            cookies: SimpleCookie = SimpleCookie()
            with contextlib.suppress(CookieError):
                cookies.load(request.headers.get("cookie", ""))
            session = cookies.get("session")
            value = session.value if session is not None else ""
            token = self.config.session_token
            if not value or (token is not None and value != token):
                raise MockError(401, "A signed-in dashboard session (cookie `session`) is required")
        elif op.auth == "bearer":
            scheme, _, key = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not key.strip().startswith("pk_") or len(key.strip()) < 4:
                raise MockError(401, "Invalid API key: send `Authorization: Bearer pk_...`")

    def _throttle(self, request: Request) -> None:
        if self.limiter is None:
            return
        key = request.headers.get("authorization") or request.headers.get("cookie") or "anonymous"
        wait = self.limiter.take(key)
        if wait is not None:
            seconds = max(1, int(-(-wait // 1)))
            raise MockError(
                429,
                f"Too many requests. Please retry after {seconds} seconds.",
                headers={"Retry-After": str(seconds)},
            )

    def _check(self, op: Operation, status: int, payload: Any) -> None:
        if not self.config.validate_responses:
            return
        schema = op.response_schema(status)
        if schema is None:
            return
        error = self.spec.schemas.first_error(payload, schema)
        if error is not None:
            where = ".".join(str(p) for p in error.absolute_path) or "body"
            detail = f"{op.operation_id} {status} response does not match the spec at {where}: {error.message}"
            logger.error("%s\n%s", detail, json.dumps(payload)[:2000])
            raise MockError(500, f"Mock bug: {detail}")


async def _http_exception(request: Request, exc: Exception) -> Response:
    """Starlette's own answers (an admin path with the wrong method) in the error envelope too."""
    assert isinstance(exc, HTTPException)
    error = MockError(exc.status_code, str(exc.detail), headers=dict(exc.headers or {}))
    return _JSON(error_body(error, "envelope"), status_code=error.status, headers=error.headers)


class _JSON(JSONResponse):
    """JSON with non-ASCII escaped, so stored strings that are not valid UTF-8 (lone surrogates) still serialize."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


class _AnyMethod:
    """An ASGI endpoint for every HTTP method (Starlette answers unknown methods itself otherwise)."""

    def __init__(self, handler: Callable[[Request], Awaitable[Response]]) -> None:
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self.handler(Request(scope, receive))
        await response(scope, receive, send)


class _ConnectionAccess:
    """Outermost ASGI layer: hands the connection's transport to the pipeline so ``drop=1`` can close it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            cycle = getattr(send, "__self__", None)
            scope = dict(scope)
            scope[TRANSPORT_KEY] = getattr(cycle, "transport", None)
        await self.app(scope, receive, send)


def create_app(config: MockConfig | None = None) -> ASGIApp:
    """A ready ASGI app (for uvicorn or any ASGI server) backed by a freshly seeded `MockServer`."""
    return MockServer(config).app
