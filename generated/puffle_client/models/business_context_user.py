from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="BusinessContextUser")


@_attrs_define
class BusinessContextUser(AdditionalProperties):
    """Background of the workspace's user.

    Attributes:
        professional_background (None | str | Unset):
    """

    professional_background: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        professional_background: str | Unset | None
        if isinstance(self.professional_background, Unset):
            professional_background = UNSET
        else:
            professional_background = self.professional_background

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if professional_background is not UNSET:
            field_dict["professionalBackground"] = professional_background

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        professional_background = cast(None | str | Unset, d.pop("professionalBackground", UNSET))

        _instance = cls(
            professional_background=professional_background,
        )

        _instance.additional_properties = d
        return _instance
