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
    from ..models.lead_search_result import LeadSearchResult


T = TypeVar("T", bound="ListLeadSearchResultsResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListLeadSearchResultsResponse(AdditionalProperties):
    """One page of raw lead search rows.

    Attributes:
        results (list[LeadSearchResult]):
    """

    results: list[LeadSearchResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["results"] = [_i.to_dict() for _i in self.results]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        results = src_dict["results"]
        if _type(results) is not list:
            results = _check_list(results, "ListLeadSearchResultsResponse", "results")
        results = [
            _LeadSearchResult_from_dict(_i)
            if _type(_i) is dict
            else _LeadSearchResult_from_dict(_check_object(_i, "ListLeadSearchResultsResponse", "results"))
            for _i in results
        ]
        _instance = cls(results)
        if not _LISTLEADSEARCHRESULTSRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTLEADSEARCHRESULTSRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_result import LeadSearchResult  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTLEADSEARCHRESULTSRESPONSE_KEYS: frozenset[str] = frozenset({"results"})
_LeadSearchResult_from_dict = LeadSearchResult._from_dict
