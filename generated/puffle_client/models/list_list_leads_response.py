from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.lead import Lead


T = TypeVar("T", bound="ListListLeadsResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListListLeadsResponse(AdditionalProperties):
    """One page of a List's member Leads.

    Attributes:
        leads (list[Lead]):
        total (int | None): Number of Leads in the List.
        has_more (bool | None):
        next_cursor (str | None): Cursor for the next page; null or absent on the last page.
    """

    leads: list[Lead]
    total: int | None = None
    has_more: bool | None = None
    next_cursor: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["leads"] = [_i.to_dict() for _i in self.leads]
        field_dict["total"] = self.total
        field_dict["hasMore"] = self.has_more
        field_dict["nextCursor"] = self.next_cursor
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        leads = src_dict["leads"]
        if _type(leads) is not list:
            leads = _check_list(leads, "ListListLeadsResponse", "leads")
        leads = [
            _Lead_from_dict(_i)
            if _type(_i) is dict
            else _Lead_from_dict(_check_object(_i, "ListListLeadsResponse", "leads"))
            for _i in leads
        ]
        total = _get("total")
        if _type(total) is not int and total is not None:
            total = _check_int(total, "ListListLeadsResponse", "total")
        has_more = _get("hasMore")
        if _type(has_more) is not bool and has_more is not None:
            has_more = _check_bool(has_more, "ListListLeadsResponse", "hasMore")
        next_cursor = _get("nextCursor")
        if _type(next_cursor) is not str and next_cursor is not None:
            next_cursor = _check_str(next_cursor, "ListListLeadsResponse", "nextCursor")
        _instance = cls(leads, total, has_more, next_cursor)
        if not _LISTLISTLEADSRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTLISTLEADSRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead import Lead  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTLISTLEADSRESPONSE_KEYS: frozenset[str] = frozenset({"leads", "total", "hasMore", "nextCursor"})
_Lead_from_dict = Lead._from_dict
