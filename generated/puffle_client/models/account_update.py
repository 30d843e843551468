from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="AccountUpdate")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class AccountUpdate(AdditionalProperties):
    """Fields to change; send at least one. `email` and `password` cannot be combined in one request and
    require `canManageAuth`.

        Attributes:
            email (str | Unset): New login email; takes effect after the user confirms the verification email.
            password (str | Unset): New password (at least 8 characters).
            first_name (str | Unset | None):
            last_name (str | Unset | None):
    """

    email: str | Unset = UNSET
    password: str | Unset = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.email, Unset):
            field_dict["email"] = self.email
        if not isinstance(self.password, Unset):
            field_dict["password"] = self.password
        if not isinstance(self.first_name, Unset):
            field_dict["firstName"] = self.first_name
        if not isinstance(self.last_name, Unset):
            field_dict["lastName"] = self.last_name
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        email = _get("email", UNSET)
        if _type(email) is not str and email is not UNSET:
            email = _check_str(email, "AccountUpdate", "email")
        password = _get("password", UNSET)
        if _type(password) is not str and password is not UNSET:
            password = _check_str(password, "AccountUpdate", "password")
        first_name = _get("firstName", UNSET)
        if _type(first_name) is not str and first_name is not UNSET and first_name is not None:
            first_name = _check_str(first_name, "AccountUpdate", "firstName")
        last_name = _get("lastName", UNSET)
        if _type(last_name) is not str and last_name is not UNSET and last_name is not None:
            last_name = _check_str(last_name, "AccountUpdate", "lastName")
        _instance = cls(email, password, first_name, last_name)
        if not _ACCOUNTUPDATE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ACCOUNTUPDATE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ACCOUNTUPDATE_KEYS: frozenset[str] = frozenset({"email", "password", "firstName", "lastName"})
