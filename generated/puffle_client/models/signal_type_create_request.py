from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.signal_type_source_override import SignalTypeSourceOverride


T = TypeVar("T", bound="SignalTypeCreateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalTypeCreateRequest(AdditionalProperties):
    """A new keyword signal type.

    Attributes:
        label (str): Display name; must be unique among the caller's types.
        description (str | Unset):
        keywords (list[str] | Unset):
        prompt (str | Unset): What the type should detect, in plain language.
        allowed_sources (list[str] | Unset): Source ids, e.g. `linkedin_posts`, `linkedin_jobs`, `news`, `hiring_cafe`,
            `reddit`, `hacker_news`, `x_twitter`.
        source_overrides (list[SignalTypeSourceOverride] | Unset):
    """

    label: str
    description: str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    prompt: str | Unset = UNSET
    allowed_sources: list[str] | Unset = UNSET
    source_overrides: list[SignalTypeSourceOverride] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["label"] = self.label
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.keywords, Unset):
            field_dict["keywords"] = list(self.keywords)
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt
        if not isinstance(self.allowed_sources, Unset):
            field_dict["allowedSources"] = list(self.allowed_sources)
        if not isinstance(self.source_overrides, Unset):
            field_dict["sourceOverrides"] = [_i.to_dict() for _i in self.source_overrides]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        label = src_dict["label"]
        if _type(label) is not str:
            label = _check_str(label, "SignalTypeCreateRequest", "label")
        description = _get("description", UNSET)
        if _type(description) is not str and description is not UNSET:
            description = _check_str(description, "SignalTypeCreateRequest", "description")
        keywords = _get("keywords", UNSET)
        if keywords is not UNSET:
            if _type(keywords) is not list:
                keywords = _check_list(keywords, "SignalTypeCreateRequest", "keywords")
            for _i in keywords:
                if _type(_i) is not str:
                    _check_str(_i, "SignalTypeCreateRequest", "keywords")
        prompt = _get("prompt", UNSET)
        if _type(prompt) is not str and prompt is not UNSET:
            prompt = _check_str(prompt, "SignalTypeCreateRequest", "prompt")
        allowed_sources = _get("allowedSources", UNSET)
        if allowed_sources is not UNSET:
            if _type(allowed_sources) is not list:
                allowed_sources = _check_list(allowed_sources, "SignalTypeCreateRequest", "allowedSources")
            for _i in allowed_sources:
                if _type(_i) is not str:
                    _check_str(_i, "SignalTypeCreateRequest", "allowedSources")
        source_overrides = _get("sourceOverrides", UNSET)
        if source_overrides is not UNSET:
            if _type(source_overrides) is not list:
                source_overrides = _check_list(source_overrides, "SignalTypeCreateRequest", "sourceOverrides")
            source_overrides = [
                _SignalTypeSourceOverride_from_dict(_i)
                if _type(_i) is dict
                else _SignalTypeSourceOverride_from_dict(
                    _check_object(_i, "SignalTypeCreateRequest", "sourceOverrides")
                )
                for _i in source_overrides
            ]
        _instance = cls(label, description, keywords, prompt, allowed_sources, source_overrides)
        if not _SIGNALTYPECREATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALTYPECREATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type_source_override import SignalTypeSourceOverride  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALTYPECREATEREQUEST_KEYS: frozenset[str] = frozenset(
    {"label", "description", "keywords", "prompt", "allowedSources", "sourceOverrides"}
)
_SignalTypeSourceOverride_from_dict = SignalTypeSourceOverride._from_dict
