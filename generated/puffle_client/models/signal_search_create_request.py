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

T = TypeVar("T", bound="SignalSearchCreateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalSearchCreateRequest(AdditionalProperties):
    """What to search for.

    Attributes:
        query (str): Freeform search text.
        filter_prompt (str | Unset): Instruction an LLM uses to keep only relevant results.
    """

    query: str
    filter_prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["query"] = self.query
        if not isinstance(self.filter_prompt, Unset):
            field_dict["filterPrompt"] = self.filter_prompt
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        query = src_dict["query"]
        if _type(query) is not str:
            query = _check_str(query, "SignalSearchCreateRequest", "query")
        filter_prompt = _get("filterPrompt", UNSET)
        if _type(filter_prompt) is not str and filter_prompt is not UNSET:
            filter_prompt = _check_str(filter_prompt, "SignalSearchCreateRequest", "filterPrompt")
        _instance = cls(query, filter_prompt)
        if not _SIGNALSEARCHCREATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSEARCHCREATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSEARCHCREATEREQUEST_KEYS: frozenset[str] = frozenset({"query", "filterPrompt"})
