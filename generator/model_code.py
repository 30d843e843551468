"""Python source for the generated models' fields, ``_from_dict`` and ``to_dict``, written from the parsed spec.

templates/model.py.jinja calls :func:`model_code` (a Jinja global) instead of the stock per-property templates,
because parsing is the SDK's hottest path and the stock code does run-time typing work on every field (a
``cast`` of a union, a ``_parse_*`` closure per field per call, ``Enum(value)``, nested error wrappers). The
code written here does only what the data needs:

- a JSON primitive check per field (``value.__class__ is not str`` and the like; a helper from
  ``puffle_client.types`` is called only when that fast check fails, and raises ``ModelDataError`` naming the
  model and the JSON field unless the value is an acceptable subclass, e.g. an int for a number);
- enums through their value map (a dict lookup), falling back to the open enum's unknown member;
- nested models through their ``_from_dict`` directly (the typed-error wrapper runs once, at the top);
- timestamps through ``datetime.fromisoformat`` (python-dateutil only for spellings it rejects).

Models that only come back from the server (no request body reaches them; ``x-puffle-response-only``, set by
generate.py) declare a field the server may omit as ``X | None = None``; request models keep ``Unset`` so that
"not sent" stays different from an explicit null.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import safe_for_docstring

RESPONSE_ONLY = "x-puffle-response-only"


def code(value: Any) -> str:
    """Text of openapi-python-client's PythonCode (already safe as code)."""
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def literal(name: Any) -> str:
    """A JSON key from the spec as a Python string literal (json.dumps escapes everything that needs it)."""
    raw = name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else str(name)
    return json.dumps(raw, ensure_ascii=True)


def kind(prop: Any) -> str:
    return type(prop).__name__.removesuffix("Property")


def is_response_only(model: Any) -> bool:
    extra = getattr(model.data, "model_extra", None) or {}
    return bool(extra.get(RESPONSE_ONLY))


def split_nullable(prop: Any) -> tuple[list[Any], bool]:
    """The non-null alternatives of a property, and whether null is allowed."""
    if kind(prop) == "Union":
        inner = [p for p in prop.inner_properties if kind(p) != "None"]
        return inner, len(inner) != len(prop.inner_properties)
    if kind(prop) == "None":
        return [], True
    return [prop], False


def type_of(prop: Any) -> str:
    """The Python type of one non-null alternative."""
    k = kind(prop)
    if k in ("Model", "Enum"):
        return str(prop.class_info.name)
    if k == "List":
        inner, nullable = split_nullable(prop.inner_property)
        text = " | ".join(type_of(p) for p in inner) or "None"
        return f"list[{text}{' | None' if nullable and inner else ''}]"
    if k == "Union":
        inner, nullable = split_nullable(prop)
        return " | ".join(type_of(p) for p in inner) + (" | None" if nullable else "")
    return code(prop.get_base_type_string())


def check_name(prop: Any) -> str:
    """Name of the fast-path class check and the slow-path helper in puffle_client.types for a primitive."""
    return {"String": "str", "Int": "int", "Float": "float", "Boolean": "bool"}[kind(prop)]


@dataclass
class Writer:
    lines: list[str] = field(default_factory=list)
    depth: int = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.depth + text)

    def text(self, indent: int) -> str:
        pad = "    " * indent
        return "\n".join((pad + ln if ln else ln) for ln in self.lines).lstrip()


