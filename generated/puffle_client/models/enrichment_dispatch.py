from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentDispatch")


@_attrs_define
class EnrichmentDispatch(AdditionalProperties):
    """The queued (or reused) enrichment run.

    Attributes:
        enrichment_run_id (str): Id to poll with `GET /api/enrichment/{id}` and to page `/items`.
        run_id (None | str | Unset): Run id (its relation to `enrichmentRunId` is not documented).
        status (None | str | Unset): Run status — `pending`, `running`, `completed`, `failed` or `cancelled`.
        lead_count (int | None | Unset): Leads in the resolved scope; also the number of credit units charged.
        trigger_run_id (None | str | Unset): Id of the background task run.
        reused_existing_run (bool | None | Unset): True when the idempotency key matched an earlier run.
    """

    enrichment_run_id: str
    run_id: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    lead_count: int | Unset | None = UNSET
    trigger_run_id: str | Unset | None = UNSET
    reused_existing_run: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrichment_run_id = self.enrichment_run_id

        run_id: str | Unset | None
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        lead_count: int | Unset | None
        if isinstance(self.lead_count, Unset):
            lead_count = UNSET
        else:
            lead_count = self.lead_count

        trigger_run_id: str | Unset | None
        if isinstance(self.trigger_run_id, Unset):
            trigger_run_id = UNSET
        else:
            trigger_run_id = self.trigger_run_id

        reused_existing_run: bool | Unset | None
        if isinstance(self.reused_existing_run, Unset):
            reused_existing_run = UNSET
        else:
            reused_existing_run = self.reused_existing_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrichmentRunId": enrichment_run_id,
            }
        )
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if status is not UNSET:
            field_dict["status"] = status
        if lead_count is not UNSET:
            field_dict["leadCount"] = lead_count
        if trigger_run_id is not UNSET:
            field_dict["triggerRunId"] = trigger_run_id
        if reused_existing_run is not UNSET:
            field_dict["reusedExistingRun"] = reused_existing_run

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enrichment_run_id = d.pop("enrichmentRunId")

        run_id = cast(None | str | Unset, d.pop("runId", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        lead_count = cast(int | None | Unset, d.pop("leadCount", UNSET))

        trigger_run_id = cast(None | str | Unset, d.pop("triggerRunId", UNSET))

        reused_existing_run = cast(bool | None | Unset, d.pop("reusedExistingRun", UNSET))

        _instance = cls(
            enrichment_run_id=enrichment_run_id,
            run_id=run_id,
            status=status,
            lead_count=lead_count,
            trigger_run_id=trigger_run_id,
            reused_existing_run=reused_existing_run,
        )

        _instance.additional_properties = d
        return _instance
