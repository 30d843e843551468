from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalGeneratedComment")


@_attrs_define
class SignalGeneratedComment(AdditionalProperties):
    """A generated public-comment draft and the post it answers.

    Attributes:
        text (None | str | Unset):
        source_url (None | str | Unset):
    """

    text: str | Unset | None = UNSET
    source_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: str | Unset | None
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        source_url: str | Unset | None
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if source_url is not UNSET:
            field_dict["sourceUrl"] = source_url

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = cast(None | str | Unset, d.pop("text", UNSET))

        source_url = cast(None | str | Unset, d.pop("sourceUrl", UNSET))

        _instance = cls(
            text=text,
            source_url=source_url,
        )

        _instance.additional_properties = d
        return _instance
