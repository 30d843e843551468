from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.signal import Signal


T = TypeVar("T", bound="SignalListResponse")


@_attrs_define
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
        signals = []
        for signals_item_data in self.signals:
            signals_item = signals_item_data.to_dict()
            signals.append(signals_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signals": signals,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signals = []
        _signals = d.pop("signals")
        for signals_item_data in _signals:
            signals_item = Signal.from_dict(signals_item_data)

            signals.append(signals_item)

        pagination = CursorPagination.from_dict(d.pop("pagination"))

        _instance = cls(
            signals=signals,
            pagination=pagination,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.signal import Signal  # noqa: E402
