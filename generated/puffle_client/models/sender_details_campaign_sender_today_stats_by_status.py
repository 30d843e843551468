from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

if TYPE_CHECKING:
    from ..models.sender_status_counts import SenderStatusCounts


T = TypeVar("T", bound="SenderDetailsCampaignSenderTodayStatsByStatus")


@_attrs_define
class SenderDetailsCampaignSenderTodayStatsByStatus(Model):
    """`<campaign_id>:<account_id>` → today's prospect counts by status."""

    additional_properties: dict[str, SenderStatusCounts] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _instance = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SenderStatusCounts.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SenderStatusCounts:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SenderStatusCounts) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last so that models referring to each other can import each other.
from ..models.sender_status_counts import SenderStatusCounts  # noqa: E402
