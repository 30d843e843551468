from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _wrong_type,
)

T = TypeVar("T", bound="CampaignLeadsRemoveResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignLeadsRemoveResult(AdditionalProperties):
    """Outcome of removing leads from a campaign.

    Attributes:
        deleted (int | str): Number of leads removed, or the string `all` when the whole list was cleared.
    """

    deleted: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["deleted"] = self.deleted
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        deleted = src_dict["deleted"]
        if _type(deleted) is int or _type(deleted) is str:
            pass
        else:
            _wrong_type(deleted, "int or str", "CampaignLeadsRemoveResult", "deleted")
        _instance = cls(deleted)
        if not _CAMPAIGNLEADSREMOVERESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEADSREMOVERESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEADSREMOVERESULT_KEYS: frozenset[str] = frozenset({"deleted"})
