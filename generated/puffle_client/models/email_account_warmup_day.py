from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _parse_date,
)

T = TypeVar("T", bound="EmailAccountWarmupDay")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccountWarmupDay(AdditionalProperties):
    """Warmup sends and receipts of one inbox on one day.

    Attributes:
        date (datetime.date | None):
        sent (int | None):
        received (int | None):
    """

    date: datetime.date | None = None
    sent: int | None = None
    received: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["date"] = None if self.date is None else self.date.isoformat()
        field_dict["sent"] = self.sent
        field_dict["received"] = self.received
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        date = _get("date")
        if date is not None:
            date = _parse_date(date, "EmailAccountWarmupDay", "date")
        sent = _get("sent")
        if _type(sent) is not int and sent is not None:
            sent = _check_int(sent, "EmailAccountWarmupDay", "sent")
        received = _get("received")
        if _type(received) is not int and received is not None:
            received = _check_int(received, "EmailAccountWarmupDay", "received")
        _instance = cls(date, sent, received)
        if not _EMAILACCOUNTWARMUPDAY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNTWARMUPDAY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNTWARMUPDAY_KEYS: frozenset[str] = frozenset({"date", "sent", "received"})
