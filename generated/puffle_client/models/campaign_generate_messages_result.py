from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.generated_message import GeneratedMessage


T = TypeVar("T", bound="CampaignGenerateMessagesResult")


@_attrs_define
class CampaignGenerateMessagesResult(AdditionalProperties):
    """Messages written by `resolve`. The reply to `generate_ai` is not documented and may carry other fields.

    Attributes:
        messages (list[GeneratedMessage] | Unset):
    """

    messages: list[GeneratedMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _messages = d.pop("messages", UNSET)
        messages: list[GeneratedMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = GeneratedMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _instance = cls(
            messages=messages,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.generated_message import GeneratedMessage  # noqa: E402
