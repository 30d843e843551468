from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EmailAccountWarmupDay")


@_attrs_define
class EmailAccountWarmupDay(AdditionalProperties):
    """Warmup sends and receipts of one inbox on one day.

    Attributes:
        date (datetime.date | None | Unset):
        sent (int | None | Unset):
        received (int | None | Unset):
    """

    date: datetime.date | Unset | None = UNSET
    sent: int | Unset | None = UNSET
    received: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset | None
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        sent: int | Unset | None
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        received: int | Unset | None
        if isinstance(self.received, Unset):
            received = UNSET
        else:
            received = self.received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if sent is not UNSET:
            field_dict["sent"] = sent
        if received is not UNSET:
            field_dict["received"] = received

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date(data: object) -> datetime.date | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        sent = cast(int | None | Unset, d.pop("sent", UNSET))

        received = cast(int | None | Unset, d.pop("received", UNSET))

        _instance = cls(
            date=date,
            sent=sent,
            received=received,
        )

        _instance.additional_properties = d
        return _instance