class ModelCode:
    """Code for one model; the template pastes ``fields``, ``from_dict`` and ``to_dict``."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.name = str(model.class_info.name)
        self.response_only = is_response_only(model)
        self.props = list(model.required_properties or []) + list(model.optional_properties or [])
        self.enum_maps: dict[str, str] = {}  # enum class -> module-level value map name
        self.parsers: dict[str, str] = {}  # nested model class -> module-level name of its bound _from_dict

    # --- declarations -------------------------------------------------------------------------------------
    def annotation(self, prop: Any) -> str:
        inner, nullable = split_nullable(prop)
        text = " | ".join(type_of(p) for p in inner) or "None"
        if not prop.required and not self.response_only:
            text += " | Unset"
        if (nullable and inner) or (not prop.required and self.response_only):
            text += " | None"
        return text

    def default(self, prop: Any) -> str | None:
        if prop.default is not None:
            return code(prop.default.python_code)
        if prop.required:
            return None
        return "None" if self.response_only else "UNSET"

    def ordered_props(self) -> list[Any]:
        """Fields without a default first (attrs needs that order)."""
        return [p for p in self.props if self.default(p) is None] + [
            p for p in self.props if self.default(p) is not None
        ]

    def docstring_line(self, prop: Any) -> str:
        """The Attributes line of a field, with the type it is declared with (not the stock union)."""
        line = prop.to_docstring()
        stock = f"{prop.python_name} ({safe_for_docstring(prop.get_type_string())}):"
        return line.replace(stock, f"{prop.python_name} ({safe_for_docstring(self.annotation(prop))}):", 1)

    def fields(self) -> list[str]:
        out = []
        for prop in self.ordered_props():
            default = self.default(prop)
            decl = f"{prop.python_name}: {self.annotation(prop)}"
            out.append(decl if default is None else f"{decl} = {default}")
        return out

    # --- from_dict ----------------------------------------------------------------------------------------
    def enum_map(self, prop: Any) -> str:
        cls = str(prop.class_info.name)
        return self.enum_maps.setdefault(cls, f"_{cls.upper()}_BY_VALUE")

    def parser(self, cls: str) -> str:
        """A nested model's ``_from_dict``, bound once at import: the call then skips a global and a classmethod
        lookup (a new bound method) per nested value."""
        return self.parsers.setdefault(cls, f"_{cls}_from_dict")

    def parse_value(self, w: Writer, var: str, prop: Any, key: str) -> None:
        """Statements that check (and convert) ``var``, a non-null JSON value for ``prop``, in place."""
        k = kind(prop)
        where = f'"{self.name}", {key}'
        if k in ("String", "Int", "Float", "Boolean"):
            py = check_name(prop)
            w.line(f"if _type({var}) is not {py}:")
            w.line(f"    {var} = _check_{py}({var}, {where})")
        elif k == "DateTime":
            w.line(f"{var} = _parse_datetime({var}, {where})")
        elif k == "Date":
            w.line(f"{var} = _parse_date({var}, {where})")
        elif k == "Enum":
            table = self.enum_map(prop)
            w.line(f"if _type({var}) is {prop.value_type.__name__} and {var} in {table}:")
            w.line(f"    {var} = {table}[{var}]")
            w.line("else:")
            w.line(f"    {var} = _parse_enum({prop.class_info.name}, {var}, {where})")
        elif k == "Model":
            w.line(f"if _type({var}) is not dict:")
            w.line(f"    {var} = _check_object({var}, {where})")
            w.line(f"{var} = {self.parser(str(prop.class_info.name))}({var})")
        elif k == "List":
            w.line(f"if _type({var}) is not list:")
            w.line(f"    {var} = _check_list({var}, {where})")
            inner, nullable = split_nullable(prop.inner_property)
            if len(inner) == 1 and kind(inner[0]) == "Model" and not nullable:
                cls = inner[0].class_info.name
                w.line(
                    f"{var} = [{self.parser(cls)}(_i) if _type(_i) is dict else "
                    f"{self.parser(cls)}(_check_object(_i, {where})) for _i in {var}]"
                )
            elif len(inner) == 1 and kind(inner[0]) in ("String", "Int", "Float", "Boolean") and not nullable:
                py = check_name(inner[0])
                w.line(f"for _i in {var}:")
                w.line(f"    if _type(_i) is not {py}:")
                w.line(f"        _check_{py}(_i, {where})")
            elif inner and kind(inner[0]) != "Any":
                # rare shapes: parse item by item with the same rules
                w.line(f"_items_{var} = []")
                w.line(f"for _i in {var}:")
                w.depth += 1
                self.parse_alternatives(w, "_i", inner, nullable, key)
                w.line(f"_items_{var}.append(_i)")
                w.depth -= 1
                w.line(f"{var} = _items_{var}")
        elif k == "Union":
            inner, nullable = split_nullable(prop)
            self.parse_alternatives(w, var, inner, nullable, key)
        elif k == "File":
            w.line(f"{var} = File(payload=BytesIO({var}))")
        # Any / Const: kept as given

    def parse_alternatives(self, w: Writer, var: str, inner: list[Any], nullable: bool, key: str) -> None:
        """A value that may be one of several JSON shapes: pick the alternative by the JSON type."""
        if nullable:
            w.line(f"if {var} is not None:")
            w.depth += 1
        if len(inner) == 1:
            self.parse_value(w, var, inner[0], key)
        else:
            first = True
            fallback = f'_wrong_type({var}, "{" or ".join(sorted({type_of(a) for a in inner}))}", "{self.name}", {key})'
            for alt in inner:
                k = kind(alt)
                if k == "Enum":
                    table = self.enum_map(alt)
                    test = f"_type({var}) is {alt.value_type.__name__} and {var} in {table}"
                    fallback = f'{var} = _parse_enum({alt.class_info.name}, {var}, "{self.name}", {key})'
                elif k == "Any":
                    fallback = "pass"
                    continue
                else:
                    test = {
                        "String": f"_type({var}) is str",
                        "Int": f"_type({var}) is int",
                        "Float": f"{var}.__class__ in (float, int)",
                        "Boolean": f"_type({var}) is bool",
                        "Model": f"_type({var}) is dict",
                        "List": f"_type({var}) is list",
                        "DateTime": f"_type({var}) is str",
                        "Date": f"_type({var}) is str",
                    }.get(k, "True")
                w.line(f"{'if' if first else 'elif'} {test}:")
                first = False
                w.depth += 1
                if k == "Enum":
                    w.line(f"{var} = {table}[{var}]")
                elif k in ("Model", "List", "DateTime", "Date"):
                    self.parse_value(w, var, alt, key)
                else:
                    w.line("pass")
                w.depth -= 1
            if first:
                w.line(fallback)
            else:
                w.line("else:")
                w.line(f"    {fallback}")
        if nullable:
            w.depth -= 1

    def keys_name(self) -> str:
        return f"_{self.name.upper()}_KEYS"

    def from_dict(self) -> str:
        """Reads with ``src_dict.get`` (no copy of the input); extra fields are collected only when the input has
        keys the spec does not declare (one C-level subset test decides)."""
        w = Writer()
        if any(not p.required for p in self.props):
            w.line("_get = src_dict.get")
        for prop in self.props:
            key = literal(prop.name)
            var = prop.python_name
            inner, nullable = split_nullable(prop)
            if prop.required:
                w.line(f"{var} = src_dict[{key}]")
                guard = f"{var} is not None" if nullable else None
            elif self.response_only:
                default = self.default(prop)
                w.line(f"{var} = _get({key}, {default})" if default != "None" else f"{var} = _get({key})")
                guard = f"{var} is not None"
            else:
                w.line(f"{var} = _get({key}, UNSET)")
                guard = f"{var} is not UNSET" + (f" and {var} is not None" if nullable else "")
            if not inner or all(kind(p) == "Any" for p in inner):
                continue
            if len(inner) == 1 and kind(inner[0]) in ("String", "Int", "Float", "Boolean"):
                py = check_name(inner[0])  # one combined test on the common path
                test = f"_type({var}) is not {py}"
                # The type test first: a present value of the right type (the common case) then costs one test.
                w.line(f"if {test} and {guard}:" if guard else f"if {test}:")
                w.line(f'    {var} = _check_{py}({var}, "{self.name}", {key})')
                continue
            if guard:
                w.line(f"if {guard}:")
                w.depth += 1
            self.parse_alternatives(w, var, inner, False, key)
            if guard:
                w.depth -= 1
        # positional, in declaration order (attrs' __init__ order): cheaper than keywords on every item
        args = ", ".join(p.python_name for p in self.ordered_props())
        w.line(f"_instance = cls({args})")
        self.additional_from_dict(w)
        w.line("return _instance")
        return w.text(2)

    def additional_from_dict(self, w: Writer) -> None:
        ap = self.model.additional_properties
        if ap is None or ap is False:
            return
        keys = self.keys_name()
        # attrs' factory already gave the instance an empty dict: replace it only when extra fields arrived.
        # frozenset.issuperset(dict) walks the keys in C, nearly twice as fast as `dict.keys() <= frozenset`.
        w.line(f"if not {keys}.issuperset(src_dict):")
        w.depth += 1
        w.line(f"d = {{_k: _v for _k, _v in src_dict.items() if _k not in {keys}}}")
        if ap is not True and kind(ap) != "Any":
            w.line("for _key, _value in d.items():")
            w.depth += 1
            self.parse_value(w, "_value", ap, "_key")
            w.line("d[_key] = _value")
            w.depth -= 1
        w.line("_instance.additional_properties = d")
        w.depth -= 1

    def module_lines(self) -> list[str]:
        """Module-level tables the parser reads: declared JSON keys, and value maps of the enums parsed here
        (a dict lookup instead of Enum(value) on every field)."""
        lines = []
        ap = self.model.additional_properties
        if ap is not None and ap is not False:
            keys = ", ".join(literal(p.name) for p in self.props)
            lines.append(
                f"{self.keys_name()}: frozenset[str] = frozenset({{{keys}}})"
                if keys
                else f"{self.keys_name()}: frozenset[str] = frozenset()"
            )
        lines += [
            f'{table}: dict[object, {cls}] = cast("dict[object, {cls}]", {cls}._value2member_map_)'
            for cls, table in sorted(self.enum_maps.items())
        ]
        lines += [f"{name} = {cls}._from_dict" for cls, name in sorted(self.parsers.items())]
        return lines

    # --- to_dict ------------------------------------------------------------------------------------------
    def dump(self, expr: str, prop: Any) -> str:
        """Expression turning a non-null value of ``prop`` back into JSON data."""
        k = kind(prop)
        if k in ("DateTime", "Date"):
            return f"{expr}.isoformat()"
        if k == "Enum":
            return f"{expr}.value"
        if k == "Model":
            return f"{expr}.to_dict()"
        if k == "List":
            inner, nullable = split_nullable(prop.inner_property)
            if len(inner) == 1 and not nullable and kind(inner[0]) in ("Model", "Enum", "DateTime", "Date"):
                return f"[{self.dump('_i', inner[0])} for _i in {expr}]"
            if any(kind(p) in ("Model", "Enum", "DateTime", "Date") for p in inner):
                return f"[_to_json_data(_i) for _i in {expr}]"
            return f"list({expr})"
        if k == "Union":
            inner, _ = split_nullable(prop)
            if any(kind(p) not in ("String", "Int", "Float", "Boolean", "Any") for p in inner):
                return f"_to_json_data({expr})"
        if k == "File":
            return f"{expr}.to_tuple()"
        return expr

    def to_dict(self) -> str:
        w = Writer()
        ap = self.model.additional_properties
        if ap is None or ap is False:
            w.line("field_dict: dict[str, Any] = {}")
        elif ap is True or kind(ap) == "Any":
            w.line("field_dict: dict[str, Any] = dict(self.additional_properties)")
        else:
            w.line(
                "field_dict: dict[str, Any] = {_k: "
                + self.dump("_v", ap)
                + " for _k, _v in self.additional_properties.items()}"
            )
        for prop in self.props:
            key = literal(prop.name)
            var = f"self.{prop.python_name}"
            inner, nullable = split_nullable(prop)
            value = self.dump(var, inner[0]) if len(inner) == 1 else self.dump(var, prop)
            plain = value == var
            if prop.required:
                if nullable and not plain:
                    w.line(f"field_dict[{key}] = None if {var} is None else {value}")
                else:
                    w.line(f"field_dict[{key}] = {value}")
            elif self.response_only:
                if nullable or prop.default is not None:
                    # null may have been sent: keep the key so that to_dict gives back what was received
                    w.line(
                        f"field_dict[{key}] = None if {var} is None else {value}"
                        if not plain
                        else f"field_dict[{key}] = {var}"
                    )
                else:
                    w.line(f"if {var} is not None:")
                    w.line(f"    field_dict[{key}] = {value}")
            else:
                w.line(f"if not isinstance({var}, Unset):")
                if nullable and not plain:
                    w.line(f"    field_dict[{key}] = None if {var} is None else {value}")
                else:
                    w.line(f"    field_dict[{key}] = {value}")
        w.line("return field_dict")
        return w.text(2)


_CACHE: dict[int, ModelCode] = {}


def model_code(model: Any) -> ModelCode:
    """One ModelCode per model (the template asks several times)."""
    key = id(model)
    code = _CACHE.get(key)
    if code is None or code.model is not model:
        code = _CACHE[key] = ModelCode(model)
    return code
