from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_scope_type import EnrichmentScopeType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enrichment_scope_filter import EnrichmentScopeFilter


T = TypeVar("T", bound="EnrichmentScope")


@_attrs_define
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
        type_ = self.type_.value

        lead_ids: list[str] | Unset = UNSET
        if not isinstance(self.lead_ids, Unset):
            lead_ids = self.lead_ids

        list_id = self.list_id

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if lead_ids is not UNSET:
            field_dict["leadIds"] = lead_ids
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = EnrichmentScopeType(d.pop("type"))

        lead_ids = cast(list[str], d.pop("leadIds", UNSET))

        list_id = d.pop("listId", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: EnrichmentScopeFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = EnrichmentScopeFilter.from_dict(_filter_)

        _instance = cls(
            type_=type_,
            lead_ids=lead_ids,
            list_id=list_id,
            filter_=filter_,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_scope_filter import EnrichmentScopeFilter  # noqa: E402
