from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ThreadSenderAccount")


@_attrs_define
class ThreadSenderAccount(AdditionalProperties):
    """A few fields of the sender account linked to the thread.

    Attributes:
        display_name (None | str | Unset):
        status (None | str | Unset): Sender account status, e.g. `active`.
    """

    display_name: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name: str | Unset | None
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        _instance = cls(
            display_name=display_name,
            status=status,
        )

        _instance.additional_properties = d
        return _instance
