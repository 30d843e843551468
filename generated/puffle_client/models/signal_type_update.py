from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.signal_type_source_override import SignalTypeSourceOverride
    from ..models.signal_type_structured_config import SignalTypeStructuredConfig


T = TypeVar("T", bound="SignalTypeUpdate")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalTypeUpdate(AdditionalProperties):
    """Partial update of one signal type; omitted fields stay as they are.

    Attributes:
        id (str):
        label (str | Unset): New name (built-in types cannot be renamed).
        description (str | Unset):
        keywords (list[str] | Unset):
        prompt (str | Unset): Ignored for built-in types.
        enabled (bool | Unset): `false` mutes the type without deleting it.
        position (int | Unset):
        allowed_sources (list[str] | Unset):
        structured_config (SignalTypeStructuredConfig | Unset): Settings of a structured built-in type (e.g. Hiring,
            Funding); only structured types use it.
        source_overrides (list[SignalTypeSourceOverride] | Unset): Replaces the complete override list; sources left out
            are switched off.
    """

    id: str
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    prompt: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    position: int | Unset = UNSET
    allowed_sources: list[str] | Unset = UNSET
    structured_config: SignalTypeStructuredConfig | Unset = UNSET
    source_overrides: list[SignalTypeSourceOverride] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.label, Unset):
            field_dict["label"] = self.label
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.keywords, Unset):
            field_dict["keywords"] = list(self.keywords)
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.enabled, Unset):
            field_dict["enabled"] = self.enabled
        if not isinstance(self.position, Unset):
            field_dict["position"] = self.position
        if not isinstance(self.allowed_sources, Unset):
            field_dict["allowedSources"] = list(self.allowed_sources)
        if not isinstance(self.structured_config, Unset):
            field_dict["structuredConfig"] = self.structured_config.to_dict()
        if not isinstance(self.source_overrides, Unset):
            field_dict["sourceOverrides"] = [_i.to_dict() for _i in self.source_overrides]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalTypeUpdate", "id")
        label = _get("label", UNSET)
        if _type(label) is not str and label is not UNSET:
            label = _check_str(label, "SignalTypeUpdate", "label")
        description = _get("description", UNSET)
        if _type(description) is not str and description is not UNSET:
            description = _check_str(description, "SignalTypeUpdate", "description")
        keywords = _get("keywords", UNSET)
        if keywords is not UNSET:
            if _type(keywords) is not list:
                keywords = _check_list(keywords, "SignalTypeUpdate", "keywords")
            for _i in keywords:
                if _type(_i) is not str:
                    _check_str(_i, "SignalTypeUpdate", "keywords")
        prompt = _get("prompt", UNSET)
        if _type(prompt) is not str and prompt is not UNSET:
            prompt = _check_str(prompt, "SignalTypeUpdate", "prompt")
        enabled = _get("enabled", UNSET)
        if _type(enabled) is not bool and enabled is not UNSET:
            enabled = _check_bool(enabled, "SignalTypeUpdate", "enabled")
        position = _get("position", UNSET)
        if _type(position) is not int and position is not UNSET:
            position = _check_int(position, "SignalTypeUpdate", "position")
        allowed_sources = _get("allowedSources", UNSET)
        if allowed_sources is not UNSET:
            if _type(allowed_sources) is not list:
                allowed_sources = _check_list(allowed_sources, "SignalTypeUpdate", "allowedSources")
            for _i in allowed_sources:
                if _type(_i) is not str:
                    _check_str(_i, "SignalTypeUpdate", "allowedSources")
        structured_config = _get("structuredConfig", UNSET)
        if structured_config is not UNSET:
            if _type(structured_config) is not dict:
                structured_config = _check_object(structured_config, "SignalTypeUpdate", "structuredConfig")
            structured_config = _SignalTypeStructuredConfig_from_dict(structured_config)
        source_overrides = _get("sourceOverrides", UNSET)
        if source_overrides is not UNSET:
            if _type(source_overrides) is not list:
                source_overrides = _check_list(source_overrides, "SignalTypeUpdate", "sourceOverrides")
            source_overrides = [
                _SignalTypeSourceOverride_from_dict(_i)
                if _type(_i) is dict
                else _SignalTypeSourceOverride_from_dict(_check_object(_i, "SignalTypeUpdate", "sourceOverrides"))
                for _i in source_overrides
            ]
        _instance = cls(
            id,
            label,
            description,
            keywords,
            prompt,
            enabled,
            position,
            allowed_sources,
            structured_config,
            source_overrides,
        )
        if not _SIGNALTYPEUPDATE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALTYPEUPDATE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type_source_override import SignalTypeSourceOverride  # noqa: E402
from ..models.signal_type_structured_config import SignalTypeStructuredConfig  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALTYPEUPDATE_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "label",
        "description",
        "keywords",
        "prompt",
        "enabled",
        "position",
        "allowedSources",
        "structuredConfig",
        "sourceOverrides",
    }
)
_SignalTypeSourceOverride_from_dict = SignalTypeSourceOverride._from_dict
_SignalTypeStructuredConfig_from_dict = SignalTypeStructuredConfig._from_dict
