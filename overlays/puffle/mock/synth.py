"""Turn the spec's examples into valid, readable data, and repair values that do not fit their schema.

``fill`` walks a value next to its schema and replaces the docs' placeholders (``"<string>"``, ``"<unknown>"``,
``4503599627370495``) with values chosen by field name and format; in *vary* mode it also gives each seeded item
its own ids, timestamps, people, companies and enum values. ``conform`` then makes the result valid against the
schema, repairing only the parts that are not, and ``synthesize`` builds a value from the schema alone when
there is nothing to start from.
"""

from __future__ import annotations

import copy
import random
import re
import uuid
from dataclasses import dataclass
from typing import Any

from . import names
from .schemas import SchemaIndex, types_of

__all__ = ["Gen", "Synthesizer"]

_PLACEHOLDER = re.compile(r"^(<[a-z _-]+>|\[email\s+protected\])$", re.IGNORECASE)
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_HUGE = 10**9
_TEXT_KEYS = {
    "excerpt",
    "comment",
    "commenttext",
    "dmtext",
    "body",
    "bodytext",
    "bodyhtml",
    "text",
    "message",
    "prompt",
    "description",
    "signature",
    "reason",
    "overview",
    "snippet",
    "lastmessagesnippet",
    "query",
    "filterprompt",
    "formattedtitle",
    "warning",
    "errormessage",
}
_FULL_NAME_KEYS = {"full", "fullname", "displayname", "authorname", "entityperson", "participantname", "fromname"}
_PERSON_HINTS = {"first_name", "firstName", "email", "person", "linkedin_url", "linkedinUrl", "headline"}


def _norm(key: str) -> str:
    return key.replace("_", "").replace("-", "").lower()


def _salt(key: str) -> int:
    return sum(ord(ch) for ch in key)


def _label(resource: str) -> str:
    words = re.sub(r"([A-Z])", r" \1", resource).strip().lower()
    if words.endswith("ies"):
        words = words[:-3] + "y"
    elif words.endswith("ches") or words.endswith("sses"):
        words = words[:-2]
    elif words.endswith("s"):
        words = words[:-1]
    return words[:1].upper() + words[1:]


@dataclass
class Gen:
    """What a generated value may depend on: the item index, a seeded RNG, and whether to vary known fields."""

    rng: random.Random
    index: int = 0
    vary: bool = False
    resource: str = ""
    person: bool = False

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


