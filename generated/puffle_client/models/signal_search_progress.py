from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="SignalSearchProgress")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalSearchProgress(AdditionalProperties):
    """Counters of a running or finished search.

    Attributes:
        fetched (int | None):
        filtered (int | None):
        total (int | None):
    """

    fetched: int | None = None
    filtered: int | None = None
    total: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["fetched"] = self.fetched
        field_dict["filtered"] = self.filtered
        field_dict["total"] = self.total
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        fetched = _get("fetched")
        if _type(fetched) is not int and fetched is not None:
            fetched = _check_int(fetched, "SignalSearchProgress", "fetched")
        filtered = _get("filtered")
        if _type(filtered) is not int and filtered is not None:
            filtered = _check_int(filtered, "SignalSearchProgress", "filtered")
        total = _get("total")
        if _type(total) is not int and total is not None:
            total = _check_int(total, "SignalSearchProgress", "total")
        _instance = cls(fetched, filtered, total)
        if not _SIGNALSEARCHPROGRESS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSEARCHPROGRESS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSEARCHPROGRESS_KEYS: frozenset[str] = frozenset({"fetched", "filtered", "total"})
