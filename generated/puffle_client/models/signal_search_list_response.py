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
    from ..models.signal_search import SignalSearch


T = TypeVar("T", bound="SignalSearchListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalSearchListResponse(AdditionalProperties):
    """A page of signal searches.

    Attributes:
        searches (list[SignalSearch]):
        pagination (CursorPagination | None): Cursor block of the `cursor` pagination style. The last page has `hasMore`
            false and a null cursor.
    """

    searches: list[SignalSearch]
    pagination: CursorPagination | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["searches"] = [_i.to_dict() for _i in self.searches]
        if self.pagination is not None:
            field_dict["pagination"] = self.pagination.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        searches = src_dict["searches"]
        if _type(searches) is not list:
            searches = _check_list(searches, "SignalSearchListResponse", "searches")
        searches = [
            _SignalSearch_from_dict(_i)
            if _type(_i) is dict
            else _SignalSearch_from_dict(_check_object(_i, "SignalSearchListResponse", "searches"))
            for _i in searches
        ]
        pagination = _get("pagination")
        if pagination is not None:
            if _type(pagination) is not dict:
                pagination = _check_object(pagination, "SignalSearchListResponse", "pagination")
            pagination = _CursorPagination_from_dict(pagination)
        _instance = cls(searches, pagination)
        if not _SIGNALSEARCHLISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSEARCHLISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.signal_search import SignalSearch  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSEARCHLISTRESPONSE_KEYS: frozenset[str] = frozenset({"searches", "pagination"})
_CursorPagination_from_dict = CursorPagination._from_dict
_SignalSearch_from_dict = SignalSearch._from_dict
