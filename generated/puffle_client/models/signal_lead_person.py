from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SignalLeadPerson")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalLeadPerson(AdditionalProperties):
    """Person details of a signal lead.

    Attributes:
        name (str | None):
        linkedin_url (str | None): Missing when enrichment failed.
        headline (str | None):
        avatar (str | None):
        email (str | None):
    """

    name: str | None = None
    linkedin_url: str | None = None
    headline: str | None = None
    avatar: str | None = None
    email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["linkedinUrl"] = self.linkedin_url
        field_dict["headline"] = self.headline
        field_dict["avatar"] = self.avatar
        field_dict["email"] = self.email
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "SignalLeadPerson", "name")
        linkedin_url = _get("linkedinUrl")
        if _type(linkedin_url) is not str and linkedin_url is not None:
            linkedin_url = _check_str(linkedin_url, "SignalLeadPerson", "linkedinUrl")
        headline = _get("headline")
        if _type(headline) is not str and headline is not None:
            headline = _check_str(headline, "SignalLeadPerson", "headline")
        avatar = _get("avatar")
        if _type(avatar) is not str and avatar is not None:
            avatar = _check_str(avatar, "SignalLeadPerson", "avatar")
        email = _get("email")
        if _type(email) is not str and email is not None:
            email = _check_str(email, "SignalLeadPerson", "email")
        _instance = cls(name, linkedin_url, headline, avatar, email)
        if not _SIGNALLEADPERSON_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALLEADPERSON_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALLEADPERSON_KEYS: frozenset[str] = frozenset({"name", "linkedinUrl", "headline", "avatar", "email"})
