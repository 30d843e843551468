from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="AccountIdentity")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class AccountIdentity(AdditionalProperties):
    """Auth-owned identity of the user.

    Attributes:
        id (str | None):
        email (str | None):
        full_name (str | None):
    """

    id: str | None = None
    email: str | None = None
    full_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["email"] = self.email
        field_dict["fullName"] = self.full_name
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id")
        if _type(id) is not str and id is not None:
            id = _check_str(id, "AccountIdentity", "id")
        email = _get("email")
        if _type(email) is not str and email is not None:
            email = _check_str(email, "AccountIdentity", "email")
        full_name = _get("fullName")
        if _type(full_name) is not str and full_name is not None:
            full_name = _check_str(full_name, "AccountIdentity", "fullName")
        _instance = cls(id, email, full_name)
        if not _ACCOUNTIDENTITY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ACCOUNTIDENTITY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ACCOUNTIDENTITY_KEYS: frozenset[str] = frozenset({"id", "email", "fullName"})
