from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalSearchCreateRequest")


@_attrs_define
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
        query = self.query

        filter_prompt = self.filter_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if filter_prompt is not UNSET:
            field_dict["filterPrompt"] = filter_prompt

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        filter_prompt = d.pop("filterPrompt", UNSET)

        _instance = cls(
            query=query,
            filter_prompt=filter_prompt,
        )

        _instance.additional_properties = d
        return _instance
