from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_type_example import SignalTypeExample
    from ..models.signal_type_source_override import SignalTypeSourceOverride
    from ..models.signal_type_structured_config import SignalTypeStructuredConfig


T = TypeVar("T", bound="SignalType")


@_attrs_define
class SignalType(AdditionalProperties):
    """A kind of buying signal the scan looks for — built-in (structured or keyword) or user-created (keyword).

    Attributes:
        id (str):
        label (None | str | Unset):
        description (None | str | Unset):
        kind (None | str | Unset): `structured` or `keyword`.
        built_in (bool | None | Unset): Built-in types cannot be renamed or deleted.
        enabled (bool | None | Unset):
        position (int | None | Unset): Sort order.
        color (None | str | Unset): Assigned automatically; cannot be changed.
        keywords (list[str] | None | Unset): Empty for structured types, whose keywords are compiled from
            `structuredConfig`.
        prompt (None | str | Unset): What to detect, in plain language (fixed for built-in types).
        example_signals (list[SignalTypeExample] | None | Unset):
        structured_config (None | SignalTypeStructuredConfig | Unset):
        allowed_sources (list[str] | None | Unset): Source ids this type may use.
        source_overrides (list[SignalTypeSourceOverride] | None | Unset):
    """

    id: str
    label: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    kind: str | Unset | None = UNSET
    built_in: bool | Unset | None = UNSET
    enabled: bool | Unset | None = UNSET
    position: int | Unset | None = UNSET
    color: str | Unset | None = UNSET
    keywords: list[str] | Unset | None = UNSET
    prompt: str | Unset | None = UNSET
    example_signals: list[SignalTypeExample] | Unset | None = UNSET
    structured_config: SignalTypeStructuredConfig | Unset | None = UNSET
    allowed_sources: list[str] | Unset | None = UNSET
    source_overrides: list[SignalTypeSourceOverride] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label: str | Unset | None
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        kind: str | Unset | None
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        built_in: bool | Unset | None
        if isinstance(self.built_in, Unset):
            built_in = UNSET
        else:
            built_in = self.built_in

        enabled: bool | Unset | None
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        position: int | Unset | None
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        color: str | Unset | None
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        keywords: list[str] | Unset | None
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        prompt: str | Unset | None
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        example_signals: list[dict[str, Any]] | Unset | None
        if isinstance(self.example_signals, Unset):
            example_signals = UNSET
        elif isinstance(self.example_signals, list):
            example_signals = []
            for example_signals_type_0_item_data in self.example_signals:
                example_signals_type_0_item = example_signals_type_0_item_data.to_dict()
                example_signals.append(example_signals_type_0_item)

        else:
            example_signals = self.example_signals

        structured_config: dict[str, Any] | Unset | None
        if isinstance(self.structured_config, Unset):
            structured_config = UNSET
        elif isinstance(self.structured_config, SignalTypeStructuredConfig):
            structured_config = self.structured_config.to_dict()
        else:
            structured_config = self.structured_config

        allowed_sources: list[str] | Unset | None
        if isinstance(self.allowed_sources, Unset):
            allowed_sources = UNSET
        elif isinstance(self.allowed_sources, list):
            allowed_sources = self.allowed_sources

        else:
            allowed_sources = self.allowed_sources

        source_overrides: list[dict[str, Any]] | Unset | None
        if isinstance(self.source_overrides, Unset):
            source_overrides = UNSET
        elif isinstance(self.source_overrides, list):
            source_overrides = []
            for source_overrides_type_0_item_data in self.source_overrides:
                source_overrides_type_0_item = source_overrides_type_0_item_data.to_dict()
                source_overrides.append(source_overrides_type_0_item)

        else:
            source_overrides = self.source_overrides

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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if built_in is not UNSET:
            field_dict["builtIn"] = built_in
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if position is not UNSET:
            field_dict["position"] = position
        if color is not UNSET:
            field_dict["color"] = color
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if example_signals is not UNSET:
            field_dict["exampleSignals"] = example_signals
        if structured_config is not UNSET:
            field_dict["structuredConfig"] = structured_config
        if allowed_sources is not UNSET:
            field_dict["allowedSources"] = allowed_sources
        if source_overrides is not UNSET:
            field_dict["sourceOverrides"] = source_overrides

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = cast(None | str | Unset, d.pop("label", UNSET))

        description = cast(None | str | Unset, d.pop("description", UNSET))

        kind = cast(None | str | Unset, d.pop("kind", UNSET))

        built_in = cast(bool | None | Unset, d.pop("builtIn", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        position = cast(int | None | Unset, d.pop("position", UNSET))

        color = cast(None | str | Unset, d.pop("color", UNSET))

        def _parse_keywords(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        prompt = cast(None | str | Unset, d.pop("prompt", UNSET))

        def _parse_example_signals(data: object) -> list[SignalTypeExample] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                example_signals_type_0 = []
                _example_signals_type_0 = data
                for example_signals_type_0_item_data in _example_signals_type_0:
                    example_signals_type_0_item = SignalTypeExample.from_dict(example_signals_type_0_item_data)

                    example_signals_type_0.append(example_signals_type_0_item)

                return example_signals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SignalTypeExample] | None | Unset, data)

        example_signals = _parse_example_signals(d.pop("exampleSignals", UNSET))

        def _parse_structured_config(data: object) -> SignalTypeStructuredConfig | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                structured_config_type_0 = SignalTypeStructuredConfig.from_dict(data)

                return structured_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalTypeStructuredConfig | Unset, data)

        structured_config = _parse_structured_config(d.pop("structuredConfig", UNSET))

        def _parse_allowed_sources(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_sources_type_0 = cast(list[str], data)

                return allowed_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_sources = _parse_allowed_sources(d.pop("allowedSources", UNSET))

        def _parse_source_overrides(data: object) -> list[SignalTypeSourceOverride] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                source_overrides_type_0 = []
                _source_overrides_type_0 = data
                for source_overrides_type_0_item_data in _source_overrides_type_0:
                    source_overrides_type_0_item = SignalTypeSourceOverride.from_dict(source_overrides_type_0_item_data)

                    source_overrides_type_0.append(source_overrides_type_0_item)

                return source_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SignalTypeSourceOverride] | None | Unset, data)

        source_overrides = _parse_source_overrides(d.pop("sourceOverrides", UNSET))

        _instance = cls(
            id=id,
            label=label,
            description=description,
            kind=kind,
            built_in=built_in,
            enabled=enabled,
            position=position,
            color=color,
            keywords=keywords,
            prompt=prompt,
            example_signals=example_signals,
            structured_config=structured_config,
            allowed_sources=allowed_sources,
            source_overrides=source_overrides,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type_example import SignalTypeExample  # noqa: E402
from ..models.signal_type_source_override import SignalTypeSourceOverride  # noqa: E402
from ..models.signal_type_structured_config import SignalTypeStructuredConfig  # noqa: E402
