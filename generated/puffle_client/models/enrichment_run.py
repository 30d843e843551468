from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.enrichment_error import EnrichmentError
    from ..models.enrichment_run_cost import EnrichmentRunCost
    from ..models.enrichment_run_enrichment import EnrichmentRunEnrichment
    from ..models.enrichment_run_output import EnrichmentRunOutput
    from ..models.enrichment_run_scope import EnrichmentRunScope
    from ..models.enrichment_run_timing import EnrichmentRunTiming
    from ..models.enrichment_run_trigger import EnrichmentRunTrigger


T = TypeVar("T", bound="EnrichmentRun")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentRun(AdditionalProperties):
    """Status ledger of one enrichment run.

    Attributes:
        id (str):
        status (str | None): `pending` → `running` → `completed` | `failed` | `cancelled` (the last three are terminal).
        mode (str | None): Run mode, presumably `persisted` or `preview`.
        enrichment (EnrichmentRunEnrichment | None):
        scope (EnrichmentRunScope | None):
        output (EnrichmentRunOutput | None):
        cost (EnrichmentRunCost | None):
        trigger (EnrichmentRunTrigger | None):
        error (EnrichmentError | None):
        timing (EnrichmentRunTiming | None):
    """

    id: str
    status: str | None = None
    mode: str | None = None
    enrichment: EnrichmentRunEnrichment | None = None
    scope: EnrichmentRunScope | None = None
    output: EnrichmentRunOutput | None = None
    cost: EnrichmentRunCost | None = None
    trigger: EnrichmentRunTrigger | None = None
    error: EnrichmentError | None = None
    timing: EnrichmentRunTiming | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["mode"] = self.mode
        field_dict["enrichment"] = None if self.enrichment is None else self.enrichment.to_dict()
        field_dict["scope"] = None if self.scope is None else self.scope.to_dict()
        field_dict["output"] = None if self.output is None else self.output.to_dict()
        field_dict["cost"] = None if self.cost is None else self.cost.to_dict()
        field_dict["trigger"] = None if self.trigger is None else self.trigger.to_dict()
        field_dict["error"] = None if self.error is None else self.error.to_dict()
        field_dict["timing"] = None if self.timing is None else self.timing.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "EnrichmentRun", "id")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "EnrichmentRun", "status")
        mode = _get("mode")
        if _type(mode) is not str and mode is not None:
            mode = _check_str(mode, "EnrichmentRun", "mode")
        enrichment = _get("enrichment")
        if enrichment is not None:
            if _type(enrichment) is not dict:
                enrichment = _check_object(enrichment, "EnrichmentRun", "enrichment")
            enrichment = _EnrichmentRunEnrichment_from_dict(enrichment)
        scope = _get("scope")
        if scope is not None:
            if _type(scope) is not dict:
                scope = _check_object(scope, "EnrichmentRun", "scope")
            scope = _EnrichmentRunScope_from_dict(scope)
        output = _get("output")
        if output is not None:
            if _type(output) is not dict:
                output = _check_object(output, "EnrichmentRun", "output")
            output = _EnrichmentRunOutput_from_dict(output)
        cost = _get("cost")
        if cost is not None:
            if _type(cost) is not dict:
                cost = _check_object(cost, "EnrichmentRun", "cost")
            cost = _EnrichmentRunCost_from_dict(cost)
        trigger = _get("trigger")
        if trigger is not None:
            if _type(trigger) is not dict:
                trigger = _check_object(trigger, "EnrichmentRun", "trigger")
            trigger = _EnrichmentRunTrigger_from_dict(trigger)
        error = _get("error")
        if error is not None:
            if _type(error) is not dict:
                error = _check_object(error, "EnrichmentRun", "error")
            error = _EnrichmentError_from_dict(error)
        timing = _get("timing")
        if timing is not None:
            if _type(timing) is not dict:
                timing = _check_object(timing, "EnrichmentRun", "timing")
            timing = _EnrichmentRunTiming_from_dict(timing)
        _instance = cls(id, status, mode, enrichment, scope, output, cost, trigger, error, timing)
        if not _ENRICHMENTRUN_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUN_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_error import EnrichmentError  # noqa: E402
from ..models.enrichment_run_cost import EnrichmentRunCost  # noqa: E402
from ..models.enrichment_run_enrichment import EnrichmentRunEnrichment  # noqa: E402
from ..models.enrichment_run_output import EnrichmentRunOutput  # noqa: E402
from ..models.enrichment_run_scope import EnrichmentRunScope  # noqa: E402
from ..models.enrichment_run_timing import EnrichmentRunTiming  # noqa: E402
from ..models.enrichment_run_trigger import EnrichmentRunTrigger  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUN_KEYS: frozenset[str] = frozenset(
    {"id", "status", "mode", "enrichment", "scope", "output", "cost", "trigger", "error", "timing"}
)
_EnrichmentError_from_dict = EnrichmentError._from_dict
_EnrichmentRunCost_from_dict = EnrichmentRunCost._from_dict
_EnrichmentRunEnrichment_from_dict = EnrichmentRunEnrichment._from_dict
_EnrichmentRunOutput_from_dict = EnrichmentRunOutput._from_dict
_EnrichmentRunScope_from_dict = EnrichmentRunScope._from_dict
_EnrichmentRunTiming_from_dict = EnrichmentRunTiming._from_dict
_EnrichmentRunTrigger_from_dict = EnrichmentRunTrigger._from_dict
