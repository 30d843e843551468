from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EmailAccountCreateRequest")


@_attrs_define
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
        username = self.username

        domain_id = self.domain_id

        display_name = self.display_name

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "domain_id": domain_id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        domain_id = d.pop("domain_id")

        display_name = d.pop("display_name", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _instance = cls(
            username=username,
            domain_id=domain_id,
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
        )

        _instance.additional_properties = d
        return _instance
