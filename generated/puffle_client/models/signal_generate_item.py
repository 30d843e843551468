from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalGenerateItem")


@_attrs_define
class SignalGenerateItem(AdditionalProperties):
    """Which drafts to write for one signal; at least one of `dm` / `comment` must be true.

    Attributes:
        id (str):
        dm (bool | Unset): Write a direct-message draft.
        comment (bool | Unset): Write a public-comment draft.
    """

    id: str
    dm: bool | Unset = UNSET
    comment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dm = self.dm

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if dm is not UNSET:
            field_dict["dm"] = dm
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        dm = d.pop("dm", UNSET)

        comment = d.pop("comment", UNSET)

        _instance = cls(
            id=id,
            dm=dm,
            comment=comment,
        )

        _instance.additional_properties = d
        return _instance
