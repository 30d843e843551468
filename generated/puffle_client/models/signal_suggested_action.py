from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SignalSuggestedAction")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalSuggestedAction(AdditionalProperties):
    """A next step the UI proposes for a signal. Note the snake_case `comment_text`.

    Attributes:
        type_ (str | None): Action kind; the docs show `copy_comment_and_open`.
        comment_text (str | None):
    """

    type_: str | None = None
    comment_text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["comment_text"] = self.comment_text
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "SignalSuggestedAction", "type")
        comment_text = _get("comment_text")
        if _type(comment_text) is not str and comment_text is not None:
            comment_text = _check_str(comment_text, "SignalSuggestedAction", "comment_text")
        _instance = cls(type_, comment_text)
        if not _SIGNALSUGGESTEDACTION_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSUGGESTEDACTION_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSUGGESTEDACTION_KEYS: frozenset[str] = frozenset({"type", "comment_text"})
