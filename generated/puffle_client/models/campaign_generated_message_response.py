from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.generated_message import GeneratedMessage


T = TypeVar("T", bound="CampaignGeneratedMessageResponse")


@_attrs_define
class CampaignGeneratedMessageResponse(AdditionalProperties):
    """A single generated message wrapped in `message`.

    Attributes:
        message (GeneratedMessage): A message prepared for one lead at one sequence node.
    """

    message: GeneratedMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = GeneratedMessage.from_dict(d.pop("message"))

        _instance = cls(
            message=message,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.generated_message import GeneratedMessage  # noqa: E402
