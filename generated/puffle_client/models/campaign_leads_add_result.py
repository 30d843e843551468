from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CampaignLeadsAddResult")


@_attrs_define
class CampaignLeadsAddResult(AdditionalProperties):
    """Outcome of adding leads to a campaign.

    Attributes:
        imported (int): Leads inserted.
        duplicates (int): Leads skipped as duplicates within the batch or of existing leads.
    """

    imported: int
    duplicates: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imported = self.imported

        duplicates = self.duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imported": imported,
                "duplicates": duplicates,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imported = d.pop("imported")

        duplicates = d.pop("duplicates")

        _instance = cls(
            imported=imported,
            duplicates=duplicates,
        )

        _instance.additional_properties = d
        return _instance
