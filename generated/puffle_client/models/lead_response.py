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
    from ..models.lead import Lead


T = TypeVar("T", bound="LeadResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class LeadResponse(AdditionalProperties):
    """Wrapper around a single Lead.

    Attributes:
        lead (Lead): One reusable person or company record of the workspace. The same Lead can belong to many Lists and
            keeps its data (including attributes from enrichment or manual edits) wherever it appears.
    """

    lead: Lead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["lead"] = self.lead.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        lead = src_dict["lead"]
        if _type(lead) is not dict:
            lead = _check_object(lead, "LeadResponse", "lead")
        lead = _Lead_from_dict(lead)
        _instance = cls(lead)
        if not _LEADRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead import Lead  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADRESPONSE_KEYS: frozenset[str] = frozenset({"lead"})
_Lead_from_dict = Lead._from_dict
