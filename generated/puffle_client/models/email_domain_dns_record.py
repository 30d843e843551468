from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="EmailDomainDnsRecord")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailDomainDnsRecord(AdditionalProperties):
    """A DNS record (DKIM, SPF or DMARC) the sending domain needs.

    Attributes:
        type_ (str | None): Record type (e.g. `CNAME`).
        name (str | None):
        value (str | None):
        priority (int | None):
    """

    type_: str | None = None
    name: str | None = None
    value: str | None = None
    priority: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["name"] = self.name
        field_dict["value"] = self.value
        field_dict["priority"] = self.priority
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "EmailDomainDnsRecord", "type")
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "EmailDomainDnsRecord", "name")
        value = _get("value")
        if _type(value) is not str and value is not None:
            value = _check_str(value, "EmailDomainDnsRecord", "value")
        priority = _get("priority")
        if _type(priority) is not int and priority is not None:
            priority = _check_int(priority, "EmailDomainDnsRecord", "priority")
        _instance = cls(type_, name, value, priority)
        if not _EMAILDOMAINDNSRECORD_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILDOMAINDNSRECORD_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILDOMAINDNSRECORD_KEYS: frozenset[str] = frozenset({"type", "name", "value", "priority"})
