from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentOutputOverride")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentOutputOverride(AdditionalProperties):
    """Overrides of where and how results are written.

    Attributes:
        attribute_key (str | Unset): Attribute key to write results to.
        write_policy (str | Unset): How existing values are treated when writing (values undocumented).
    """

    attribute_key: str | Unset = UNSET
    write_policy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.attribute_key, Unset):
            field_dict["attributeKey"] = self.attribute_key
        if not isinstance(self.write_policy, Unset):
            field_dict["writePolicy"] = self.write_policy
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        attribute_key = _get("attributeKey", UNSET)
        if _type(attribute_key) is not str and attribute_key is not UNSET:
            attribute_key = _check_str(attribute_key, "EnrichmentOutputOverride", "attributeKey")
        write_policy = _get("writePolicy", UNSET)
        if _type(write_policy) is not str and write_policy is not UNSET:
            write_policy = _check_str(write_policy, "EnrichmentOutputOverride", "writePolicy")
        _instance = cls(attribute_key, write_policy)
        if not _ENRICHMENTOUTPUTOVERRIDE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTOUTPUTOVERRIDE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTOUTPUTOVERRIDE_KEYS: frozenset[str] = frozenset({"attributeKey", "writePolicy"})
