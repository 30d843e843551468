from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignSkippedLead")


@_attrs_define
class CampaignSkippedLead(AdditionalProperties):
    """A lead that the launch left out.

    Attributes:
        id (str):
        name (None | str | Unset):
        linkedin_url (None | str | Unset):
    """

    id: str
    name: str | Unset | None = UNSET
    linkedin_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        linkedin_url: str | Unset | None
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = cast(None | str | Unset, d.pop("name", UNSET))

        linkedin_url = cast(None | str | Unset, d.pop("linkedin_url", UNSET))

        _instance = cls(
            id=id,
            name=name,
            linkedin_url=linkedin_url,
        )

        _instance.additional_properties = d
        return _instance
