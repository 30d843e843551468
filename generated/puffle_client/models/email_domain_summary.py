from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="EmailDomainSummary")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailDomainSummary(AdditionalProperties):
    """Short form of a sending domain, joined onto inbox rows.

    Attributes:
        id (str):
        domain (str | None):
        status (str | None): Domain verification status (`pending`, `verifying`, `verified` or `failed`).
    """

    id: str
    domain: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["domain"] = self.domain
        field_dict["status"] = self.status
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "EmailDomainSummary", "id")
        domain = _get("domain")
        if _type(domain) is not str and domain is not None:
            domain = _check_str(domain, "EmailDomainSummary", "domain")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "EmailDomainSummary", "status")
        _instance = cls(id, domain, status)
        if not _EMAILDOMAINSUMMARY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILDOMAINSUMMARY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILDOMAINSUMMARY_KEYS: frozenset[str] = frozenset({"id", "domain", "status"})
