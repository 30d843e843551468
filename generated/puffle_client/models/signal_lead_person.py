from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalLeadPerson")


@_attrs_define
class SignalLeadPerson(AdditionalProperties):
    """Person details of a signal lead.

    Attributes:
        name (None | str | Unset):
        linkedin_url (None | str | Unset): Missing when enrichment failed.
        headline (None | str | Unset):
        avatar (None | str | Unset):
        email (None | str | Unset):
    """

    name: str | Unset | None = UNSET
    linkedin_url: str | Unset | None = UNSET
    headline: str | Unset | None = UNSET
    avatar: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        headline: str | Unset | None
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        avatar: str | Unset | None
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if linkedin_url is not UNSET:
            field_dict["linkedinUrl"] = linkedin_url
        if headline is not UNSET:
            field_dict["headline"] = headline
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(None | str | Unset, d.pop("name", UNSET))

        linkedin_url = cast(None | str | Unset, d.pop("linkedinUrl", UNSET))

        headline = cast(None | str | Unset, d.pop("headline", UNSET))

        avatar = cast(None | str | Unset, d.pop("avatar", UNSET))

        email = cast(None | str | Unset, d.pop("email", UNSET))

        _instance = cls(
            name=name,
            linkedin_url=linkedin_url,
            headline=headline,
            avatar=avatar,
            email=email,
        )

        _instance.additional_properties = d
        return _instance
