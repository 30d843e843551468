from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.lead import Lead


T = TypeVar("T", bound="LeadResponse")


@_attrs_define
class LeadResponse(AdditionalProperties):
    """Wrapper around a single Lead.

    Attributes:
        lead (Lead): One reusable person or company record of the workspace. The same Lead can belong to many Lists and
            keeps its data (including attributes from enrichment or manual edits) wherever it appears.
    """

    lead: Lead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead = self.lead.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead": lead,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead = Lead.from_dict(d.pop("lead"))

        _instance = cls(
            lead=lead,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead import Lead  # noqa: E402
