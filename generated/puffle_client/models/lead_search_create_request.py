from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LeadSearchCreateRequest")


@_attrs_define
class LeadSearchCreateRequest(AdditionalProperties):
    """
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
        prompt = self.prompt

        fetch_count = self.fetch_count

        list_id = self.list_id

        list_name = self.list_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "fetch_count": fetch_count,
            }
        )
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if list_name is not UNSET:
            field_dict["listName"] = list_name

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        fetch_count = d.pop("fetch_count")

        list_id = d.pop("listId", UNSET)

        list_name = d.pop("listName", UNSET)

        _instance = cls(
            prompt=prompt,
            fetch_count=fetch_count,
            list_id=list_id,
            list_name=list_name,
        )

        _instance.additional_properties = d
        return _instance
