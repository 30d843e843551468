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

T = TypeVar("T", bound="LeadCompany")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class LeadCompany(AdditionalProperties):
    """The company a person Lead works for (or the company itself).

    Attributes:
        name (str | Unset | None):
        id (str | Unset | None):
        domain (str | Unset | None):
    """

    name: str | Unset | None = UNSET
    id: str | Unset | None = UNSET
    domain: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.domain, Unset):
            field_dict["domain"] = self.domain
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)
        if _type(name) is not str and name is not UNSET and name is not None:
            name = _check_str(name, "LeadCompany", "name")
        id = _get("id", UNSET)
        if _type(id) is not str and id is not UNSET and id is not None:
            id = _check_str(id, "LeadCompany", "id")
        domain = _get("domain", UNSET)
        if _type(domain) is not str and domain is not UNSET and domain is not None:
            domain = _check_str(domain, "LeadCompany", "domain")
        _instance = cls(name, id, domain)
        if not _LEADCOMPANY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADCOMPANY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADCOMPANY_KEYS: frozenset[str] = frozenset({"name", "id", "domain"})
