from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="EmailAccountWarmupTransition")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccountWarmupTransition(AdditionalProperties):
    """New statuses written to an inbox during this call.

    Attributes:
        warmup_status (str | None):
        status (str | None):
    """

    warmup_status: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["warmup_status"] = self.warmup_status
        field_dict["status"] = self.status
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        warmup_status = _get("warmup_status")
        if _type(warmup_status) is not str and warmup_status is not None:
            warmup_status = _check_str(warmup_status, "EmailAccountWarmupTransition", "warmup_status")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "EmailAccountWarmupTransition", "status")
        _instance = cls(warmup_status, status)
        if not _EMAILACCOUNTWARMUPTRANSITION_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNTWARMUPTRANSITION_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNTWARMUPTRANSITION_KEYS: frozenset[str] = frozenset({"warmup_status", "status"})
