from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CampaignLeadsRemoveResult")


@_attrs_define
class CampaignLeadsRemoveResult(AdditionalProperties):
    """Outcome of removing leads from a campaign.

    Attributes:
        deleted (int | str): Number of leads removed, or the string `all` when the whole list was cleared.
    """

    deleted: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted: int | str
        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted = cast(int | str, d.pop("deleted"))

        _instance = cls(
            deleted=deleted,
        )

        _instance.additional_properties = d
        return _instance
