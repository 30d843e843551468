from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.lead_search_result import LeadSearchResult


T = TypeVar("T", bound="ListLeadSearchResultsResponse")


@_attrs_define
class ListLeadSearchResultsResponse(AdditionalProperties):
    """One page of raw lead search rows.

    Attributes:
        results (list[LeadSearchResult]):
    """

    results: list[LeadSearchResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = LeadSearchResult.from_dict(results_item_data)

            results.append(results_item)

        _instance = cls(
            results=results,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_result import LeadSearchResult  # noqa: E402
