from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalTypeSourceOverride")


@_attrs_define
class SignalTypeSourceOverride(AdditionalProperties):
    """Per-source setting of a signal type — on/off plus extra keywords for that source.

    Attributes:
        source_id (None | str | Unset):
        enabled (bool | None | Unset):
        extra_keywords (list[str] | None | Unset):
    """

    source_id: str | Unset | None = UNSET
    enabled: bool | Unset | None = UNSET
    extra_keywords: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id: str | Unset | None
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        enabled: bool | Unset | None
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        extra_keywords: list[str] | Unset | None
        if isinstance(self.extra_keywords, Unset):
            extra_keywords = UNSET
        elif isinstance(self.extra_keywords, list):
            extra_keywords = self.extra_keywords

        else:
            extra_keywords = self.extra_keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if extra_keywords is not UNSET:
            field_dict["extraKeywords"] = extra_keywords

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = cast(None | str | Unset, d.pop("sourceId", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        def _parse_extra_keywords(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_keywords_type_0 = cast(list[str], data)

                return extra_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        extra_keywords = _parse_extra_keywords(d.pop("extraKeywords", UNSET))

        _instance = cls(
            source_id=source_id,
            enabled=enabled,
            extra_keywords=extra_keywords,
        )

        _instance.additional_properties = d
        return _instance
