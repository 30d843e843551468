from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalSearchResult")


@_attrs_define
class SignalSearchResult(AdditionalProperties):
    """One hit of a signal search and the relevance verdict of the filter prompt.

    Attributes:
        id (None | str | Unset):
        signal_id (None | str | Unset):
        relevant (bool | None | Unset):
        reason (None | str | Unset):
    """

    id: str | Unset | None = UNSET
    signal_id: str | Unset | None = UNSET
    relevant: bool | Unset | None = UNSET
    reason: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        signal_id: str | Unset | None
        if isinstance(self.signal_id, Unset):
            signal_id = UNSET
        else:
            signal_id = self.signal_id

        relevant: bool | Unset | None
        if isinstance(self.relevant, Unset):
            relevant = UNSET
        else:
            relevant = self.relevant

        reason: str | Unset | None
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if signal_id is not UNSET:
            field_dict["signalId"] = signal_id
        if relevant is not UNSET:
            field_dict["relevant"] = relevant
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast(None | str | Unset, d.pop("id", UNSET))

        signal_id = cast(None | str | Unset, d.pop("signalId", UNSET))

        relevant = cast(bool | None | Unset, d.pop("relevant", UNSET))

        reason = cast(None | str | Unset, d.pop("reason", UNSET))

        _instance = cls(
            id=id,
            signal_id=signal_id,
            relevant=relevant,
            reason=reason,
        )

        _instance.additional_properties = d
        return _instance
