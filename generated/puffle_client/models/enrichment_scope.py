from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_scope_type import EnrichmentScopeType
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_object,
    _check_str,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.enrichment_scope_filter import EnrichmentScopeFilter


T = TypeVar("T", bound="EnrichmentScope")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentScope(AdditionalProperties):
    """The Leads to enrich. `explicit_leads` needs `leadIds` (optional `listId` for membership-scoped
    output); `list` needs `listId`; `filtered_list` needs `listId` and `filter` but is not yet supported.

        Attributes:
            type_ (EnrichmentScopeType):
            lead_ids (list[str] | Unset):
            list_id (str | Unset):
            filter_ (EnrichmentScopeFilter | Unset): A LeadFilter selecting Leads of the List (used with `filtered_list`).
    """

    type_: EnrichmentScopeType
    lead_ids: list[str] | Unset = UNSET
    list_id: str | Unset = UNSET
    filter_: EnrichmentScopeFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value
        if not isinstance(self.lead_ids, Unset):
            field_dict["leadIds"] = list(self.lead_ids)
        if not isinstance(self.list_id, Unset):
            field_dict["listId"] = self.list_id
        if not isinstance(self.filter_, Unset):
            field_dict["filter"] = self.filter_.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = src_dict["type"]
        if _type(type_) is str and type_ in _ENRICHMENTSCOPETYPE_BY_VALUE:
            type_ = _ENRICHMENTSCOPETYPE_BY_VALUE[type_]
        else:
            type_ = _parse_enum(EnrichmentScopeType, type_, "EnrichmentScope", "type")
        lead_ids = _get("leadIds", UNSET)
        if lead_ids is not UNSET:
            if _type(lead_ids) is not list:
                lead_ids = _check_list(lead_ids, "EnrichmentScope", "leadIds")
            for _i in lead_ids:
                if _type(_i) is not str:
                    _check_str(_i, "EnrichmentScope", "leadIds")
        list_id = _get("listId", UNSET)
        if _type(list_id) is not str and list_id is not UNSET:
            list_id = _check_str(list_id, "EnrichmentScope", "listId")
        filter_ = _get("filter", UNSET)
        if filter_ is not UNSET:
            if _type(filter_) is not dict:
                filter_ = _check_object(filter_, "EnrichmentScope", "filter")
            filter_ = _EnrichmentScopeFilter_from_dict(filter_)
        _instance = cls(type_, lead_ids, list_id, filter_)
        if not _ENRICHMENTSCOPE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTSCOPE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_scope_filter import EnrichmentScopeFilter  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTSCOPE_KEYS: frozenset[str] = frozenset({"type", "leadIds", "listId", "filter"})
_ENRICHMENTSCOPETYPE_BY_VALUE: dict[object, EnrichmentScopeType] = cast(
    "dict[object, EnrichmentScopeType]", EnrichmentScopeType._value2member_map_
)
_EnrichmentScopeFilter_from_dict = EnrichmentScopeFilter._from_dict
