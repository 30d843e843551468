from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PageCursor")


@_attrs_define
class PageCursor(AdditionalProperties):
    """Page block of the `page-next-cursor` pagination style.

    Attributes:
        has_more (bool):
        limit (int | Unset):
        next_cursor (None | str | Unset):
    """

    has_more: bool
    limit: int | Unset = UNSET
    next_cursor: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        limit = self.limit

        next_cursor: str | Unset | None
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasMore": has_more,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_more = d.pop("hasMore")

        limit = d.pop("limit", UNSET)

        next_cursor = cast(None | str | Unset, d.pop("nextCursor", UNSET))

        _instance = cls(
            has_more=has_more,
            limit=limit,
            next_cursor=next_cursor,
        )

        _instance.additional_properties = d
        return _instance
