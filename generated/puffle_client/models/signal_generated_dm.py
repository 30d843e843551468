from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalGeneratedDm")


@_attrs_define
class SignalGeneratedDm(AdditionalProperties):
    """A generated direct-message draft and where to send it.

    Attributes:
        text (None | str | Unset):
        profile_url (None | str | Unset):
        messaging_url (None | str | Unset):
    """

    text: str | Unset | None = UNSET
    profile_url: str | Unset | None = UNSET
    messaging_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: str | Unset | None
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        profile_url: str | Unset | None
        if isinstance(self.profile_url, Unset):
            profile_url = UNSET
        else:
            profile_url = self.profile_url

        messaging_url: str | Unset | None
        if isinstance(self.messaging_url, Unset):
            messaging_url = UNSET
        else:
            messaging_url = self.messaging_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if profile_url is not UNSET:
            field_dict["profileUrl"] = profile_url
        if messaging_url is not UNSET:
            field_dict["messagingUrl"] = messaging_url

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = cast(None | str | Unset, d.pop("text", UNSET))

        profile_url = cast(None | str | Unset, d.pop("profileUrl", UNSET))

        messaging_url = cast(None | str | Unset, d.pop("messagingUrl", UNSET))

        _instance = cls(
            text=text,
            profile_url=profile_url,
            messaging_url=messaging_url,
        )

        _instance.additional_properties = d
        return _instance
