from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.generated_message import GeneratedMessage


T = TypeVar("T", bound="CampaignGeneratedMessageListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignGeneratedMessageListResponse(AdditionalProperties):
    """Generated messages of a campaign.

    Attributes:
        messages (list[GeneratedMessage]):
    """

    messages: list[GeneratedMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["messages"] = [_i.to_dict() for _i in self.messages]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        messages = src_dict["messages"]
        if _type(messages) is not list:
            messages = _check_list(messages, "CampaignGeneratedMessageListResponse", "messages")
        messages = [
            _GeneratedMessage_from_dict(_i)
            if _type(_i) is dict
            else _GeneratedMessage_from_dict(_check_object(_i, "CampaignGeneratedMessageListResponse", "messages"))
            for _i in messages
        ]
        _instance = cls(messages)
        if not _CAMPAIGNGENERATEDMESSAGELISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNGENERATEDMESSAGELISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.generated_message import GeneratedMessage  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNGENERATEDMESSAGELISTRESPONSE_KEYS: frozenset[str] = frozenset({"messages"})
_GeneratedMessage_from_dict = GeneratedMessage._from_dict
