from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.lead import Lead


T = TypeVar("T", bound="ListLeadsResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListLeadsResponse(AdditionalProperties):
    """One page of workspace Leads.

    Attributes:
        leads (list[Lead]):
        next_cursor (str | None): Cursor for the next page; null or absent on the last page.
    """

    leads: list[Lead]
    next_cursor: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["leads"] = [_i.to_dict() for _i in self.leads]
        field_dict["nextCursor"] = self.next_cursor
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        leads = src_dict["leads"]
        if _type(leads) is not list:
            leads = _check_list(leads, "ListLeadsResponse", "leads")
        leads = [
            _Lead_from_dict(_i)
            if _type(_i) is dict
            else _Lead_from_dict(_check_object(_i, "ListLeadsResponse", "leads"))
            for _i in leads
        ]
        next_cursor = _get("nextCursor")
        if _type(next_cursor) is not str and next_cursor is not None:
            next_cursor = _check_str(next_cursor, "ListLeadsResponse", "nextCursor")
        _instance = cls(leads, next_cursor)
        if not _LISTLEADSRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTLEADSRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead import Lead  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTLEADSRESPONSE_KEYS: frozenset[str] = frozenset({"leads", "nextCursor"})
_Lead_from_dict = Lead._from_dict
