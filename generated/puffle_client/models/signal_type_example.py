from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalTypeExample")


@_attrs_define
class SignalTypeExample(AdditionalProperties):
    """An illustrative signal shown for a signal type.

    Attributes:
        source (None | str | Unset):
        source_handle (None | str | Unset):
        headline (None | str | Unset):
        time_ago_label (None | str | Unset):
        score (int | None | Unset):
    """

    source: str | Unset | None = UNSET
    source_handle: str | Unset | None = UNSET
    headline: str | Unset | None = UNSET
    time_ago_label: str | Unset | None = UNSET
    score: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_handle: str | Unset | None
        if isinstance(self.source_handle, Unset):
            source_handle = UNSET
        else:
            source_handle = self.source_handle

        headline: str | Unset | None
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        time_ago_label: str | Unset | None
        if isinstance(self.time_ago_label, Unset):
            time_ago_label = UNSET
        else:
            time_ago_label = self.time_ago_label

        score: int | Unset | None
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if source_handle is not UNSET:
            field_dict["sourceHandle"] = source_handle
        if headline is not UNSET:
            field_dict["headline"] = headline
        if time_ago_label is not UNSET:
            field_dict["timeAgoLabel"] = time_ago_label
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = cast(None | str | Unset, d.pop("source", UNSET))

        source_handle = cast(None | str | Unset, d.pop("sourceHandle", UNSET))

        headline = cast(None | str | Unset, d.pop("headline", UNSET))

        time_ago_label = cast(None | str | Unset, d.pop("timeAgoLabel", UNSET))

        score = cast(int | None | Unset, d.pop("score", UNSET))

        _instance = cls(
            source=source,
            source_handle=source_handle,
            headline=headline,
            time_ago_label=time_ago_label,
            score=score,
        )

        _instance.additional_properties = d
        return _instance
