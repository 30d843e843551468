from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="SenderStats")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SenderStats(AdditionalProperties):
    """A sender's usage today.

    Attributes:
        today_sent (int | None): Messages already sent today.
        today_committed (int | None): Sends already scheduled (committed) for today.
    """

    today_sent: int | None = None
    today_committed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["today_sent"] = self.today_sent
        field_dict["today_committed"] = self.today_committed
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        today_sent = _get("today_sent")
        if _type(today_sent) is not int and today_sent is not None:
            today_sent = _check_int(today_sent, "SenderStats", "today_sent")
        today_committed = _get("today_committed")
        if _type(today_committed) is not int and today_committed is not None:
            today_committed = _check_int(today_committed, "SenderStats", "today_committed")
        _instance = cls(today_sent, today_committed)
        if not _SENDERSTATS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SENDERSTATS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SENDERSTATS_KEYS: frozenset[str] = frozenset({"today_sent", "today_committed"})
