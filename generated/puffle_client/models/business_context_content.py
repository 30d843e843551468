from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="BusinessContextContent")


@_attrs_define
class BusinessContextContent(AdditionalProperties):
    """Content voice and posting preferences.

    Attributes:
        linked_in_voice (None | str | Unset):
        recommended_topics (list[str] | None | Unset):
        preferred_tone (None | str | Unset):
        content_formats (list[str] | None | Unset):
        topics_to_avoid (list[str] | None | Unset):
        posting_cadence (None | str | Unset):
    """

    linked_in_voice: str | Unset | None = UNSET
    recommended_topics: list[str] | Unset | None = UNSET
    preferred_tone: str | Unset | None = UNSET
    content_formats: list[str] | Unset | None = UNSET
    topics_to_avoid: list[str] | Unset | None = UNSET
    posting_cadence: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linked_in_voice: str | Unset | None
        if isinstance(self.linked_in_voice, Unset):
            linked_in_voice = UNSET
        else:
            linked_in_voice = self.linked_in_voice

        recommended_topics: list[str] | Unset | None
        if isinstance(self.recommended_topics, Unset):
            recommended_topics = UNSET
        elif isinstance(self.recommended_topics, list):
            recommended_topics = self.recommended_topics

        else:
            recommended_topics = self.recommended_topics

        preferred_tone: str | Unset | None
        if isinstance(self.preferred_tone, Unset):
            preferred_tone = UNSET
        else:
            preferred_tone = self.preferred_tone

        content_formats: list[str] | Unset | None
        if isinstance(self.content_formats, Unset):
            content_formats = UNSET
        elif isinstance(self.content_formats, list):
            content_formats = self.content_formats

        else:
            content_formats = self.content_formats

        topics_to_avoid: list[str] | Unset | None
        if isinstance(self.topics_to_avoid, Unset):
            topics_to_avoid = UNSET
        elif isinstance(self.topics_to_avoid, list):
            topics_to_avoid = self.topics_to_avoid

        else:
            topics_to_avoid = self.topics_to_avoid

        posting_cadence: str | Unset | None
        if isinstance(self.posting_cadence, Unset):
            posting_cadence = UNSET
        else:
            posting_cadence = self.posting_cadence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linked_in_voice is not UNSET:
            field_dict["linkedInVoice"] = linked_in_voice
        if recommended_topics is not UNSET:
            field_dict["recommendedTopics"] = recommended_topics
        if preferred_tone is not UNSET:
            field_dict["preferredTone"] = preferred_tone
        if content_formats is not UNSET:
            field_dict["contentFormats"] = content_formats
        if topics_to_avoid is not UNSET:
            field_dict["topicsToAvoid"] = topics_to_avoid
        if posting_cadence is not UNSET:
            field_dict["postingCadence"] = posting_cadence

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        linked_in_voice = cast(None | str | Unset, d.pop("linkedInVoice", UNSET))

        def _parse_recommended_topics(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recommended_topics_type_0 = cast(list[str], data)

                return recommended_topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        recommended_topics = _parse_recommended_topics(d.pop("recommendedTopics", UNSET))

        preferred_tone = cast(None | str | Unset, d.pop("preferredTone", UNSET))

        def _parse_content_formats(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_formats_type_0 = cast(list[str], data)

                return content_formats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        content_formats = _parse_content_formats(d.pop("contentFormats", UNSET))

        def _parse_topics_to_avoid(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                topics_to_avoid_type_0 = cast(list[str], data)

                return topics_to_avoid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        topics_to_avoid = _parse_topics_to_avoid(d.pop("topicsToAvoid", UNSET))

        posting_cadence = cast(None | str | Unset, d.pop("postingCadence", UNSET))

        _instance = cls(
            linked_in_voice=linked_in_voice,
            recommended_topics=recommended_topics,
            preferred_tone=preferred_tone,
            content_formats=content_formats,
            topics_to_avoid=topics_to_avoid,
            posting_cadence=posting_cadence,
        )

        _instance.additional_properties = d
        return _instance
