from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="CursorPagination")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CursorPagination(AdditionalProperties):
    """Cursor block of the `cursor` pagination style. The last page has `hasMore` false and a null cursor.

    Attributes:
        has_more (bool):
        cursor (str | None): Pass back as `?cursor=` to read the next page.
        count (int | None): Items on this page.
    """

    has_more: bool
    cursor: str | None = None
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["hasMore"] = self.has_more
        field_dict["cursor"] = self.cursor
        if self.count is not None:
            field_dict["count"] = self.count
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        has_more = src_dict["hasMore"]
        if _type(has_more) is not bool:
            has_more = _check_bool(has_more, "CursorPagination", "hasMore")
        cursor = _get("cursor")
        if _type(cursor) is not str and cursor is not None:
            cursor = _check_str(cursor, "CursorPagination", "cursor")
        count = _get("count")
        if _type(count) is not int and count is not None:
            count = _check_int(count, "CursorPagination", "count")
        _instance = cls(has_more, cursor, count)
        if not _CURSORPAGINATION_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CURSORPAGINATION_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CURSORPAGINATION_KEYS: frozenset[str] = frozenset({"hasMore", "cursor", "count"})
