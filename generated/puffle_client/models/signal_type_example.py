from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="SignalTypeExample")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalTypeExample(AdditionalProperties):
    """An illustrative signal shown for a signal type.

    Attributes:
        source (str | None):
        source_handle (str | None):
        headline (str | None):
        time_ago_label (str | None):
        score (int | None):
    """

    source: str | None = None
    source_handle: str | None = None
    headline: str | None = None
    time_ago_label: str | None = None
    score: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["source"] = self.source
        field_dict["sourceHandle"] = self.source_handle
        field_dict["headline"] = self.headline
        field_dict["timeAgoLabel"] = self.time_ago_label
        field_dict["score"] = self.score
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        source = _get("source")
        if _type(source) is not str and source is not None:
            source = _check_str(source, "SignalTypeExample", "source")
        source_handle = _get("sourceHandle")
        if _type(source_handle) is not str and source_handle is not None:
            source_handle = _check_str(source_handle, "SignalTypeExample", "sourceHandle")
        headline = _get("headline")
        if _type(headline) is not str and headline is not None:
            headline = _check_str(headline, "SignalTypeExample", "headline")
        time_ago_label = _get("timeAgoLabel")
        if _type(time_ago_label) is not str and time_ago_label is not None:
            time_ago_label = _check_str(time_ago_label, "SignalTypeExample", "timeAgoLabel")
        score = _get("score")
        if _type(score) is not int and score is not None:
            score = _check_int(score, "SignalTypeExample", "score")
        _instance = cls(source, source_handle, headline, time_ago_label, score)
        if not _SIGNALTYPEEXAMPLE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALTYPEEXAMPLE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALTYPEEXAMPLE_KEYS: frozenset[str] = frozenset({"source", "sourceHandle", "headline", "timeAgoLabel", "score"})
