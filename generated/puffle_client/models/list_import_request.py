from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.lead_input import LeadInput


T = TypeVar("T", bound="ListImportRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListImportRequest(AdditionalProperties):
    """ListImportRequest: a JSON object the spec describes only by its fields.

    Attributes:
        leads (list[LeadInput]):
        list_id (str | Unset): List that receives the imported Leads.
        preview (bool | Unset): When true, nothing is saved and only the counts are returned.
    """

    leads: list[LeadInput]
    list_id: str | Unset = UNSET
    preview: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["leads"] = [_i.to_dict() for _i in self.leads]
        if not isinstance(self.list_id, Unset):
            field_dict["listId"] = self.list_id
        if not isinstance(self.preview, Unset):
            field_dict["preview"] = self.preview
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        leads = src_dict["leads"]
        if _type(leads) is not list:
            leads = _check_list(leads, "ListImportRequest", "leads")
        leads = [
            _LeadInput_from_dict(_i)
            if _type(_i) is dict
            else _LeadInput_from_dict(_check_object(_i, "ListImportRequest", "leads"))
            for _i in leads
        ]
        list_id = _get("listId", UNSET)
        if _type(list_id) is not str and list_id is not UNSET:
            list_id = _check_str(list_id, "ListImportRequest", "listId")
        preview = _get("preview", UNSET)
        if _type(preview) is not bool and preview is not UNSET:
            preview = _check_bool(preview, "ListImportRequest", "preview")
        _instance = cls(leads, list_id, preview)
        if not _LISTIMPORTREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTIMPORTREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_input import LeadInput  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTIMPORTREQUEST_KEYS: frozenset[str] = frozenset({"leads", "listId", "preview"})
_LeadInput_from_dict = LeadInput._from_dict
