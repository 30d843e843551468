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

T = TypeVar("T", bound="PageCursor")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class PageCursor(AdditionalProperties):
    """Page block of the `page-next-cursor` pagination style.

    Attributes:
        has_more (bool):
        limit (int | None):
        next_cursor (str | None):
    """

    has_more: bool
    limit: int | None = None
    next_cursor: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["hasMore"] = self.has_more
        if self.limit is not None:
            field_dict["limit"] = self.limit
        field_dict["nextCursor"] = self.next_cursor
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        has_more = src_dict["hasMore"]
        if _type(has_more) is not bool:
            has_more = _check_bool(has_more, "PageCursor", "hasMore")
        limit = _get("limit")
        if _type(limit) is not int and limit is not None:
            limit = _check_int(limit, "PageCursor", "limit")
        next_cursor = _get("nextCursor")
        if _type(next_cursor) is not str and next_cursor is not None:
            next_cursor = _check_str(next_cursor, "PageCursor", "nextCursor")
        _instance = cls(has_more, limit, next_cursor)
        if not _PAGECURSOR_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _PAGECURSOR_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_PAGECURSOR_KEYS: frozenset[str] = frozenset({"hasMore", "limit", "nextCursor"})
