from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_type_source_override import SignalTypeSourceOverride


T = TypeVar("T", bound="SignalTypeCreateRequest")


@_attrs_define
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
        label = self.label

        description = self.description

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        prompt = self.prompt

        allowed_sources: list[str] | Unset = UNSET
        if not isinstance(self.allowed_sources, Unset):
            allowed_sources = self.allowed_sources

        source_overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_overrides, Unset):
            source_overrides = []
            for source_overrides_item_data in self.source_overrides:
                source_overrides_item = source_overrides_item_data.to_dict()
                source_overrides.append(source_overrides_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if allowed_sources is not UNSET:
            field_dict["allowedSources"] = allowed_sources
        if source_overrides is not UNSET:
            field_dict["sourceOverrides"] = source_overrides

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        description = d.pop("description", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        prompt = d.pop("prompt", UNSET)

        allowed_sources = cast(list[str], d.pop("allowedSources", UNSET))

        _source_overrides = d.pop("sourceOverrides", UNSET)
        source_overrides: list[SignalTypeSourceOverride] | Unset = UNSET
        if _source_overrides is not UNSET:
            source_overrides = []
            for source_overrides_item_data in _source_overrides:
                source_overrides_item = SignalTypeSourceOverride.from_dict(source_overrides_item_data)

                source_overrides.append(source_overrides_item)

        _instance = cls(
            label=label,
            description=description,
            keywords=keywords,
            prompt=prompt,
            allowed_sources=allowed_sources,
            source_overrides=source_overrides,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type_source_override import SignalTypeSourceOverride  # noqa: E402
