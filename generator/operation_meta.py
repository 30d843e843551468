"""Per-operation runtime metadata, computed from the spec's ``x-puffle-*`` extensions.

openapi-python-client's parsed ``Endpoint`` objects carry no vendor extensions, so the generator looks each
endpoint up in the raw spec by (method, path) and hands templates a plain-data description of the operation.
Spec names (JSON field names, query parameter names) are translated here into the Python names the generated
code uses, so the runtime never has to guess how a name was converted.
"""

from __future__ import annotations

import pprint
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client import Project
from openapi_python_client.strings import PythonIdentifier

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class SpecError(Exception):
    """The spec's x-puffle-* extensions are inconsistent with the rest of the spec."""


def _json_path(dotted: str) -> list[str | int]:
    """``pagination.cursor`` -> ``["pagination", "cursor"]``; digits index lists."""
    return [int(seg) if seg.isdigit() else seg for seg in dotted.split(".")]


def _attr_path(dotted: str, prefix: str) -> list[str | int]:
    """``pagination.cursor`` -> ``["pagination", "cursor"]`` in Python attribute names; digits index lists."""
    out: list[str | int] = []
    for seg in dotted.split("."):
        out.append(int(seg) if seg.isdigit() else str(PythonIdentifier(seg, prefix)))
    return out


@dataclass
class OperationMeta:
    spec: dict[str, Any]
    prefix: str
    package: str
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    index: dict[str, dict[str, Any]] = field(default_factory=dict)

    def for_endpoint(self, endpoint: Any) -> dict[str, Any]:
        return self.by_id[str(endpoint.name)]

    @staticmethod
    def pyrepr(value: Any) -> str:
        return pprint.pformat(value, sort_dicts=False, width=100)


def _param_names(endpoint: Any) -> dict[str, str]:
    names: dict[str, str] = {}
    for prop in endpoint.list_all_parameters():
        raw = prop.name.get_untrusted_value() if hasattr(prop.name, "get_untrusted_value") else prop.name
        names[str(raw)] = str(prop.python_name)
    return names


def _auth(op: dict[str, Any], spec: dict[str, Any]) -> str:
    security = op.get("security", spec.get("security", []))
    schemes = {name for req in security for name in req}
    if not schemes:
        return "none"
    if schemes == {"sessionCookie"}:
        return "session"
    return "bearer"


def build_operation_meta(spec: dict[str, Any], project: Project, package: str) -> OperationMeta:
    prefix = project.config.field_prefix
    meta = OperationMeta(spec=spec, prefix=prefix, package=package)
    module_of: dict[str, str] = {}
    endpoints: dict[str, tuple[str, Any]] = {}  # operationId -> (module, parsed endpoint)
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            module = f"{package}.api.{tag}.{PythonIdentifier(str(endpoint.name), prefix)}"
            endpoints[str(endpoint.name)] = (module, endpoint)
    routes = {
        str(PythonIdentifier(op["operationId"], prefix)): (method, path, op)
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }
    if set(routes) != set(endpoints):
        raise SpecError(f"operations the generator did not parse: {sorted(set(routes) ^ set(endpoints))}")
    for name, (module, _endpoint) in sorted(endpoints.items(), key=lambda kv: kv[1][0]):
        method, path, op = routes[name]
        module_of[op["operationId"]] = module
    for name, (module, endpoint) in sorted(endpoints.items(), key=lambda kv: kv[1][0]):
        method, path, op = routes[name]
        params = _param_names(endpoint)
        data: dict[str, Any] = {
            "operation_id": op["operationId"],
            "method": method.upper(),
            "path": path,
            "tag": op.get("tags", ["default"])[0],
            "module": module,
            "auth": _auth(op, spec),
            "idempotent": method in ("get", "put", "delete", "head", "options") or bool(op.get("x-puffle-idempotent")),
            "idempotency_key": op.get("x-puffle-idempotency-key"),
            "error_shape": op.get("x-puffle-error-shape", "envelope"),
            "credits": bool(op.get("x-puffle-credits", False)),
            "pagination": _pagination(op, params, prefix),
            "task": _task(op, spec, module_of, prefix, endpoints),
            "names": _names(op),
            # Every x-puffle-* extension of the operation exactly as the spec writes it.
            "extensions": {k: v for k, v in sorted(op.items()) if k.startswith("x-puffle-")},
        }
        meta.by_id[name] = data
        meta.index[op["operationId"]] = {"module": module, "method": method.upper(), "path": path}
    meta.index = dict(sorted(meta.index.items()))
    return meta


