from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_item_status import EnrichmentItemStatus
from ..types import (
    AdditionalProperties,
    _check_int,
    _check_object,
    _check_str,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.enrichment_error import EnrichmentError
    from ..models.enrichment_item_metadata import EnrichmentItemMetadata
    from ..models.enrichment_item_timing import EnrichmentItemTiming


T = TypeVar("T", bound="EnrichmentItem")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentItem(AdditionalProperties):
    """The outcome of one Lead in an enrichment run.

    Attributes:
        id (str):
        run_id (str | None):
        lead_id (str | None):
        list_id (str | None):
        membership_id (str | None):
        status (EnrichmentItemStatus | None): Item status (the values of the list's `status` filter).
        result (Any | None): The enriched value(s); shape follows the Enrichment's `outputSchema`.
        skipped_reason (str | None): Why the item was skipped, e.g. `run_cancelled`.
        error (EnrichmentError | None):
        attempts (int | None):
        metadata (EnrichmentItemMetadata | None):
        timing (EnrichmentItemTiming | None):
    """

    id: str
    run_id: str | None = None
    lead_id: str | None = None
    list_id: str | None = None
    membership_id: str | None = None
    status: EnrichmentItemStatus | None = None
    result: Any | None = None
    skipped_reason: str | None = None
    error: EnrichmentError | None = None
    attempts: int | None = None
    metadata: EnrichmentItemMetadata | None = None
    timing: EnrichmentItemTiming | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["runId"] = self.run_id
        field_dict["leadId"] = self.lead_id
        field_dict["listId"] = self.list_id
        field_dict["membershipId"] = self.membership_id
        field_dict["status"] = None if self.status is None else self.status.value
        if self.result is not None:
            field_dict["result"] = self.result
        field_dict["skippedReason"] = self.skipped_reason
        field_dict["error"] = None if self.error is None else self.error.to_dict()
        field_dict["attempts"] = self.attempts
        field_dict["metadata"] = None if self.metadata is None else self.metadata.to_dict()
        field_dict["timing"] = None if self.timing is None else self.timing.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "EnrichmentItem", "id")
        run_id = _get("runId")
        if _type(run_id) is not str and run_id is not None:
            run_id = _check_str(run_id, "EnrichmentItem", "runId")
        lead_id = _get("leadId")
        if _type(lead_id) is not str and lead_id is not None:
            lead_id = _check_str(lead_id, "EnrichmentItem", "leadId")
        list_id = _get("listId")
        if _type(list_id) is not str and list_id is not None:
            list_id = _check_str(list_id, "EnrichmentItem", "listId")
        membership_id = _get("membershipId")
        if _type(membership_id) is not str and membership_id is not None:
            membership_id = _check_str(membership_id, "EnrichmentItem", "membershipId")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _ENRICHMENTITEMSTATUS_BY_VALUE:
                status = _ENRICHMENTITEMSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(EnrichmentItemStatus, status, "EnrichmentItem", "status")
        result = _get("result")
        skipped_reason = _get("skippedReason")
        if _type(skipped_reason) is not str and skipped_reason is not None:
            skipped_reason = _check_str(skipped_reason, "EnrichmentItem", "skippedReason")
        error = _get("error")
        if error is not None:
            if _type(error) is not dict:
                error = _check_object(error, "EnrichmentItem", "error")
            error = _EnrichmentError_from_dict(error)
        attempts = _get("attempts")
        if _type(attempts) is not int and attempts is not None:
            attempts = _check_int(attempts, "EnrichmentItem", "attempts")
        metadata = _get("metadata")
        if metadata is not None:
            if _type(metadata) is not dict:
                metadata = _check_object(metadata, "EnrichmentItem", "metadata")
            metadata = _EnrichmentItemMetadata_from_dict(metadata)
        timing = _get("timing")
        if timing is not None:
            if _type(timing) is not dict:
                timing = _check_object(timing, "EnrichmentItem", "timing")
            timing = _EnrichmentItemTiming_from_dict(timing)
        _instance = cls(
            id,
            run_id,
            lead_id,
            list_id,
            membership_id,
            status,
            result,
            skipped_reason,
            error,
            attempts,
            metadata,
            timing,
        )
        if not _ENRICHMENTITEM_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTITEM_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_error import EnrichmentError  # noqa: E402
from ..models.enrichment_item_metadata import EnrichmentItemMetadata  # noqa: E402
from ..models.enrichment_item_timing import EnrichmentItemTiming  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTITEM_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "runId",
        "leadId",
        "listId",
        "membershipId",
        "status",
        "result",
        "skippedReason",
        "error",
        "attempts",
        "metadata",
        "timing",
    }
)
_ENRICHMENTITEMSTATUS_BY_VALUE: dict[object, EnrichmentItemStatus] = cast(
    "dict[object, EnrichmentItemStatus]", EnrichmentItemStatus._value2member_map_
)
_EnrichmentError_from_dict = EnrichmentError._from_dict
_EnrichmentItemMetadata_from_dict = EnrichmentItemMetadata._from_dict
_EnrichmentItemTiming_from_dict = EnrichmentItemTiming._from_dict
