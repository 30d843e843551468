from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_str,
)

T = TypeVar("T", bound="SignalGenerateItem")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalGenerateItem(AdditionalProperties):
    """Which drafts to write for one signal; at least one of `dm` / `comment` must be true.

    Attributes:
        id (str):
        dm (bool | Unset): Write a direct-message draft.
        comment (bool | Unset): Write a public-comment draft.
    """

    id: str
    dm: bool | Unset = UNSET
    comment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.dm, Unset):
            field_dict["dm"] = self.dm
        if not isinstance(self.comment, Unset):
            field_dict["comment"] = self.comment
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalGenerateItem", "id")
        dm = _get("dm", UNSET)
        if _type(dm) is not bool and dm is not UNSET:
            dm = _check_bool(dm, "SignalGenerateItem", "dm")
        comment = _get("comment", UNSET)
        if _type(comment) is not bool and comment is not UNSET:
            comment = _check_bool(comment, "SignalGenerateItem", "comment")
        _instance = cls(id, dm, comment)
        if not _SIGNALGENERATEITEM_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALGENERATEITEM_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALGENERATEITEM_KEYS: frozenset[str] = frozenset({"id", "dm", "comment"})
