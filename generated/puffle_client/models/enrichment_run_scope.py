from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.enrichment_run_counts import EnrichmentRunCounts


T = TypeVar("T", bound="EnrichmentRunScope")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentRunScope(AdditionalProperties):
    """The resolved Lead scope of a run.

    Attributes:
        type_ (str | None): Scope kind — `explicit_leads`, `list` or `filtered_list`.
        list_id (str | None):
        requested (Any | None): The scope as sent (untyped in the docs).
        resolved_count (int | None): Number of Leads the scope resolved to.
        counts (EnrichmentRunCounts | None):
    """

    type_: str | None = None
    list_id: str | None = None
    requested: Any | None = None
    resolved_count: int | None = None
    counts: EnrichmentRunCounts | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["listId"] = self.list_id
        if self.requested is not None:
            field_dict["requested"] = self.requested
        field_dict["resolvedCount"] = self.resolved_count
        field_dict["counts"] = None if self.counts is None else self.counts.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "EnrichmentRunScope", "type")
        list_id = _get("listId")
        if _type(list_id) is not str and list_id is not None:
            list_id = _check_str(list_id, "EnrichmentRunScope", "listId")
        requested = _get("requested")
        resolved_count = _get("resolvedCount")
        if _type(resolved_count) is not int and resolved_count is not None:
            resolved_count = _check_int(resolved_count, "EnrichmentRunScope", "resolvedCount")
        counts = _get("counts")
        if counts is not None:
            if _type(counts) is not dict:
                counts = _check_object(counts, "EnrichmentRunScope", "counts")
            counts = _EnrichmentRunCounts_from_dict(counts)
        _instance = cls(type_, list_id, requested, resolved_count, counts)
        if not _ENRICHMENTRUNSCOPE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUNSCOPE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_run_counts import EnrichmentRunCounts  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUNSCOPE_KEYS: frozenset[str] = frozenset({"type", "listId", "requested", "resolvedCount", "counts"})
_EnrichmentRunCounts_from_dict = EnrichmentRunCounts._from_dict
