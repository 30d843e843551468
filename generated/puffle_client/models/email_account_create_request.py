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

T = TypeVar("T", bound="EmailAccountCreateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccountCreateRequest(AdditionalProperties):
    """A new inbox on a verified sending domain.

    Attributes:
        username (str): Local part of the address (before `@`). Lower-cased by the server; allowed characters are a–z,
            0–9, `.`, `-` and `_`.
        domain_id (str): Id of one of the caller's sending domains; its status must be `verified`.
        display_name (str | Unset): Sender name; derived from `first_name`/`last_name` when omitted.
        first_name (str | Unset):
        last_name (str | Unset):
    """

    username: str
    domain_id: str
    display_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["username"] = self.username
        field_dict["domain_id"] = self.domain_id
        if not isinstance(self.display_name, Unset):
            field_dict["display_name"] = self.display_name
        if not isinstance(self.first_name, Unset):
            field_dict["first_name"] = self.first_name
        if not isinstance(self.last_name, Unset):
            field_dict["last_name"] = self.last_name
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        username = src_dict["username"]
        if _type(username) is not str:
            username = _check_str(username, "EmailAccountCreateRequest", "username")
        domain_id = src_dict["domain_id"]
        if _type(domain_id) is not str:
            domain_id = _check_str(domain_id, "EmailAccountCreateRequest", "domain_id")
        display_name = _get("display_name", UNSET)
        if _type(display_name) is not str and display_name is not UNSET:
            display_name = _check_str(display_name, "EmailAccountCreateRequest", "display_name")
        first_name = _get("first_name", UNSET)
        if _type(first_name) is not str and first_name is not UNSET:
            first_name = _check_str(first_name, "EmailAccountCreateRequest", "first_name")
        last_name = _get("last_name", UNSET)
        if _type(last_name) is not str and last_name is not UNSET:
            last_name = _check_str(last_name, "EmailAccountCreateRequest", "last_name")
        _instance = cls(username, domain_id, display_name, first_name, last_name)
        if not _EMAILACCOUNTCREATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNTCREATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNTCREATEREQUEST_KEYS: frozenset[str] = frozenset(
    {"username", "domain_id", "display_name", "first_name", "last_name"}
)
