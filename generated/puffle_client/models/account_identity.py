from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AccountIdentity")


@_attrs_define
class AccountIdentity(AdditionalProperties):
    """Auth-owned identity of the user.

    Attributes:
        id (None | str | Unset):
        email (None | str | Unset):
        full_name (None | str | Unset):
    """

    id: str | Unset | None = UNSET
    email: str | Unset | None = UNSET
    full_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        full_name: str | Unset | None
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if full_name is not UNSET:
            field_dict["fullName"] = full_name

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast(None | str | Unset, d.pop("id", UNSET))

        email = cast(None | str | Unset, d.pop("email", UNSET))

        full_name = cast(None | str | Unset, d.pop("fullName", UNSET))

        _instance = cls(
            id=id,
            email=email,
            full_name=full_name,
        )

        _instance.additional_properties = d
        return _instance
