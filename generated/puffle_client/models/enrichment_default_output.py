from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentDefaultOutput")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentDefaultOutput(AdditionalProperties):
    """Where results are written unless overridden.

    Attributes:
        target (str | None):
        attribute_key (str | None):
    """

    target: str | None = None
    attribute_key: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["target"] = self.target
        field_dict["attributeKey"] = self.attribute_key
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        target = _get("target")
        if _type(target) is not str and target is not None:
            target = _check_str(target, "EnrichmentDefaultOutput", "target")
        attribute_key = _get("attributeKey")
        if _type(attribute_key) is not str and attribute_key is not None:
            attribute_key = _check_str(attribute_key, "EnrichmentDefaultOutput", "attributeKey")
        _instance = cls(target, attribute_key)
        if not _ENRICHMENTDEFAULTOUTPUT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTDEFAULTOUTPUT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTDEFAULTOUTPUT_KEYS: frozenset[str] = frozenset({"target", "attributeKey"})
