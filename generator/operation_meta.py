"""Per-operation runtime metadata, computed from the spec's ``x-puffle-*`` extensions.

openapi-python-client's parsed ``Endpoint`` objects carry no vendor extensions, so the generator looks each
endpoint up in the raw spec by (method, path) and hands templates a plain-data description of the operation.
Spec names (JSON field names, query parameter names) are translated here into the Python names the generated
code uses, so the runtime never has to guess how a name was converted.
"""

from __future__ import annotations

import importlib.util
import pprint
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from openapi_python_client import Project
from openapi_python_client.strings import PythonIdentifier


def _load_vocabulary() -> ModuleType:
    """The package's x-puffle reader, loaded by file: the generator runs before the package it feeds exists."""
    name = "puffle_vocabulary_for_generator"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parents[1] / "overlays" / "puffle" / "_vocabulary.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve their module through sys.modules
    spec.loader.exec_module(module)
    return module


vocabulary = _load_vocabulary()


class SpecError(Exception):
    """The spec's x-puffle-* extensions are inconsistent with the rest of the spec."""


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


def build_operation_meta(spec: dict[str, Any], project: Project, package: str) -> OperationMeta:
    prefix = project.config.field_prefix
    meta = OperationMeta(spec=spec, prefix=prefix, package=package)
    try:
        records = vocabulary.read_operations(spec)
    except vocabulary.VocabularyError as exc:
        raise SpecError(str(exc)) from exc
    endpoints: dict[str, tuple[str, Any]] = {}  # python name of the operationId -> (module, parsed endpoint)
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            module = f"{package}.api.{tag}.{PythonIdentifier(str(endpoint.name), prefix)}"
            endpoints[str(endpoint.name)] = (module, endpoint)
    by_name = {str(PythonIdentifier(op_id, prefix)): record for op_id, record in records.items()}
    if set(by_name) != set(endpoints):
        raise SpecError(f"operations the generator did not parse: {sorted(set(by_name) ^ set(endpoints))}")
    module_of = {by_name[name].operation_id: module for name, (module, _) in endpoints.items()}
    params_of = {by_name[name].operation_id: _param_names(endpoint) for name, (_, endpoint) in endpoints.items()}
    for name, (module, _endpoint) in sorted(endpoints.items(), key=lambda kv: kv[1][0]):
        record = by_name[name]
        data: dict[str, Any] = {
            "operation_id": record.operation_id,
            "method": record.method,
            "path": record.path,
            "tag": record.tag,
            "module": module,
            "auth": record.auth,
            "idempotent": record.idempotent,
            "idempotency_key": record.idempotency.key,
            # statuses that, answered to a retried attempt, mean an earlier attempt already took effect
            "already_done": list(record.idempotency.already_done),
            "error_shape": record.error_shape,
            "credits": record.credits,
            "pagination": _pagination(record, params_of[record.operation_id], prefix),
            "task": _task(record, module_of, params_of, prefix),
            "names": record.names.as_dict() if record.names is not None else None,
            # Every x-puffle-* extension of the operation exactly as the spec writes it.
            "extensions": dict(record.extensions),
        }
        meta.by_id[name] = data
        meta.index[record.operation_id] = {"module": module, "method": record.method, "path": record.path}
    meta.index = dict(sorted(meta.index.items()))
    return meta


def _param(params: dict[str, str], name: str | None, where: str) -> str | None:
    if name is None:
        return None
    if name not in params:
        raise SpecError(f"{where}: x-puffle extension names parameter {name!r}, which the operation lacks")
    return params[name]


def _attrs(path: tuple[str, ...] | None, prefix: str) -> list[str | int] | None:
    """A JSON field path as Python attribute names; digits index lists."""
    if path is None:
        return None
    return [int(seg) if seg.isdigit() else str(PythonIdentifier(seg, prefix)) for seg in path]


def _json(path: tuple[str, ...] | None) -> list[str | int] | None:
    return [int(seg) if seg.isdigit() else seg for seg in path] if path is not None else None


def _pagination(record: Any, params: dict[str, str], prefix: str) -> dict[str, Any] | None:
    pag = record.pagination
    if pag is None:
        return None
    where = record.operation_id
    return {
        "style": pag.style,
        "items": _attrs(pag.items, prefix),
        "limit_param": _param(params, pag.limit_param, where),
        "cursor_param": _param(params, pag.cursor_param, where),
        "page_param": _param(params, pag.page_param, where),
        "offset_param": _param(params, pag.offset_param, where),
        "next_cursor": _attrs(pag.next_cursor, prefix),
        "has_more": _attrs(pag.has_more, prefix),
        "total": _attrs(pag.total, prefix),
        # The same paths in JSON field names, for reading a page before it is parsed into models.
        "json": {
            "items": _json(pag.items),
            "next_cursor": _json(pag.next_cursor),
            "has_more": _json(pag.has_more),
            "total": _json(pag.total),
        },
    }


def _task(
    record: Any, module_of: dict[str, str], params_of: dict[str, dict[str, str]], prefix: str
) -> dict[str, Any] | None:
    task = record.task
    if task is None:
        return None
    where = record.operation_id
    poll_params = params_of[task.poll]
    start_params = params_of[where]
    params: dict[str | None, dict[str, Any]] = {}
    for param in task.params:
        target = _param(poll_params, param.poll_param, where)
        if param.source == "request":
            # "$request.path.id" / "$request.query.x": reuse an argument of the start call.
            params[target] = {"from": "request", "arg": _param(start_params, param.name, where)}
        else:
            params[target] = {"from": "response", "path": _attrs(param.path, prefix)}
    return {
        "poll_operation": task.poll,
        "poll_module": module_of[task.poll],
        "params": params,
        "const": {_param(poll_params, k, where): v for k, v in task.const},
        "status": _attrs(task.status, prefix),
        "success": list(task.success),
        "failure": list(task.failure),
        "blocked": list(task.blocked),
        "interval": task.interval,
    }
