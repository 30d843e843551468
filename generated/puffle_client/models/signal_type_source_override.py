from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_list,
    _check_str,
)

T = TypeVar("T", bound="SignalTypeSourceOverride")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalTypeSourceOverride(AdditionalProperties):
    """Per-source setting of a signal type — on/off plus extra keywords for that source.

    Attributes:
        source_id (str | Unset | None):
        enabled (bool | Unset | None):
        extra_keywords (list[str] | Unset | None):
    """

    source_id: str | Unset | None = UNSET
    enabled: bool | Unset | None = UNSET
    extra_keywords: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.source_id, Unset):
            field_dict["sourceId"] = self.source_id
        if not isinstance(self.enabled, Unset):
            field_dict["enabled"] = self.enabled
        if not isinstance(self.extra_keywords, Unset):
            field_dict["extraKeywords"] = None if self.extra_keywords is None else list(self.extra_keywords)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        source_id = _get("sourceId", UNSET)
        if _type(source_id) is not str and source_id is not UNSET and source_id is not None:
            source_id = _check_str(source_id, "SignalTypeSourceOverride", "sourceId")
        enabled = _get("enabled", UNSET)
        if _type(enabled) is not bool and enabled is not UNSET and enabled is not None:
            enabled = _check_bool(enabled, "SignalTypeSourceOverride", "enabled")
        extra_keywords = _get("extraKeywords", UNSET)
        if extra_keywords is not UNSET and extra_keywords is not None:
            if _type(extra_keywords) is not list:
                extra_keywords = _check_list(extra_keywords, "SignalTypeSourceOverride", "extraKeywords")
            for _i in extra_keywords:
                if _type(_i) is not str:
                    _check_str(_i, "SignalTypeSourceOverride", "extraKeywords")
        _instance = cls(source_id, enabled, extra_keywords)
        if not _SIGNALTYPESOURCEOVERRIDE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALTYPESOURCEOVERRIDE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALTYPESOURCEOVERRIDE_KEYS: frozenset[str] = frozenset({"sourceId", "enabled", "extraKeywords"})
