from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalSuggestedAction")


@_attrs_define
class SignalSuggestedAction(AdditionalProperties):
    """A next step the UI proposes for a signal. Note the snake_case `comment_text`.

    Attributes:
        type_ (None | str | Unset): Action kind; the docs show `copy_comment_and_open`.
        comment_text (None | str | Unset):
    """

    type_: str | Unset | None = UNSET
    comment_text: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        comment_text: str | Unset | None
        if isinstance(self.comment_text, Unset):
            comment_text = UNSET
        else:
            comment_text = self.comment_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if comment_text is not UNSET:
            field_dict["comment_text"] = comment_text

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        comment_text = cast(None | str | Unset, d.pop("comment_text", UNSET))

        _instance = cls(
            type_=type_,
            comment_text=comment_text,
        )

        _instance.additional_properties = d
        return _instance
