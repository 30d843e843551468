from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EmailDomainSummary")


@_attrs_define
class EmailDomainSummary(AdditionalProperties):
    """Short form of a sending domain, joined onto inbox rows.

    Attributes:
        id (str):
        domain (None | str | Unset):
        status (None | str | Unset): Domain verification status (`pending`, `verifying`, `verified` or `failed`).
    """

    id: str
    domain: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        domain: str | Unset | None
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        domain = cast(None | str | Unset, d.pop("domain", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        _instance = cls(
            id=id,
            domain=domain,
            status=status,
        )

        _instance.additional_properties = d
        return _instance
