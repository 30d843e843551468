from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="LeadSearchCreateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class LeadSearchCreateRequest(AdditionalProperties):
    """LeadSearchCreateRequest: a JSON object the spec describes only by its fields.

    Attributes:
        prompt (str): Plain-language description of the people to find.
        fetch_count (int): How many new people to fetch; the server caps a run at 2500.
        list_id (str | Unset): List to fill. An existing List you own is reused; an unknown id makes the server create a
            List
            with that id.
        list_name (str | Unset): Name for a newly created result List (derived from the prompt when omitted).
    """

    prompt: str
    fetch_count: int
    list_id: str | Unset = UNSET
    list_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["prompt"] = self.prompt
        field_dict["fetch_count"] = self.fetch_count
        if not isinstance(self.list_id, Unset):
            field_dict["listId"] = self.list_id
        if not isinstance(self.list_name, Unset):
            field_dict["listName"] = self.list_name
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        prompt = src_dict["prompt"]
        if _type(prompt) is not str:
            prompt = _check_str(prompt, "LeadSearchCreateRequest", "prompt")
        fetch_count = src_dict["fetch_count"]
        if _type(fetch_count) is not int:
            fetch_count = _check_int(fetch_count, "LeadSearchCreateRequest", "fetch_count")
        list_id = _get("listId", UNSET)
        if _type(list_id) is not str and list_id is not UNSET:
            list_id = _check_str(list_id, "LeadSearchCreateRequest", "listId")
        list_name = _get("listName", UNSET)
        if _type(list_name) is not str and list_name is not UNSET:
            list_name = _check_str(list_name, "LeadSearchCreateRequest", "listName")
        _instance = cls(prompt, fetch_count, list_id, list_name)
        if not _LEADSEARCHCREATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADSEARCHCREATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADSEARCHCREATEREQUEST_KEYS: frozenset[str] = frozenset({"prompt", "fetch_count", "listId", "listName"})
