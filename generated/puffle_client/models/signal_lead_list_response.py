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
    from ..models.cursor_pagination import CursorPagination
    from ..models.signal_lead import SignalLead


T = TypeVar("T", bound="SignalLeadListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalLeadListResponse(AdditionalProperties):
    """A page of signal leads.

    Attributes:
        leads (list[SignalLead]):
        pagination (CursorPagination): Cursor block of the `cursor` pagination style. The last page has `hasMore` false
            and a null cursor.
    """

    leads: list[SignalLead]
    pagination: CursorPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["leads"] = [_i.to_dict() for _i in self.leads]
        field_dict["pagination"] = self.pagination.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        leads = src_dict["leads"]
        if _type(leads) is not list:
            leads = _check_list(leads, "SignalLeadListResponse", "leads")
        leads = [
            _SignalLead_from_dict(_i)
            if _type(_i) is dict
            else _SignalLead_from_dict(_check_object(_i, "SignalLeadListResponse", "leads"))
            for _i in leads
        ]
        pagination = src_dict["pagination"]
        if _type(pagination) is not dict:
            pagination = _check_object(pagination, "SignalLeadListResponse", "pagination")
        pagination = _CursorPagination_from_dict(pagination)
        _instance = cls(leads, pagination)
        if not _SIGNALLEADLISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALLEADLISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.signal_lead import SignalLead  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALLEADLISTRESPONSE_KEYS: frozenset[str] = frozenset({"leads", "pagination"})
_CursorPagination_from_dict = CursorPagination._from_dict
_SignalLead_from_dict = SignalLead._from_dict
