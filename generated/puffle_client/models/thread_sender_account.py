from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="ThreadSenderAccount")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadSenderAccount(AdditionalProperties):
    """A few fields of the sender account linked to the thread.

    Attributes:
        display_name (str | None):
        status (str | None): Sender account status, e.g. `active`.
    """

    display_name: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["display_name"] = self.display_name
        field_dict["status"] = self.status
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        display_name = _get("display_name")
        if _type(display_name) is not str and display_name is not None:
            display_name = _check_str(display_name, "ThreadSenderAccount", "display_name")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "ThreadSenderAccount", "status")
        _instance = cls(display_name, status)
        if not _THREADSENDERACCOUNT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADSENDERACCOUNT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADSENDERACCOUNT_KEYS: frozenset[str] = frozenset({"display_name", "status"})
