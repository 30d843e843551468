"""The resource tree (``client.lists.leads.add(...)``) as plain data for the resources templates.

Every operation's ``x-puffle-names.sdk`` (``lists.leads.add``) places it as method ``add`` of resource
``lists.leads``. This module turns the parsed endpoints into that tree, with each method's keyword arguments
(path parameters, query parameters and the top-level fields of the JSON body) and their annotations, widened
so that a nested object also accepts a plain dict and an enum also accepts its string value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties import (
    EnumProperty,
    ListProperty,
    ModelProperty,
    UnionProperty,
)

# Keyword arguments every resource method takes besides the operation's own (per-request options).
OPTION_NAMES = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body", "max_items")


_MODELS: dict[str, Any] = {}  # class name -> fully parsed ModelProperty (references may be stubs)


def _full(prop: Any) -> Any:
    if isinstance(prop, ModelProperty) and prop.required_properties is None:
        return _MODELS[_code(prop.get_base_type_string())]
    return prop


class ResourceError(Exception):
    """The naming records or the operations' shapes do not make a consistent resource tree."""


@dataclass
class Arg:
    name: str  # Python keyword
    wire: str  # name in the JSON body / query string
    annotation: str
    required: bool
    where: str  # "path" | "query" | "body"
    enum: str | None = None  # enum class to coerce a string into (query parameters)
    default: str = "UNSET"  # when not required: the generated function's default


@dataclass
class Method:
    name: str
    operation_id: str
    module: str  # dotted module path
    alias: str  # local import name of the module
    summary: str
    args: list[Arg]
    returns: str  # parsed response type
    body_model: str | None
    multipart: bool
    item: str | None = None  # paginated: item type
    final: str | None = None  # task: poll response type
    imports: set[str] = field(default_factory=set)  # for the resource module (relative to resources/)
    typing_imports: set[str] = field(default_factory=set)  # for the endpoint module's descriptor


@dataclass
class Resource:
    path: list[str]
    methods: dict[str, Method] = field(default_factory=dict)
    children: dict[str, Resource] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return "".join(part.title().replace("_", "") for part in self.path) + "Resource"


def _docline(value: Any) -> str:
    """One docstring-safe sentence."""
    text = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)
    text = " ".join(text.split()).replace("\\", "\\\\").replace(3 * '"', 3 * "'")
    return text.rstrip(".") + "."


def _imports(prop: Any, prefix: str) -> set[str]:
    """Everything a module needs to name ``prop``'s type (models are "lazy" imports in openapi-python-client)."""
    found = set(prop.get_imports(prefix=prefix)) | set(prop.get_lazy_imports(prefix=prefix) or ())
    return {line for line in found if line != "from typing import cast"}


def _raw(value: Any) -> str:
    return value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)


def _code(value: Any) -> str:
    return value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else str(value)


