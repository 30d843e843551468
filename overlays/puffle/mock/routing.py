"""Match request paths against the spec's path templates.

Matching works on the raw (still percent-encoded) path, one segment at a time, so an encoded ``/`` inside an
id cannot change which route is chosen. The most concrete matching template wins (literal segments before
parameters); when it lacks the request's method the match reports the methods it has (a 405 with ``Allow``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from .spec import Operation

__all__ = ["Match", "Router"]

_PARAM = re.compile(r"^\{([^{}]+)\}$")


@dataclass(frozen=True)
class Match:
    operation: Operation | None
    path_params: dict[str, str]
    allowed: tuple[str, ...]


class _Route:
    def __init__(self, template: str) -> None:
        self.template = template
        self.segments = template.strip("/").split("/")
        self.operations: dict[str, Operation] = {}
        # Literal segments first: /api/email/accounts/warmup-analytics beats /api/email/accounts/{id}.
        self.rank = tuple(1 if _PARAM.match(s) else 0 for s in self.segments)

    def match(self, raw_segments: list[str]) -> dict[str, str] | None:
        if len(raw_segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for pattern, raw in zip(self.segments, raw_segments, strict=True):
            found = _PARAM.match(pattern)
            if found:
                if not raw:
                    return None
                params[found.group(1)] = unquote(raw)
            elif unquote(raw) != pattern:
                return None
        return params


class Router:
    """All operations of the spec, looked up by method and path."""

    def __init__(self, operations: list[Operation]) -> None:
        routes: dict[str, _Route] = {}
        for op in operations:
            routes.setdefault(op.path, _Route(op.path)).operations[op.method] = op
        self.routes = sorted(routes.values(), key=lambda r: r.rank)

    def match(self, method: str, raw_path: str) -> Match | None:
        """The operation for ``method`` + ``raw_path``; `Match.operation` is None when only the method is wrong."""
        segments = raw_path.split("?", 1)[0].strip("/").split("/")
        for route in self.routes:
            params = route.match(segments)
            if params is None:
                continue
            # As OpenAPI says, the most concrete matching path is the resource; a method it lacks is a 405
            # (PATCH /api/campaigns/settings is not PATCH /api/campaigns/{id}).
            op = route.operations.get(method.upper())
            return Match(op, params if op is not None else {}, tuple(route.operations))
        return None
