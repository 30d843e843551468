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
    from ..models.signal import Signal


T = TypeVar("T", bound="SignalListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalListResponse(AdditionalProperties):
    """A page of the signal feed.

    Attributes:
        signals (list[Signal]):
        pagination (CursorPagination): Cursor block of the `cursor` pagination style. The last page has `hasMore` false
            and a null cursor.
    """

    signals: list[Signal]
    pagination: CursorPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["signals"] = [_i.to_dict() for _i in self.signals]
        field_dict["pagination"] = self.pagination.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        signals = src_dict["signals"]
        if _type(signals) is not list:
            signals = _check_list(signals, "SignalListResponse", "signals")
        signals = [
            _Signal_from_dict(_i)
            if _type(_i) is dict
            else _Signal_from_dict(_check_object(_i, "SignalListResponse", "signals"))
            for _i in signals
        ]
        pagination = src_dict["pagination"]
        if _type(pagination) is not dict:
            pagination = _check_object(pagination, "SignalListResponse", "pagination")
        pagination = _CursorPagination_from_dict(pagination)
        _instance = cls(signals, pagination)
        if not _SIGNALLISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALLISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.signal import Signal  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALLISTRESPONSE_KEYS: frozenset[str] = frozenset({"signals", "pagination"})
_CursorPagination_from_dict = CursorPagination._from_dict
_Signal_from_dict = Signal._from_dict
