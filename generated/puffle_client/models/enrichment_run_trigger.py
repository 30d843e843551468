from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentRunTrigger")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentRunTrigger(AdditionalProperties):
    """Background-task bookkeeping of a run.

    Attributes:
        correlation_id (str | None):
        trigger_run_id (str | None):
        dispatch_metadata (Any | None): Untyped dispatch details.
    """

    correlation_id: str | None = None
    trigger_run_id: str | None = None
    dispatch_metadata: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["correlationId"] = self.correlation_id
        field_dict["triggerRunId"] = self.trigger_run_id
        if self.dispatch_metadata is not None:
            field_dict["dispatchMetadata"] = self.dispatch_metadata
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        correlation_id = _get("correlationId")
        if _type(correlation_id) is not str and correlation_id is not None:
            correlation_id = _check_str(correlation_id, "EnrichmentRunTrigger", "correlationId")
        trigger_run_id = _get("triggerRunId")
        if _type(trigger_run_id) is not str and trigger_run_id is not None:
            trigger_run_id = _check_str(trigger_run_id, "EnrichmentRunTrigger", "triggerRunId")
        dispatch_metadata = _get("dispatchMetadata")
        _instance = cls(correlation_id, trigger_run_id, dispatch_metadata)
        if not _ENRICHMENTRUNTRIGGER_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUNTRIGGER_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUNTRIGGER_KEYS: frozenset[str] = frozenset({"correlationId", "triggerRunId", "dispatchMetadata"})
