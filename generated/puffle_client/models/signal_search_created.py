from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_search_status import SignalSearchStatus
from ..types import (
    AdditionalProperties,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="SignalSearchCreated")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalSearchCreated(AdditionalProperties):
    """The id and initial status of a newly started search.

    Attributes:
        id (str):
        status (SignalSearchStatus | None): Lifecycle of a signal search.
    """

    id: str
    status: SignalSearchStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.status is not None:
            field_dict["status"] = self.status.value
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalSearchCreated", "id")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _SIGNALSEARCHSTATUS_BY_VALUE:
                status = _SIGNALSEARCHSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(SignalSearchStatus, status, "SignalSearchCreated", "status")
        _instance = cls(id, status)
        if not _SIGNALSEARCHCREATED_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSEARCHCREATED_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSEARCHCREATED_KEYS: frozenset[str] = frozenset({"id", "status"})
_SIGNALSEARCHSTATUS_BY_VALUE: dict[object, SignalSearchStatus] = cast(
    "dict[object, SignalSearchStatus]", SignalSearchStatus._value2member_map_
)
