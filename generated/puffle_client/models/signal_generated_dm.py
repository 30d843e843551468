from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SignalGeneratedDm")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalGeneratedDm(AdditionalProperties):
    """A generated direct-message draft and where to send it.

    Attributes:
        text (str | None):
        profile_url (str | None):
        messaging_url (str | None):
    """

    text: str | None = None
    profile_url: str | None = None
    messaging_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["text"] = self.text
        field_dict["profileUrl"] = self.profile_url
        field_dict["messagingUrl"] = self.messaging_url
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        text = _get("text")
        if _type(text) is not str and text is not None:
            text = _check_str(text, "SignalGeneratedDm", "text")
        profile_url = _get("profileUrl")
        if _type(profile_url) is not str and profile_url is not None:
            profile_url = _check_str(profile_url, "SignalGeneratedDm", "profileUrl")
        messaging_url = _get("messagingUrl")
        if _type(messaging_url) is not str and messaging_url is not None:
            messaging_url = _check_str(messaging_url, "SignalGeneratedDm", "messagingUrl")
        _instance = cls(text, profile_url, messaging_url)
        if not _SIGNALGENERATEDDM_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALGENERATEDDM_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALGENERATEDDM_KEYS: frozenset[str] = frozenset({"text", "profileUrl", "messagingUrl"})
