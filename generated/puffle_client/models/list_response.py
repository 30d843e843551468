from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.list_ import List


T = TypeVar("T", bound="ListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListResponse(AdditionalProperties):
    """Wrapper around a single List.

    Attributes:
        list_ (List): A named set of Leads. It records membership only; the Lead data stays on the Leads. Every
            workspace
            has a protected default List called `all`.
    """

    list_: List
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["list"] = self.list_.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        list_ = src_dict["list"]
        if _type(list_) is not dict:
            list_ = _check_object(list_, "ListResponse", "list")
        list_ = _List_from_dict(list_)
        _instance = cls(list_)
        if not _LISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.list_ import List  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTRESPONSE_KEYS: frozenset[str] = frozenset({"list"})
_List_from_dict = List._from_dict
