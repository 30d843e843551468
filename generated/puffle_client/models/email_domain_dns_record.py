from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EmailDomainDnsRecord")


@_attrs_define
class EmailDomainDnsRecord(AdditionalProperties):
    """A DNS record (DKIM, SPF or DMARC) the sending domain needs.

    Attributes:
        type_ (None | str | Unset): Record type (e.g. `CNAME`).
        name (None | str | Unset):
        value (None | str | Unset):
        priority (int | None | Unset):
    """

    type_: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    value: str | Unset | None = UNSET
    priority: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        value: str | Unset | None
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        priority: int | Unset | None
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        value = cast(None | str | Unset, d.pop("value", UNSET))

        priority = cast(int | None | Unset, d.pop("priority", UNSET))

        _instance = cls(
            type_=type_,
            name=name,
            value=value,
            priority=priority,
        )

        _instance.additional_properties = d
        return _instance
