from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SenderStats")


@_attrs_define
class SenderStats(AdditionalProperties):
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
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        today_sent = cast(int | None | Unset, d.pop("today_sent", UNSET))

        today_committed = cast(int | None | Unset, d.pop("today_committed", UNSET))

        _instance = cls(
            today_sent=today_sent,
            today_committed=today_committed,
        )

        _instance.additional_properties = d
        return _instance
