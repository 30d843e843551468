"""Build a valid call of any generated endpoint function from the spec alone.

Path and query ids come from items the mock has seeded (``GET /__mock/items/{resource}``), chosen by the
operation's ``x-puffle-mock`` (which resource, which parent, which ``when`` states are allowed); bodies are the
spec's request examples with every id-carrying field the extension names replaced by a seeded id of the
right resource. Nothing here is written for one particular operation.
"""

from __future__ import annotations

import copy
import enum
import importlib
import inspect
import io
import typing
import uuid
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx

from puffle.mock.expressions import assign, lookup, split_path
from puffle.mock.items import key_expression, parent_expression
from puffle.mock.spec import MockSpec, Operation, load_document
from puffle_client._operations import OPERATIONS
from puffle_client.types import File, Unset

SPEC = MockSpec(load_document())


def _norm(name: str) -> str:
    return name.replace("_", "").lower()


def request_example(op: Operation) -> Any:
    """The spec's request example of ``op`` (first named example when there are several), else ``{}``."""
    raw = SPEC.document["paths"][op.path][op.method.lower()].get("requestBody", {})
    media = next(iter(raw.get("content", {}).values()), {})
    if "example" in media:
        return copy.deepcopy(media["example"])
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return copy.deepcopy(example["value"])
    return {}


@dataclass
class Plan:
    """One concrete call: spec-named path/query values and the JSON body."""

    operation: Operation
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None


