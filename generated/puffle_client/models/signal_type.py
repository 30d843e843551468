from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.signal_type_example import SignalTypeExample
    from ..models.signal_type_source_override import SignalTypeSourceOverride
    from ..models.signal_type_structured_config import SignalTypeStructuredConfig


T = TypeVar("T", bound="SignalType")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalType(AdditionalProperties):
    """A kind of buying signal the scan looks for — built-in (structured or keyword) or user-created (keyword).

    Attributes:
        id (str):
        label (str | None):
        description (str | None):
        kind (str | None): `structured` or `keyword`.
        built_in (bool | None): Built-in types cannot be renamed or deleted.
        enabled (bool | None):
        position (int | None): Sort order.
        color (str | None): Assigned automatically; cannot be changed.
        keywords (list[str] | None): Empty for structured types, whose keywords are compiled from `structuredConfig`.
        prompt (str | None): What to detect, in plain language (fixed for built-in types).
        example_signals (list[SignalTypeExample] | None):
        structured_config (SignalTypeStructuredConfig | None):
        allowed_sources (list[str] | None): Source ids this type may use.
        source_overrides (list[SignalTypeSourceOverride] | None):
    """

    id: str
    label: str | None = None
    description: str | None = None
    kind: str | None = None
    built_in: bool | None = None
    enabled: bool | None = None
    position: int | None = None
    color: str | None = None
    keywords: list[str] | None = None
    prompt: str | None = None
    example_signals: list[SignalTypeExample] | None = None
    structured_config: SignalTypeStructuredConfig | None = None
    allowed_sources: list[str] | None = None
    source_overrides: list[SignalTypeSourceOverride] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["label"] = self.label
        field_dict["description"] = self.description
        field_dict["kind"] = self.kind
        field_dict["builtIn"] = self.built_in
        field_dict["enabled"] = self.enabled
        field_dict["position"] = self.position
        field_dict["color"] = self.color
        field_dict["keywords"] = None if self.keywords is None else list(self.keywords)
        field_dict["prompt"] = self.prompt
        field_dict["exampleSignals"] = (
            None if self.example_signals is None else [_i.to_dict() for _i in self.example_signals]
        )
        field_dict["structuredConfig"] = None if self.structured_config is None else self.structured_config.to_dict()
        field_dict["allowedSources"] = None if self.allowed_sources is None else list(self.allowed_sources)
        field_dict["sourceOverrides"] = (
            None if self.source_overrides is None else [_i.to_dict() for _i in self.source_overrides]
        )
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalType", "id")
        label = _get("label")
        if _type(label) is not str and label is not None:
            label = _check_str(label, "SignalType", "label")
        description = _get("description")
        if _type(description) is not str and description is not None:
            description = _check_str(description, "SignalType", "description")
        kind = _get("kind")
        if _type(kind) is not str and kind is not None:
            kind = _check_str(kind, "SignalType", "kind")
        built_in = _get("builtIn")
        if _type(built_in) is not bool and built_in is not None:
            built_in = _check_bool(built_in, "SignalType", "builtIn")
        enabled = _get("enabled")
        if _type(enabled) is not bool and enabled is not None:
            enabled = _check_bool(enabled, "SignalType", "enabled")
        position = _get("position")
        if _type(position) is not int and position is not None:
            position = _check_int(position, "SignalType", "position")
        color = _get("color")
        if _type(color) is not str and color is not None:
            color = _check_str(color, "SignalType", "color")
        keywords = _get("keywords")
        if keywords is not None:
            if _type(keywords) is not list:
                keywords = _check_list(keywords, "SignalType", "keywords")
            for _i in keywords:
                if _type(_i) is not str:
                    _check_str(_i, "SignalType", "keywords")
        prompt = _get("prompt")
        if _type(prompt) is not str and prompt is not None:
            prompt = _check_str(prompt, "SignalType", "prompt")
        example_signals = _get("exampleSignals")
        if example_signals is not None:
            if _type(example_signals) is not list:
                example_signals = _check_list(example_signals, "SignalType", "exampleSignals")
            example_signals = [
                _SignalTypeExample_from_dict(_i)
                if _type(_i) is dict
                else _SignalTypeExample_from_dict(_check_object(_i, "SignalType", "exampleSignals"))
                for _i in example_signals
            ]
        structured_config = _get("structuredConfig")
        if structured_config is not None:
            if _type(structured_config) is not dict:
                structured_config = _check_object(structured_config, "SignalType", "structuredConfig")
            structured_config = _SignalTypeStructuredConfig_from_dict(structured_config)
        allowed_sources = _get("allowedSources")
        if allowed_sources is not None:
            if _type(allowed_sources) is not list:
                allowed_sources = _check_list(allowed_sources, "SignalType", "allowedSources")
            for _i in allowed_sources:
                if _type(_i) is not str:
                    _check_str(_i, "SignalType", "allowedSources")
        source_overrides = _get("sourceOverrides")
        if source_overrides is not None:
            if _type(source_overrides) is not list:
                source_overrides = _check_list(source_overrides, "SignalType", "sourceOverrides")
            source_overrides = [
                _SignalTypeSourceOverride_from_dict(_i)
                if _type(_i) is dict
                else _SignalTypeSourceOverride_from_dict(_check_object(_i, "SignalType", "sourceOverrides"))
                for _i in source_overrides
            ]
        _instance = cls(
            id,
            label,
            description,
            kind,
            built_in,
            enabled,
            position,
            color,
            keywords,
            prompt,
            example_signals,
            structured_config,
            allowed_sources,
            source_overrides,
        )
        if not _SIGNALTYPE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALTYPE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type_example import SignalTypeExample  # noqa: E402
from ..models.signal_type_source_override import SignalTypeSourceOverride  # noqa: E402
from ..models.signal_type_structured_config import SignalTypeStructuredConfig  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALTYPE_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "label",
        "description",
        "kind",
        "builtIn",
        "enabled",
        "position",
        "color",
        "keywords",
        "prompt",
        "exampleSignals",
        "structuredConfig",
        "allowedSources",
        "sourceOverrides",
    }
)
_SignalTypeExample_from_dict = SignalTypeExample._from_dict
_SignalTypeSourceOverride_from_dict = SignalTypeSourceOverride._from_dict
_SignalTypeStructuredConfig_from_dict = SignalTypeStructuredConfig._from_dict
