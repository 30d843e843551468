from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_type_source_override import SignalTypeSourceOverride
    from ..models.signal_type_structured_config import SignalTypeStructuredConfig


T = TypeVar("T", bound="SignalTypeUpdate")


@_attrs_define
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
        id = self.id

        label = self.label

        description = self.description

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        prompt = self.prompt

        enabled = self.enabled

        position = self.position

        allowed_sources: list[str] | Unset = UNSET
        if not isinstance(self.allowed_sources, Unset):
            allowed_sources = self.allowed_sources

        structured_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_config, Unset):
            structured_config = self.structured_config.to_dict()

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
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if position is not UNSET:
            field_dict["position"] = position
        if allowed_sources is not UNSET:
            field_dict["allowedSources"] = allowed_sources
        if structured_config is not UNSET:
            field_dict["structuredConfig"] = structured_config
        if source_overrides is not UNSET:
            field_dict["sourceOverrides"] = source_overrides

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        prompt = d.pop("prompt", UNSET)

        enabled = d.pop("enabled", UNSET)

        position = d.pop("position", UNSET)

        allowed_sources = cast(list[str], d.pop("allowedSources", UNSET))

        _structured_config = d.pop("structuredConfig", UNSET)
        structured_config: SignalTypeStructuredConfig | Unset
        if isinstance(_structured_config, Unset):
            structured_config = UNSET
        else:
            structured_config = SignalTypeStructuredConfig.from_dict(_structured_config)

        _source_overrides = d.pop("sourceOverrides", UNSET)
        source_overrides: list[SignalTypeSourceOverride] | Unset = UNSET
        if _source_overrides is not UNSET:
            source_overrides = []
            for source_overrides_item_data in _source_overrides:
                source_overrides_item = SignalTypeSourceOverride.from_dict(source_overrides_item_data)

                source_overrides.append(source_overrides_item)

        _instance = cls(
            id=id,
            label=label,
            description=description,
            keywords=keywords,
            prompt=prompt,
            enabled=enabled,
            position=position,
            allowed_sources=allowed_sources,
            structured_config=structured_config,
            source_overrides=source_overrides,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type_source_override import SignalTypeSourceOverride  # noqa: E402
from ..models.signal_type_structured_config import SignalTypeStructuredConfig  # noqa: E402
