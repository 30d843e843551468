from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_str,
)

T = TypeVar("T", bound="BusinessContextContent")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BusinessContextContent(AdditionalProperties):
    """Content voice and posting preferences.

    Attributes:
        linked_in_voice (str | Unset | None):
        recommended_topics (list[str] | Unset | None):
        preferred_tone (str | Unset | None):
        content_formats (list[str] | Unset | None):
        topics_to_avoid (list[str] | Unset | None):
        posting_cadence (str | Unset | None):
    """

    linked_in_voice: str | Unset | None = UNSET
    recommended_topics: list[str] | Unset | None = UNSET
    preferred_tone: str | Unset | None = UNSET
    content_formats: list[str] | Unset | None = UNSET
    topics_to_avoid: list[str] | Unset | None = UNSET
    posting_cadence: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.linked_in_voice, Unset):
            field_dict["linkedInVoice"] = self.linked_in_voice
        if not isinstance(self.recommended_topics, Unset):
            field_dict["recommendedTopics"] = None if self.recommended_topics is None else list(self.recommended_topics)
        if not isinstance(self.preferred_tone, Unset):
            field_dict["preferredTone"] = self.preferred_tone
        if not isinstance(self.content_formats, Unset):
            field_dict["contentFormats"] = None if self.content_formats is None else list(self.content_formats)
        if not isinstance(self.topics_to_avoid, Unset):
            field_dict["topicsToAvoid"] = None if self.topics_to_avoid is None else list(self.topics_to_avoid)
        if not isinstance(self.posting_cadence, Unset):
            field_dict["postingCadence"] = self.posting_cadence
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        linked_in_voice = _get("linkedInVoice", UNSET)
        if _type(linked_in_voice) is not str and linked_in_voice is not UNSET and linked_in_voice is not None:
            linked_in_voice = _check_str(linked_in_voice, "BusinessContextContent", "linkedInVoice")
        recommended_topics = _get("recommendedTopics", UNSET)
        if recommended_topics is not UNSET and recommended_topics is not None:
            if _type(recommended_topics) is not list:
                recommended_topics = _check_list(recommended_topics, "BusinessContextContent", "recommendedTopics")
            for _i in recommended_topics:
                if _type(_i) is not str:
                    _check_str(_i, "BusinessContextContent", "recommendedTopics")
        preferred_tone = _get("preferredTone", UNSET)
        if _type(preferred_tone) is not str and preferred_tone is not UNSET and preferred_tone is not None:
            preferred_tone = _check_str(preferred_tone, "BusinessContextContent", "preferredTone")
        content_formats = _get("contentFormats", UNSET)
        if content_formats is not UNSET and content_formats is not None:
            if _type(content_formats) is not list:
                content_formats = _check_list(content_formats, "BusinessContextContent", "contentFormats")
            for _i in content_formats:
                if _type(_i) is not str:
                    _check_str(_i, "BusinessContextContent", "contentFormats")
        topics_to_avoid = _get("topicsToAvoid", UNSET)
        if topics_to_avoid is not UNSET and topics_to_avoid is not None:
            if _type(topics_to_avoid) is not list:
                topics_to_avoid = _check_list(topics_to_avoid, "BusinessContextContent", "topicsToAvoid")
            for _i in topics_to_avoid:
                if _type(_i) is not str:
                    _check_str(_i, "BusinessContextContent", "topicsToAvoid")
        posting_cadence = _get("postingCadence", UNSET)
        if _type(posting_cadence) is not str and posting_cadence is not UNSET and posting_cadence is not None:
            posting_cadence = _check_str(posting_cadence, "BusinessContextContent", "postingCadence")
        _instance = cls(
            linked_in_voice, recommended_topics, preferred_tone, content_formats, topics_to_avoid, posting_cadence
        )
        if not _BUSINESSCONTEXTCONTENT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXTCONTENT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXTCONTENT_KEYS: frozenset[str] = frozenset(
    {"linkedInVoice", "recommendedTopics", "preferredTone", "contentFormats", "topicsToAvoid", "postingCadence"}
)
