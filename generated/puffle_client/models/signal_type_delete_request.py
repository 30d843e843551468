from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SignalTypeDeleteRequest")


@_attrs_define
class SignalTypeDeleteRequest(AdditionalProperties):
    """Ids of the custom signal types to delete.

    Attributes:
        ids (list[str]):
    """

    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        _instance = cls(
            ids=ids,
        )

        _instance.additional_properties = d
        return _instance
