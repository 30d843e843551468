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
    from ..models.list_ import List


T = TypeVar("T", bound="ListListsResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListListsResponse(AdditionalProperties):
    """All Lists of the workspace.

    Attributes:
        lists (list[List]):
    """

    lists: list[List]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["lists"] = [_i.to_dict() for _i in self.lists]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        lists = src_dict["lists"]
        if _type(lists) is not list:
            lists = _check_list(lists, "ListListsResponse", "lists")
        lists = [
            _List_from_dict(_i)
            if _type(_i) is dict
            else _List_from_dict(_check_object(_i, "ListListsResponse", "lists"))
            for _i in lists
        ]
        _instance = cls(lists)
        if not _LISTLISTSRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTLISTSRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.list_ import List  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTLISTSRESPONSE_KEYS: frozenset[str] = frozenset({"lists"})
_List_from_dict = List._from_dict
