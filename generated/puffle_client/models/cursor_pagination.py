from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CursorPagination")


@_attrs_define
class CursorPagination(AdditionalProperties):
    """Cursor block of the `cursor` pagination style. The last page has `hasMore` false and a null cursor.

    Attributes:
        has_more (bool):
        cursor (None | str | Unset): Pass back as `?cursor=` to read the next page.
        count (int | Unset): Items on this page.
    """

    has_more: bool
    cursor: str | Unset | None = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        cursor: str | Unset | None
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasMore": has_more,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_more = d.pop("hasMore")

        cursor = cast(None | str | Unset, d.pop("cursor", UNSET))

        count = d.pop("count", UNSET)

        _instance = cls(
            has_more=has_more,
            cursor=cursor,
            count=count,
        )

        _instance.additional_properties = d
        return _instance
