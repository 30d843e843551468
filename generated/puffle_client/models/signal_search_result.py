from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_str,
)

T = TypeVar("T", bound="SignalSearchResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalSearchResult(AdditionalProperties):
    """One hit of a signal search and the relevance verdict of the filter prompt.

    Attributes:
        id (str | None):
        signal_id (str | None):
        relevant (bool | None):
        reason (str | None):
    """

    id: str | None = None
    signal_id: str | None = None
    relevant: bool | None = None
    reason: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["signalId"] = self.signal_id
        field_dict["relevant"] = self.relevant
        field_dict["reason"] = self.reason
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id")
        if _type(id) is not str and id is not None:
            id = _check_str(id, "SignalSearchResult", "id")
        signal_id = _get("signalId")
        if _type(signal_id) is not str and signal_id is not None:
            signal_id = _check_str(signal_id, "SignalSearchResult", "signalId")
        relevant = _get("relevant")
        if _type(relevant) is not bool and relevant is not None:
            relevant = _check_bool(relevant, "SignalSearchResult", "relevant")
        reason = _get("reason")
        if _type(reason) is not str and reason is not None:
            reason = _check_str(reason, "SignalSearchResult", "reason")
        _instance = cls(id, signal_id, relevant, reason)
        if not _SIGNALSEARCHRESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSEARCHRESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSEARCHRESULT_KEYS: frozenset[str] = frozenset({"id", "signalId", "relevant", "reason"})
