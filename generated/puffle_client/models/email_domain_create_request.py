from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="EmailDomainCreateRequest")


@_attrs_define
class EmailDomainCreateRequest(AdditionalProperties):
    """A domain to register for sending.

    Attributes:
        domain (str): Apex domain or subdomain; lower-cased by the server.
    """

    domain: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        _instance = cls(
            domain=domain,
        )

        _instance.additional_properties = d
        return _instance