class Planner:
    """Chooses seeded ids for an operation's call by asking the running mock what it holds."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=30)

    def items(self, resource: str) -> list[dict[str, Any]]:
        response = self.http.get(f"/__mock/items/{resource}")
        response.raise_for_status()
        return list(response.json().get("items", []))

    def _fits(self, row: dict[str, Any], op: Operation) -> bool:
        for dotted, allowed in (op.mock.get("when") or {}).items():
            if lookup(row["item"], split_path(str(dotted))) not in allowed:
                return False
        return True

    def _target(self, op: Operation) -> tuple[dict[str, Any] | None, str | None]:
        """The item the call addresses (when it addresses one) and its parent id."""
        resource = op.resource
        parent = op.mock.get("parent")
        if resource is None or SPEC.resources[resource].singleton:
            return None, None
        if key_expression(op) is None:
            if not parent:
                return None, None
            rows = self.items(str(parent))
            if not rows:
                raise LookupError(f"{op.operation_id}: the mock holds no {parent} item to list or create under")
            return None, rows[0]["id"]
        rows = [r for r in self.items(resource) if self._fits(r, op)]
        if parent:
            rows = [r for r in rows if r["links"].get(str(parent))]
        if not rows and op.action == "list":
            return None, None  # the key of a list is an optional filter
        if not rows:
            raise LookupError(f"{op.operation_id}: the mock holds no {resource} item this call can address")
        row = rows[0]
        return row, (row["links"][str(parent)][0] if parent else None)

    def _ids_for(self, resource: str, count: int, parent: tuple[str, str] | None = None) -> list[str]:
        rows = self.items(resource)
        if parent is not None:
            rows = [r for r in rows if parent[1] in r["links"].get(parent[0], [])]
        return [r["id"] for r in rows[:count]]

    def _put(self, plan: Plan, expr: Any, value: str | list[str]) -> None:
        """Write ``value`` wherever the expression ``$request.<in>.<path>`` reads from."""
        if not isinstance(expr, str) or not expr.startswith("$request."):
            return
        _, where, *path = split_path(expr[1:])
        dotted = ".".join(path)
        if where == "path":
            plan.path[dotted] = value[0] if isinstance(value, list) else value
        elif where == "query":
            plan.query[dotted] = value[0] if isinstance(value, list) else value
        elif where == "body":
            if not isinstance(plan.body, dict):
                plan.body = {}
            schema = SPEC.schema_at(plan.operation.body.schema if plan.operation.body else None, path)
            wants_list = schema is not None and SPEC.is_array(schema)
            if wants_list and not isinstance(value, list):
                value = [value]
            elif not wants_list and isinstance(value, list):
                value = value[0]
            assign(plan.body, dotted, value)

    def plan(self, op: Operation) -> Plan:
        plan = Plan(op, body=request_example(op) if op.body is not None else None)
        mock = op.mock
        row, parent_id = self._target(op)
        if row is not None:
            self._put(plan, key_expression(op), row["id"])
        parent = mock.get("parent")
        if parent and parent_id is None:
            parent_id = self.items(str(parent))[0]["id"]
        if parent and parent_id is not None:
            self._put(plan, parent_expression(op), parent_id)
        for resource, expr in (mock.get("require") or {}).items():
            self._put(plan, expr, self._ids_for(str(resource), 1))
        source = mock.get("from")
        if isinstance(source, dict) and source.get("parentKey"):
            owner = self.items(str(source["parent"]))[0]["id"]
            self._put(plan, source["parentKey"], owner)
            self._put(plan, mock.get("ids"), self._ids_for(str(source["resource"]), 2, (str(source["parent"]), owner)))
        elif isinstance(source, dict) and parent_id is not None:
            self._put(plan, mock.get("ids"), self._ids_for(str(source["resource"]), 2, (str(parent), parent_id)))
        elif mock.get("ids"):
            target = str(mock.get("member") or op.resource)
            self._put(plan, mock["ids"], self._ids_for(target, 2))
        helper = mock.get("with")
        if isinstance(helper, dict):
            self._put(plan, helper.get("key"), self._ids_for(str(helper["resource"]), 1))
        produce = mock.get("produce")
        if isinstance(produce, dict) and isinstance(produce.get("from"), dict):
            self._put(plan, produce.get("each"), self._ids_for(str(produce["from"]["resource"]), 3))
        if op.action == "batch-update" and isinstance(plan.body, dict):
            rows = lookup(plan.body, split_path(str(mock.get("items") or "items")))
            ids = self._ids_for(str(op.resource), len(rows) if isinstance(rows, list) else 0)
            for entry, key in zip(rows if isinstance(rows, list) else [], ids, strict=False):
                entry[str(mock.get("key") or "id")] = key
        for param in op.params:
            if param.required and param.location == "query" and param.name not in plan.query:
                node = SPEC.schemas.resolve(param.schema)
                plan.query[param.name] = (node.get("enum") or [node.get("default", "x")])[0]
        return plan


def _convert(value: Any, annotation: Any) -> Any:
    """Turn a JSON value into what a generated function's parameter annotation expects."""
    options = typing.get_args(annotation) or (annotation,)
    for option in options:
        if option is uuid.UUID:
            return uuid.UUID(str(value))
        if inspect.isclass(option) and issubclass(option, enum.Enum):
            return option(value)
        if inspect.isclass(option) and hasattr(option, "from_dict") and isinstance(value, dict):
            return option.from_dict(value)
    return value


def module_of(operation_id: str) -> ModuleType:
    return importlib.import_module(OPERATIONS[operation_id]["module"])


def call_arguments(plan: Plan) -> dict[str, Any]:
    """Keyword arguments of ``sync_detailed`` for the plan (without ``client``)."""
    module = module_of(plan.operation.operation_id)
    function = module.sync_detailed
    hints = typing.get_type_hints(function)
    names = {_norm(name.rstrip("_")): name for name in inspect.signature(function).parameters}
    kwargs: dict[str, Any] = {}
    for spec_name, value in [*plan.path.items(), *plan.query.items()]:
        python = names[_norm(spec_name)]
        kwargs[python] = _convert(value, hints[python])
    if plan.operation.body is not None:
        annotation = hints["body"]
        model = next(o for o in (typing.get_args(annotation) or (annotation,)) if o is not Unset and o is not None)
        if plan.operation.body.media_type == "multipart/form-data":
            upload = File(payload=io.BytesIO(b"%PDF-1.4 mock"), file_name="proposal.pdf", mime_type="application/pdf")
            kwargs["body"] = model(file=upload)
        else:
            kwargs["body"] = model.from_dict(plan.body if plan.body is not None else {})
    return kwargs
