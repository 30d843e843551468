from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AccountProfile")


@_attrs_define
class AccountProfile(AdditionalProperties):
    """Puffle profile fields of the user (currently the name).

    Attributes:
        first_name (None | str | Unset):
        last_name (None | str | Unset):
    """

    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = cast(None | str | Unset, d.pop("firstName", UNSET))

        last_name = cast(None | str | Unset, d.pop("lastName", UNSET))

        _instance = cls(
            first_name=first_name,
            last_name=last_name,
        )

        _instance.additional_properties = d
        return _instance