def _names(op: dict[str, Any]) -> dict[str, Any]:
    """The operation's names from ``x-puffle-names``: SDK resource path + method, and the CLI command words."""
    where = op["operationId"]
    record = op.get("x-puffle-names") or {}
    sdk = record.get("sdk")
    if not isinstance(sdk, str) or not all(part.isidentifier() and part.islower() for part in sdk.split(".")):
        raise SpecError(f"{where}: x-puffle-names.sdk must be dotted snake_case names, got {sdk!r}")
    *resource, method = sdk.split(".")
    if not resource:
        raise SpecError(f"{where}: x-puffle-names.sdk needs a resource and a method, got {sdk!r}")
    cli = record.get("cli")
    return {"sdk": sdk, "resource": resource, "method": method, "cli": cli.split() if cli else None}


def _param(params: dict[str, str], name: str | None, where: str) -> str | None:
    if name is None:
        return None
    if name not in params:
        raise SpecError(f"{where}: x-puffle extension names parameter {name!r}, which the operation lacks")
    return params[name]


def _pagination(op: dict[str, Any], params: dict[str, str], prefix: str) -> dict[str, Any] | None:
    pag = op.get("x-puffle-pagination")
    if not pag:
        return None
    where = op["operationId"]
    style = pag["style"]
    if style not in ("cursor", "next-cursor", "page-next-cursor", "page", "offset"):
        raise SpecError(f"{where}: unknown pagination style {style!r}")
    out: dict[str, Any] = {
        "style": style,
        "items": _attr_path(pag["items"], prefix),
        "limit_param": _param(params, pag.get("limitParam"), where),
        "cursor_param": _param(params, pag.get("cursorParam"), where),
        "page_param": _param(params, pag.get("pageParam"), where),
        "offset_param": _param(params, pag.get("offsetParam"), where),
        "next_cursor": _attr_path(pag["nextCursor"], prefix) if pag.get("nextCursor") else None,
        "has_more": _attr_path(pag["hasMore"], prefix) if pag.get("hasMore") else None,
        "total": _attr_path(pag["total"], prefix) if pag.get("total") else None,
        # The same paths in JSON field names, for reading a page before it is parsed into models.
        "json": {
            name: _json_path(pag[key]) if pag.get(key) else None
            for name, key in (
                ("items", "items"),
                ("next_cursor", "nextCursor"),
                ("has_more", "hasMore"),
                ("total", "total"),
            )
        },
    }
    needs = {
        "cursor": "cursor_param",
        "next-cursor": "cursor_param",
        "page-next-cursor": "cursor_param",
        "page": "page_param",
        "offset": "offset_param",
    }[style]
    if out[needs] is None:
        raise SpecError(f"{where}: pagination style {style} needs {needs}")
    if style in ("cursor", "next-cursor", "page-next-cursor") and out["next_cursor"] is None:
        raise SpecError(f"{where}: pagination style {style} needs nextCursor")
    return out


def _task(
    op: dict[str, Any],
    spec: dict[str, Any],
    module_of: dict[str, str],
    prefix: str,
    endpoints: dict[str, tuple[str, Any]],
) -> dict[str, Any] | None:
    task = op.get("x-puffle-task")
    if not task:
        return None
    where = op["operationId"]
    poll_id = task["poll"]
    if poll_id not in module_of:
        raise SpecError(f"{where}: x-puffle-task.poll names unknown operation {poll_id!r}")
    poll_endpoint = endpoints[str(PythonIdentifier(poll_id, prefix))][1]
    start_endpoint = endpoints[str(PythonIdentifier(where, prefix))][1]
    poll_params = _param_names(poll_endpoint)
    start_params = _param_names(start_endpoint)
    params: dict[str | None, dict[str, Any]] = {}
    for name, source in task.get("params", {}).items():
        target = _param(poll_params, name, where)
        if source.startswith("$request."):
            # "$request.path.id" / "$request.query.x": reuse an argument of the start call.
            arg = _param(start_params, source.split(".")[-1], where)
            params[target] = {"from": "request", "arg": arg}
        else:
            params[target] = {"from": "response", "path": _attr_path(source, prefix)}
    return {
        "poll_operation": poll_id,
        "poll_module": module_of[poll_id],
        "params": params,
        "const": {_param(poll_params, k, where): v for k, v in (task.get("const") or {}).items()},
        "status": _attr_path(task["status"], prefix),
        "success": list(task.get("success", [])),
        "failure": list(task.get("failure", [])),
        "interval": float(task.get("interval", 5)),
    }
