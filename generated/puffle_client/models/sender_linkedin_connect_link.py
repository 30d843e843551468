from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SenderLinkedinConnectLink")


@_attrs_define
class SenderLinkedinConnectLink(AdditionalProperties):
    """One-time hosted link for connecting a LinkedIn account.

    Attributes:
        url (str): Hosted LinkedIn sign-in URL for a human to open; expires one hour after it is issued.
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _instance = cls(
            url=url,
        )

        _instance.additional_properties = d
        return _instance