def _builtins(text: str) -> str:
    """``list[...]`` -> ``builtins.list[...]``: inside a resource class ``list`` is a method name."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


def widen(prop: Any, imports: set[str], dicts: dict[str, Any] | None = None) -> str:
    """The annotation a keyword argument gets: models also as plain dicts, enums also as their string values.

    ``dicts`` collects the models whose TypedDict (``<Model>Dict``, keyed by JSON field names) is referenced.
    """
    imports.update(_imports(prop, ".."))
    if isinstance(prop, ModelProperty):
        name = _code(prop.get_base_type_string())
        if dicts is not None:
            dicts.setdefault(name, prop)
        return f"{name} | {name}Dict"
    if isinstance(prop, EnumProperty):
        name = _code(prop.get_base_type_string())
        values = ", ".join(repr(v) for v in prop.values.values())
        return f"{name} | Literal[{values}]"
    if isinstance(prop, ListProperty):
        return f"list[{widen(prop.inner_property, imports, dicts)}]"
    if isinstance(prop, UnionProperty):
        return " | ".join(dict.fromkeys(widen(inner, imports, dicts) for inner in prop.inner_properties))
    return _code(prop.get_type_string(no_optional=True))


def _item_prop(endpoint: Any, items_path: list[str | int], where: str) -> Any:
    """The element type of the page's item list (the spec's ``x-puffle-pagination.items``)."""
    prop = endpoint.responses.patterns[0].prop
    for seg in items_path:
        if isinstance(seg, int):
            continue
        if isinstance(prop, UnionProperty):
            models = [p for p in prop.inner_properties if isinstance(p, ModelProperty)]
            prop = models[0] if models else prop
        if not isinstance(prop, ModelProperty):
            raise ResourceError(f"{where}: pagination items path crosses a non-object at {seg!r}")
        prop = _full(prop)
        found = [p for p in prop.required_properties + prop.optional_properties if str(p.python_name) == seg]
        if not found:
            raise ResourceError(f"{where}: pagination items path names unknown field {seg!r}")
        prop = found[0]
    if not isinstance(prop, ListProperty) or not isinstance(prop.inner_property, ModelProperty):
        raise ResourceError(f"{where}: pagination items must be a list of objects")
    return prop.inner_property


def build_tree(project: Any, meta: Any) -> tuple[Resource, dict[str, Method], dict[str, Any]]:
    """The root resource, the methods by endpoint name and the models that need a TypedDict.

    ``meta`` is the OperationMeta (each operation's ``names`` record places it in the tree).
    """
    _MODELS.update({_code(m.get_base_type_string()): m for m in project.openapi.models})
    root = Resource(path=[])
    by_endpoint: dict[str, Method] = {}
    dicts: dict[str, Any] = {}
    endpoints = {
        str(endpoint.name): endpoint
        for _tag, collection in project.openapi.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    for name, endpoint in sorted(endpoints.items()):
        op_meta = meta.by_id[name]
        names = op_meta["names"]
        node = root
        for part in names["resource"]:
            node = node.children.setdefault(part, Resource(path=[*node.path, part]))
        method = by_endpoint[name] = _method(name, endpoint, op_meta, endpoints, dicts)
        if method.name in node.methods:
            raise ResourceError(f"two operations are named {names['sdk']}")
        node.methods[method.name] = method
    _check_clashes(root)
    return root, by_endpoint, dicts


def _check_clashes(node: Resource) -> None:
    for name in node.methods:
        if name in node.children:
            raise ResourceError(f"{'.'.join(node.path)}.{name} is both a method and a sub-resource")
    for child in node.children.values():
        _check_clashes(child)


def _method(
    name: str,
    endpoint: Any,
    op_meta: dict[str, Any],
    endpoints: dict[str, Any],
    dicts: dict[str, Any],
) -> Method:
    where = op_meta["operation_id"]
    imports: set[str] = set()
    args: list[Arg] = []
    for prop in endpoint.path_parameters:
        args.append(Arg(str(prop.python_name), _raw(prop.name), widen(prop, imports), True, "path"))
    for prop in endpoint.query_parameters:
        enum = _code(prop.get_base_type_string()) if isinstance(prop, EnumProperty) else None
        default = _code(prop.default.python_code) if prop.default is not None else "UNSET"
        args.append(
            Arg(str(prop.python_name), _raw(prop.name), widen(prop, imports), prop.required, "query", enum, default)
        )
    body_model = None
    multipart = False
    if endpoint.bodies:
        if len(endpoint.bodies) > 1:
            raise ResourceError(f"{where}: more than one request body content type")
        body = _full(endpoint.bodies[0].prop)
        if not isinstance(body, ModelProperty):
            raise ResourceError(f"{where}: the request body is not an object")
        body_model = _code(body.get_base_type_string())
        imports.update(_imports(body, ".."))
        multipart = endpoint.bodies[0].body_type == "files"
        for prop in body.required_properties + body.optional_properties:
            args.append(Arg(str(prop.python_name), _raw(prop.name), widen(prop, imports, dicts), prop.required, "body"))
    seen: set[str] = set()
    for arg in args:
        if arg.name in seen or arg.name in OPTION_NAMES:
            raise ResourceError(f"{where}: argument name {arg.name!r} is used twice")
        seen.add(arg.name)
    for arg in args:
        arg.annotation = _builtins(arg.annotation)
    returns = _code(endpoint.response_type())
    for response in endpoint.responses.patterns:
        imports.update(_imports(response.prop, ".."))
    module = op_meta["module"]
    method = Method(
        name=op_meta["names"]["method"],
        operation_id=where,
        module=module,
        alias=f"_{name}",
        summary=_docline(endpoint.summary or endpoint.name),
        args=args,
        returns=returns,
        body_model=body_model,
        multipart=multipart,
    )
    if op_meta["pagination"] and op_meta["task"]:
        raise ResourceError(f"{where}: an operation cannot be both a list and a task start")
    if op_meta["pagination"]:
        item = _item_prop(endpoint, op_meta["pagination"]["items"], where)
        method.item = _code(item.get_base_type_string())
        method.typing_imports.update(_imports(item, "..."))
        imports.update(_imports(item, ".."))
    if op_meta["task"]:
        poll_name = op_meta["task"]["poll_module"].rsplit(".", 1)[1]
        poll = endpoints[poll_name]
        method.final = _code(poll.response_type())
        for response in poll.responses.patterns:
            imports.update(_imports(response.prop, ".."))
            method.typing_imports.update(_imports(response.prop, "..."))
    method.imports = imports
    imports.add(f"from ..api.{module.split('.')[-2]} import {module.split('.')[-1]} as {method.alias}")
    return method


def typed_dicts(dicts: dict[str, Any], imports: set[str]) -> list[dict[str, Any]]:
    """TypedDict definitions (JSON field names, widened types) for every model a plain dict may stand for."""
    out: dict[str, dict[str, Any]] = {}
    pending = dict(dicts)
    while pending:
        name, prop = pending.popitem()
        if name in out:
            continue
        found: dict[str, Any] = {}
        prop = _full(prop)
        fields = [
            {"key": _raw(p.name), "type": _builtins(widen(p, imports, found)), "required": bool(p.required)}
            for p in prop.required_properties + prop.optional_properties
        ]
        out[name] = {"name": f"{name}Dict", "model": name, "fields": fields, "needs": sorted(found)}
        pending.update({k: v for k, v in found.items() if k not in out})
    ordered: list[dict[str, Any]] = []
    done: set[str] = set()

    def place(name: str, trail: tuple[str, ...]) -> None:
        if name in done:
            return
        if name in trail:
            raise ResourceError(f"recursive request model {name}: a TypedDict cannot be defined for it")
        for need in out[name]["needs"]:
            place(need, (*trail, name))
        done.add(name)
        ordered.append(out[name])

    for name in sorted(out):
        place(name, ())
    return ordered


FLAVOURS = [
    {"prefix": "", "suffix": "Resource", "is_async": False, "raw": False},
    {"prefix": "Async", "suffix": "Resource", "is_async": True, "raw": False},
    {"prefix": "", "suffix": "RawResource", "is_async": False, "raw": True},
    {"prefix": "Async", "suffix": "RawResource", "is_async": True, "raw": True},
]
CONTAINERS = [
    {"container": "Resources", "raw_container": "RawResources", "doc": "Resource namespaces of `puffle.Puffle`."},
    {
        "container": "AsyncResources",
        "raw_container": "AsyncRawResources",
        "doc": "Resource namespaces of `puffle.AsyncPuffle`.",
    },
    {"container": "RawResources", "raw_container": "", "doc": "``client.with_raw_response``."},
    {"container": "AsyncRawResources", "raw_container": "", "doc": "``async_client.with_raw_response``."},
]


def subtree_methods(node: Resource) -> list[Method]:
    out = list(node.methods.values())
    for child in node.children.values():
        out.extend(subtree_methods(child))
    return out


def subtree_classes(node: Resource) -> list[str]:
    out = [f["prefix"] + node.class_name.replace("Resource", f["suffix"]) for f in FLAVOURS]
    for child in node.children.values():
        out.extend(subtree_classes(child))
    return out


def render(env: Any, package_dir: Any, root: Resource, dicts: dict[str, Any]) -> None:
    """Write ``resources/__init__.py``, one module per top-level resource and ``resources/_params.py``."""
    out = package_dir / "resources"
    out.mkdir(exist_ok=True)
    flavours = [{**f, **c} for f, c in zip(FLAVOURS, CONTAINERS, strict=True)]
    tops = sorted(root.children)
    init = env.get_template("resources_init.py.jinja").render(
        tops=tops, classes={n: root.children[n].class_name for n in tops}, flavours=flavours
    )
    (out / "__init__.py").write_text(init, encoding="utf-8")
    module_tpl = env.get_template("resources_module.py.jinja")
    for name in tops:
        top = root.children[name]
        imports: set[str] = set()
        dict_names: set[str] = set()
        for method in subtree_methods(top):
            imports.update(method.imports)
            for arg in method.args:
                dict_names.update(re.findall(r"\b(\w+Dict)\b", arg.annotation))
        if dict_names:
            imports.add(f"from ._params import {', '.join(sorted(dict_names))}")
        text = module_tpl.render(
            top=top, imports=sorted(imports), classes=sorted(subtree_classes(top)), flavours=flavours
        )
        (out / f"{name}.py").write_text(text, encoding="utf-8")
    dict_imports: set[str] = set()
    defs = typed_dicts(dicts, dict_imports)
    params = env.get_template("resources_params.py.jinja").render(dicts=defs, imports=sorted(dict_imports))
    (out / "_params.py").write_text(params, encoding="utf-8")


def typing_of(by_endpoint: dict[str, Method]) -> Any:
    """The jinja global ``puffle_typing(endpoint)``: types for the endpoint module's descriptors."""

    def lookup(endpoint: Any) -> dict[str, Any]:
        method = by_endpoint[str(endpoint.name)]
        return {
            "item": method.item,
            "page": method.returns,
            "start": method.returns,
            "final": method.final,
            "imports": sorted(method.typing_imports),
        }

    return lookup
