from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SenderLinkedinConnectLink")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SenderLinkedinConnectLink(AdditionalProperties):
    """One-time hosted link for connecting a LinkedIn account.

    Attributes:
        url (str): Hosted LinkedIn sign-in URL for a human to open; expires one hour after it is issued.
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["url"] = self.url
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        url = src_dict["url"]
        if _type(url) is not str:
            url = _check_str(url, "SenderLinkedinConnectLink", "url")
        _instance = cls(url)
        if not _SENDERLINKEDINCONNECTLINK_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SENDERLINKEDINCONNECTLINK_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SENDERLINKEDINCONNECTLINK_KEYS: frozenset[str] = frozenset({"url"})
