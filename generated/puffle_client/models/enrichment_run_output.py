from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentRunOutput")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentRunOutput(AdditionalProperties):
    """Where and how a run writes its results.

    Attributes:
        target (str | None):
        attribute_key (str | None):
        write_policy (str | None):
        persist_results (bool | None):
    """

    target: str | None = None
    attribute_key: str | None = None
    write_policy: str | None = None
    persist_results: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["target"] = self.target
        field_dict["attributeKey"] = self.attribute_key
        field_dict["writePolicy"] = self.write_policy
        field_dict["persistResults"] = self.persist_results
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        target = _get("target")
        if _type(target) is not str and target is not None:
            target = _check_str(target, "EnrichmentRunOutput", "target")
        attribute_key = _get("attributeKey")
        if _type(attribute_key) is not str and attribute_key is not None:
            attribute_key = _check_str(attribute_key, "EnrichmentRunOutput", "attributeKey")
        write_policy = _get("writePolicy")
        if _type(write_policy) is not str and write_policy is not None:
            write_policy = _check_str(write_policy, "EnrichmentRunOutput", "writePolicy")
        persist_results = _get("persistResults")
        if _type(persist_results) is not bool and persist_results is not None:
            persist_results = _check_bool(persist_results, "EnrichmentRunOutput", "persistResults")
        _instance = cls(target, attribute_key, write_policy, persist_results)
        if not _ENRICHMENTRUNOUTPUT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUNOUTPUT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUNOUTPUT_KEYS: frozenset[str] = frozenset({"target", "attributeKey", "writePolicy", "persistResults"})