class Synthesizer:
    """Example filling, schema conformance and schema-only synthesis over one `SchemaIndex`."""

    def __init__(self, schemas: SchemaIndex) -> None:
        self.schemas = schemas
        self._templates: dict[tuple[int, int], tuple[Any, Any, Any]] = {}
        self._enums: dict[int, tuple[Any, list[Any] | None]] = {}
        self._formats: dict[int, tuple[Any, str | None]] = {}

    # -- public entry points -------------------------------------------------------------------------------------

    def from_example(self, example: Any, schema: dict[str, Any], gen: Gen) -> Any:
        """A documented example with placeholders replaced, made valid against ``schema``."""
        gen = self._about(schema, gen, vary=False)
        filled = self.fill(copy.deepcopy(example), schema, gen, "", "")
        return self.conform(filled, schema, gen, "")

    def new_item(self, template: Any, schema: dict[str, Any], gen: Gen) -> Any:
        """A fresh item: the template with ids, names, times and enum values varied by ``gen.index``.

        The template is made valid once (and cached); varying only swaps values for others of the same
        type and format, so the items stay valid without validating each one again.
        """
        key = (id(template), id(schema))
        cached = self._templates.get(key)
        if cached is None:
            base = self.from_example(template, schema, Gen(gen.rng, 0, False, gen.resource))
            cached = (template, schema, base)
            self._templates[key] = cached
        gen = self._about(schema, gen, vary=True)
        value = self.fill(copy.deepcopy(cached[2]), schema, gen, "", "")
        if isinstance(value, dict):
            self._add_enums(value, schema, gen)
        return value

    def _about(self, schema: Any, gen: Gen, *, vary: bool) -> Gen:
        person = bool(_PERSON_HINTS & set(self.schemas.properties(schema)))
        return Gen(gen.rng, gen.index, vary, gen.resource, person)

    # -- filling examples ----------------------------------------------------------------------------------------

    def _add_enums(self, value: dict[str, Any], schema: Any, gen: Gen) -> None:
        for key, prop in self.schemas.properties(schema).items():
            if key not in value:
                choices = self._enum(prop)
                if choices:
                    value[key] = choices[(gen.index + _salt(key)) % len(choices)]

    def _enum(self, schema: Any) -> list[Any] | None:
        if not isinstance(schema, dict):
            return None
        cached = self._enums.get(id(schema))
        if cached is None:
            cached = (schema, self._enum_of(schema))
            self._enums[id(schema)] = cached
        return cached[1]

    def _enum_of(self, schema: Any) -> list[Any] | None:
        node = self.schemas.resolve(schema)
        if "enum" in node:
            return [v for v in node["enum"] if v is not None] or None
        for keyword in ("anyOf", "oneOf"):
            for branch in node.get(keyword) or ():
                found = self._enum_of(branch)
                if found:
                    return found
        return None

    def fill(self, value: Any, schema: Any, gen: Gen, key: str, parent: str) -> Any:
        if isinstance(value, dict):
            props = self.schemas.properties(schema) if schema is not None else {}
            extra = self._additional(schema)
            return {
                k: self.fill(v, props.get(k, extra), gen, k, key)
                for k, v in value.items()
                if not (isinstance(v, str) and v.lower() == "<unknown>")
            }
        if isinstance(value, list):
            items = self.schemas.array_items(schema) if schema is not None else None
            return [
                self.fill(v, items, gen, key, parent)
                for v in value
                if not (isinstance(v, str) and v.lower() == "<unknown>")
            ]
        choices = self._enum(schema) if (gen.vary and schema is not None) else None
        if choices and value is not None and not isinstance(value, bool):
            return choices[(gen.index + _salt(key)) % len(choices)]
        if isinstance(value, str):
            if _PLACEHOLDER.match(value):
                return self.string(key, parent, schema, gen)
            if gen.vary:
                varied = self._rule(key, parent, schema, gen)
                if varied is None and _DATE_LIKE.match(value):
                    varied = names.timestamp(gen.index, _salt(key))
                if varied is not None:
                    return self._fit(varied, schema)
            return value
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _HUGE:
            return self.integer(key, schema, gen)
        if isinstance(value, float) and abs(value) >= _HUGE:
            return float(self.integer(key, schema, gen))
        return value

    def _additional(self, schema: Any) -> Any:
        if schema is None:
            return None
        extra = self.schemas.resolve(schema).get("additionalProperties")
        return extra if isinstance(extra, dict) else None

    def _format(self, schema: Any) -> str | None:
        if not isinstance(schema, dict):
            return None
        cached = self._formats.get(id(schema))
        if cached is None:
            cached = (schema, self._format_of(schema))
            self._formats[id(schema)] = cached
        return cached[1]

    def _format_of(self, schema: Any) -> str | None:
        node = self.schemas.resolve(schema)
        if "format" in node:
            return str(node["format"])
        for keyword in ("anyOf", "oneOf"):
            for branch in node.get(keyword) or ():
                found = self._format_of(branch)
                if found:
                    return found
        return None

    # -- scalar generators ---------------------------------------------------------------------------------------

    def string(self, key: str, parent: str, schema: Any, gen: Gen) -> str:
        """A readable string for field ``key`` (inside ``parent``) that satisfies the schema's format."""
        text = self._rule(key, parent, schema, gen)
        if text is None:
            text = self._fallback(key, gen)
        return self._fit(text, schema)

    def _fit(self, text: str, schema: Any) -> str:
        node = self.schemas.resolve(schema) if schema is not None else {}
        low, high = node.get("minLength"), node.get("maxLength")
        if isinstance(low, int) and len(text) < low:
            text = text + "x" * (low - len(text))
        if isinstance(high, int) and len(text) > high:
            text = text[:high]
        return text

    def _rule(self, key: str, parent: str, schema: Any, gen: Gen) -> str | None:
        """The value for a field whose name or format says what it holds; None for anything else."""
        fmt = self._format(schema) if schema is not None else None
        k, p = _norm(key), _norm(parent)
        who = names.person(gen.index)
        if fmt == "uuid":
            return gen.uuid()
        if fmt == "date-time":
            return names.timestamp(gen.index, _salt(k))
        if fmt == "date":
            return names.date(gen.index)
        if fmt == "email" or "email" in k or (p == "contacts" and k == "value"):
            return who.email
        if k == "id" or k.endswith("id"):
            return gen.uuid()
        if (k.endswith("at") and len(k) > 2) or k in ("date", "timestamp"):
            return names.timestamp(gen.index, _salt(k))
        if "linkedin" in k or (k == "url" and p == "socials"):
            return f"https://www.linkedin.com/in/{who.slug}-{gen.index}"
        if "url" in k:
            return f"https://example.com/{k.removesuffix('url') or p or 'item'}/{gen.index}"
        if k in ("first", "firstname"):
            return who.first
        if k in ("last", "lastname"):
            return who.last
        if k in _FULL_NAME_KEYS or (k == "name" and p in ("person", "name")):
            return who.full
        if k in ("company", "entitycompany", "companyname") or (k == "name" and p == "company"):
            return who.company
        if k in ("domain", "entitydomain"):
            return who.domain
        if k == "name":
            return who.full if (gen.person and not p) else self._item_name(gen)
        if k in ("title", "jobtitle", "position"):
            return who.title
        if k == "headline":
            return f"{who.title} at {who.company}"
        if k in ("city", "state", "country"):
            return str(getattr(who, k))
        if k == "raw" and p == "location":
            return f"{who.city}, {who.country}"
        if k == "subject":
            return names.sentence(gen.index, _salt(k), words=4)
        if k in _TEXT_KEYS:
            return names.sentence(gen.index, _salt(k))
        if k == "label":
            return f"{_label(gen.resource or 'item')} {gen.index + 1}"
        if k == "slug":
            # Slugs are lookup keys (the enrichment catalog is addressed by slug): unique per item.
            topic = names.WORDS[(gen.index * 7) % len(names.WORDS)]
            return f"{topic}_{_norm(gen.resource or 'item')[:12]}_{gen.index + 1}"
        if k in ("keyword", "query"):
            return names.WORDS[(gen.index * 3) % len(names.WORDS)]
        return None

    @staticmethod
    def _fallback(key: str, gen: Gen) -> str:
        k = _norm(key)
        if k == "status":
            return "active"
        if k == "color":
            return f"#{(gen.index * 2654435761) % 0xFFFFFF:06x}"
        words = re.sub(r"([A-Z])", r" \1", key.replace("_", " ")).strip().lower() or "value"
        return f"{words[:1].upper()}{words[1:]} {gen.index + 1}"

    def _item_name(self, gen: Gen) -> str:
        topic = names.WORDS[(gen.index * 7) % len(names.WORDS)]
        return f"{_label(gen.resource or 'item')} {gen.index + 1}: {topic}"

    def integer(self, key: str, schema: Any, gen: Gen) -> int:
        node = self.schemas.resolve(schema) if schema is not None else {}
        low = node.get("minimum", 0)
        low = int(low) if isinstance(low, int | float) else 0
        if isinstance(node.get("exclusiveMinimum"), int | float):
            low = int(node["exclusiveMinimum"]) + 1
        high = node.get("maximum")
        high = int(high) if isinstance(high, int | float) else low + 100
        high = min(high, low + 100)
        if _norm(key) == "position":
            return max(low, min(high, gen.index))
        return gen.rng.randint(low, max(low, high))

    # -- conformance ---------------------------------------------------------------------------------------------

    def conform(self, value: Any, schema: Any, gen: Gen, key: str, parent: str = "") -> Any:
        """``value`` if it is valid against ``schema``; otherwise the closest valid value we can make of it."""
        if schema is None or not isinstance(schema, dict):
            return value
        if self.schemas.is_valid(value, schema):
            return value
        node = self.schemas.resolve(schema)
        for keyword in ("anyOf", "oneOf"):
            if keyword in node:
                if value is None:
                    return self.synthesize(schema, gen, key, parent)
                for branch in node[keyword]:
                    candidate = self.conform(value, branch, gen, key, parent)
                    if self.schemas.is_valid(candidate, schema):
                        return candidate
                return self.synthesize(schema, gen, key, parent)
        for branch in node.get("allOf") or ():
            value = self.conform(value, branch, gen, key, parent)
        types = types_of(node)
        if isinstance(value, dict) and (not types or "object" in types):
            value = self._conform_object(value, node, gen, key)
        elif isinstance(value, list) and (not types or "array" in types):
            value = self._conform_array(value, node, gen, key, parent)
        if self.schemas.is_valid(value, schema):
            return value
        return self.synthesize(schema, gen, key, parent)

    def _conform_object(self, value: dict[str, Any], node: dict[str, Any], gen: Gen, key: str) -> dict[str, Any]:
        props = node.get("properties") or {}
        extra = node.get("additionalProperties", True)
        out: dict[str, Any] = {}
        for name, item in value.items():
            if name in props:
                out[name] = self.conform(item, props[name], gen, name, key)
            elif extra is False:
                continue
            elif isinstance(extra, dict):
                out[name] = self.conform(item, extra, gen, name, key)
            else:
                out[name] = item
        for name in node.get("required") or ():
            if name not in out:
                out[name] = self.synthesize(props.get(name, {}), gen, name, key)
        return out

    def _conform_array(self, value: list[Any], node: dict[str, Any], gen: Gen, key: str, parent: str) -> list[Any]:
        items = node.get("items")
        out = [self.conform(v, items, gen, key, parent) for v in value] if isinstance(items, dict) else list(value)
        high = node.get("maxItems")
        if isinstance(high, int):
            out = out[:high]
        low = node.get("minItems")
        while isinstance(low, int) and len(out) < low:
            out.append(self.synthesize(items if isinstance(items, dict) else {}, gen, key, parent))
        return out

    # -- synthesis -----------------------------------------------------------------------------------------------

    def synthesize(self, schema: Any, gen: Gen, key: str = "", parent: str = "") -> Any:
        """A valid value built from the schema alone (examples and defaults first, then by type)."""
        node = self.schemas.resolve(schema) if isinstance(schema, dict) else {}
        for candidate_key in ("const", "default", "example"):
            if candidate_key in node and self.schemas.is_valid(node[candidate_key], schema):
                return copy.deepcopy(node[candidate_key])
        if node.get("enum"):
            return next((v for v in node["enum"] if v is not None), node["enum"][0])
        for keyword in ("anyOf", "oneOf"):
            if keyword in node:
                for branch in node[keyword]:
                    if "null" in types_of(self.schemas.resolve(branch)):
                        continue
                    candidate = self.synthesize(branch, gen, key, parent)
                    if self.schemas.is_valid(candidate, schema):
                        return candidate
                return None
        if node.get("allOf"):
            return self.synthesize(node["allOf"][0], gen, key, parent)
        types = types_of(node)
        for kind in ("object", "array", "string", "integer", "number", "boolean", "null"):
            if kind in types or (not types and kind == "object" and "properties" in node):
                return self._by_type(kind, node, gen, key, parent)
        return None

    def _by_type(self, kind: str, node: dict[str, Any], gen: Gen, key: str, parent: str) -> Any:
        if kind == "object":
            props = node.get("properties") or {}
            return {name: self.synthesize(props.get(name, {}), gen, name, key) for name in node.get("required") or ()}
        if kind == "array":
            items = node.get("items") if isinstance(node.get("items"), dict) else {}
            return [self.synthesize(items, gen, key, parent) for _ in range(int(node.get("minItems", 0)))]
        if kind == "string":
            return self.string(key, parent, node, gen)
        if kind == "integer":
            return self.integer(key, node, gen)
        if kind == "number":
            return float(self.integer(key, node, gen))
        if kind == "boolean":
            return False
        return None
