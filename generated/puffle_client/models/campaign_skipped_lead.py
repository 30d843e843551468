from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="CampaignSkippedLead")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSkippedLead(AdditionalProperties):
    """A lead that the launch left out.

    Attributes:
        id (str):
        name (str | None):
        linkedin_url (str | None):
    """

    id: str
    name: str | None = None
    linkedin_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["linkedin_url"] = self.linkedin_url
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "CampaignSkippedLead", "id")
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "CampaignSkippedLead", "name")
        linkedin_url = _get("linkedin_url")
        if _type(linkedin_url) is not str and linkedin_url is not None:
            linkedin_url = _check_str(linkedin_url, "CampaignSkippedLead", "linkedin_url")
        _instance = cls(id, name, linkedin_url)
        if not _CAMPAIGNSKIPPEDLEAD_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSKIPPEDLEAD_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSKIPPEDLEAD_KEYS: frozenset[str] = frozenset({"id", "name", "linkedin_url"})
