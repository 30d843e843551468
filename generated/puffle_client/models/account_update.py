from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AccountUpdate")


@_attrs_define
class AccountUpdate(AdditionalProperties):
    """Fields to change; send at least one. `email` and `password` cannot be combined in one request and
    require `canManageAuth`.

        Attributes:
            email (str | Unset): New login email; takes effect after the user confirms the verification email.
            password (str | Unset): New password (at least 8 characters).
            first_name (None | str | Unset):
            last_name (None | str | Unset):
    """

    email: str | Unset = UNSET
    password: str | Unset = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

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
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        first_name = cast(None | str | Unset, d.pop("firstName", UNSET))

        last_name = cast(None | str | Unset, d.pop("lastName", UNSET))

        _instance = cls(
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
        )

        _instance.additional_properties = d
        return _instance
