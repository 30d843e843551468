from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SenderStats")


@_attrs_define
class SenderStats:
    """A sender's usage today.

    Attributes:
        today_sent (int | None | Unset): Messages already sent today.
        today_committed (int | None | Unset): Sends already scheduled (committed) for today.
    """

    today_sent: int | Unset | None = UNSET
    today_committed: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        today_sent: int | Unset | None
        if isinstance(self.today_sent, Unset):
            today_sent = UNSET
        else:
            today_sent = self.today_sent

        today_committed: int | Unset | None
        if isinstance(self.today_committed, Unset):
            today_committed = UNSET
        else:
            today_committed = self.today_committed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if today_sent is not UNSET:
            field_dict["today_sent"] = today_sent
        if today_committed is not UNSET:
            field_dict["today_committed"] = today_committed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_today_sent(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        today_sent = _parse_today_sent(d.pop("today_sent", UNSET))

        def _parse_today_committed(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        today_committed = _parse_today_committed(d.pop("today_committed", UNSET))

        _instance = cls(
            today_sent=today_sent,
            today_committed=today_committed,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
