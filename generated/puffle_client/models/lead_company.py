from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LeadCompany")


@_attrs_define
class LeadCompany(AdditionalProperties):
    """The company a person Lead works for (or the company itself).

    Attributes:
        name (None | str | Unset):
        id (None | str | Unset):
        domain (None | str | Unset):
    """

    name: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    domain: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        domain: str | Unset | None
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(None | str | Unset, d.pop("name", UNSET))

        id = cast(None | str | Unset, d.pop("id", UNSET))

        domain = cast(None | str | Unset, d.pop("domain", UNSET))

        _instance = cls(
            name=name,
            id=id,
            domain=domain,
        )

        _instance.additional_properties = d
        return _instance
