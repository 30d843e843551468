from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SignalGeneratedComment")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalGeneratedComment(AdditionalProperties):
    """A generated public-comment draft and the post it answers.

    Attributes:
        text (str | None):
        source_url (str | None):
    """

    text: str | None = None
    source_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["text"] = self.text
        field_dict["sourceUrl"] = self.source_url
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        text = _get("text")
        if _type(text) is not str and text is not None:
            text = _check_str(text, "SignalGeneratedComment", "text")
        source_url = _get("sourceUrl")
        if _type(source_url) is not str and source_url is not None:
            source_url = _check_str(source_url, "SignalGeneratedComment", "sourceUrl")
        _instance = cls(text, source_url)
        if not _SIGNALGENERATEDCOMMENT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALGENERATEDCOMMENT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALGENERATEDCOMMENT_KEYS: frozenset[str] = frozenset({"text", "sourceUrl"})
