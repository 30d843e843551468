from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_search_status import SignalSearchStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalSearchCreated")


@_attrs_define
class SignalSearchCreated(AdditionalProperties):
    """The id and initial status of a newly started search.

    Attributes:
        id (str):
        status (SignalSearchStatus | Unset): Lifecycle of a signal search.
    """

    id: str
    status: SignalSearchStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _status = d.pop("status", UNSET)
        status: SignalSearchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SignalSearchStatus(_status)

        _instance = cls(
            id=id,
            status=status,
        )

        _instance.additional_properties = d
        return _instance
