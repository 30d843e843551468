from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.generated_message import GeneratedMessage


T = TypeVar("T", bound="CampaignGeneratedMessageResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignGeneratedMessageResponse(AdditionalProperties):
    """A single generated message wrapped in `message`.

    Attributes:
        message (GeneratedMessage): A message prepared for one lead at one sequence node.
    """

    message: GeneratedMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message"] = self.message.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message = src_dict["message"]
        if _type(message) is not dict:
            message = _check_object(message, "CampaignGeneratedMessageResponse", "message")
        message = _GeneratedMessage_from_dict(message)
        _instance = cls(message)
        if not _CAMPAIGNGENERATEDMESSAGERESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNGENERATEDMESSAGERESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.generated_message import GeneratedMessage  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNGENERATEDMESSAGERESPONSE_KEYS: frozenset[str] = frozenset({"message"})
_GeneratedMessage_from_dict = GeneratedMessage._from_dict
