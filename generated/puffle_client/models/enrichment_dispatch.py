from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentDispatch")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentDispatch(AdditionalProperties):
    """The queued (or reused) enrichment run.

    Attributes:
        enrichment_run_id (str): Id to poll with `GET /api/enrichment/{id}` and to page `/items`.
        run_id (str | None): Run id (its relation to `enrichmentRunId` is not documented).
        status (str | None): Run status — `pending`, `running`, `completed`, `failed` or `cancelled`.
        lead_count (int | None): Leads in the resolved scope; also the number of credit units charged.
        trigger_run_id (str | None): Id of the background task run.
        reused_existing_run (bool | None): True when the idempotency key matched an earlier run.
    """

    enrichment_run_id: str
    run_id: str | None = None
    status: str | None = None
    lead_count: int | None = None
    trigger_run_id: str | None = None
    reused_existing_run: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["enrichmentRunId"] = self.enrichment_run_id
        field_dict["runId"] = self.run_id
        field_dict["status"] = self.status
        field_dict["leadCount"] = self.lead_count
        field_dict["triggerRunId"] = self.trigger_run_id
        field_dict["reusedExistingRun"] = self.reused_existing_run
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        enrichment_run_id = src_dict["enrichmentRunId"]
        if _type(enrichment_run_id) is not str:
            enrichment_run_id = _check_str(enrichment_run_id, "EnrichmentDispatch", "enrichmentRunId")
        run_id = _get("runId")
        if _type(run_id) is not str and run_id is not None:
            run_id = _check_str(run_id, "EnrichmentDispatch", "runId")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "EnrichmentDispatch", "status")
        lead_count = _get("leadCount")
        if _type(lead_count) is not int and lead_count is not None:
            lead_count = _check_int(lead_count, "EnrichmentDispatch", "leadCount")
        trigger_run_id = _get("triggerRunId")
        if _type(trigger_run_id) is not str and trigger_run_id is not None:
            trigger_run_id = _check_str(trigger_run_id, "EnrichmentDispatch", "triggerRunId")
        reused_existing_run = _get("reusedExistingRun")
        if _type(reused_existing_run) is not bool and reused_existing_run is not None:
            reused_existing_run = _check_bool(reused_existing_run, "EnrichmentDispatch", "reusedExistingRun")
        _instance = cls(enrichment_run_id, run_id, status, lead_count, trigger_run_id, reused_existing_run)
        if not _ENRICHMENTDISPATCH_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTDISPATCH_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTDISPATCH_KEYS: frozenset[str] = frozenset(
    {"enrichmentRunId", "runId", "status", "leadCount", "triggerRunId", "reusedExistingRun"}
)
