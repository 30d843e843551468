from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_item_status import EnrichmentItemStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enrichment_error import EnrichmentError
    from ..models.enrichment_item_metadata import EnrichmentItemMetadata
    from ..models.enrichment_item_timing import EnrichmentItemTiming


T = TypeVar("T", bound="EnrichmentItem")


@_attrs_define
class EnrichmentItem(AdditionalProperties):
    """The outcome of one Lead in an enrichment run.

    Attributes:
        id (str):
        run_id (None | str | Unset):
        lead_id (None | str | Unset):
        list_id (None | str | Unset):
        membership_id (None | str | Unset):
        status (EnrichmentItemStatus | None | Unset): Item status (the values of the list's `status` filter).
        result (Any | Unset): The enriched value(s); shape follows the Enrichment's `outputSchema`.
        skipped_reason (None | str | Unset): Why the item was skipped, e.g. `run_cancelled`.
        error (EnrichmentError | None | Unset):
        attempts (int | None | Unset):
        metadata (EnrichmentItemMetadata | None | Unset):
        timing (EnrichmentItemTiming | None | Unset):
    """

    id: str
    run_id: str | Unset | None = UNSET
    lead_id: str | Unset | None = UNSET
    list_id: str | Unset | None = UNSET
    membership_id: str | Unset | None = UNSET
    status: EnrichmentItemStatus | Unset | None = UNSET
    result: Any | Unset = UNSET
    skipped_reason: str | Unset | None = UNSET
    error: EnrichmentError | Unset | None = UNSET
    attempts: int | Unset | None = UNSET
    metadata: EnrichmentItemMetadata | Unset | None = UNSET
    timing: EnrichmentItemTiming | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_id: str | Unset | None
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        lead_id: str | Unset | None
        if isinstance(self.lead_id, Unset):
            lead_id = UNSET
        else:
            lead_id = self.lead_id

        list_id: str | Unset | None
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        membership_id: str | Unset | None
        if isinstance(self.membership_id, Unset):
            membership_id = UNSET
        else:
            membership_id = self.membership_id

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EnrichmentItemStatus):
            status = self.status.value
        else:
            status = self.status

        result = self.result

        skipped_reason: str | Unset | None
        if isinstance(self.skipped_reason, Unset):
            skipped_reason = UNSET
        else:
            skipped_reason = self.skipped_reason

        error: dict[str, Any] | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EnrichmentError):
            error = self.error.to_dict()
        else:
            error = self.error

        attempts: int | Unset | None
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        metadata: dict[str, Any] | Unset | None
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, EnrichmentItemMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        timing: dict[str, Any] | Unset | None
        if isinstance(self.timing, Unset):
            timing = UNSET
        elif isinstance(self.timing, EnrichmentItemTiming):
            timing = self.timing.to_dict()
        else:
            timing = self.timing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if lead_id is not UNSET:
            field_dict["leadId"] = lead_id
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if membership_id is not UNSET:
            field_dict["membershipId"] = membership_id
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if skipped_reason is not UNSET:
            field_dict["skippedReason"] = skipped_reason
        if error is not UNSET:
            field_dict["error"] = error
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        run_id = cast(None | str | Unset, d.pop("runId", UNSET))

        lead_id = cast(None | str | Unset, d.pop("leadId", UNSET))

        list_id = cast(None | str | Unset, d.pop("listId", UNSET))

        membership_id = cast(None | str | Unset, d.pop("membershipId", UNSET))

        def _parse_status(data: object) -> EnrichmentItemStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EnrichmentItemStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentItemStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        result = d.pop("result", UNSET)

        skipped_reason = cast(None | str | Unset, d.pop("skippedReason", UNSET))

        def _parse_error(data: object) -> EnrichmentError | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = EnrichmentError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        attempts = cast(int | None | Unset, d.pop("attempts", UNSET))

        def _parse_metadata(data: object) -> EnrichmentItemMetadata | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = EnrichmentItemMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentItemMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_timing(data: object) -> EnrichmentItemTiming | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timing_type_0 = EnrichmentItemTiming.from_dict(data)

                return timing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentItemTiming | None | Unset, data)

        timing = _parse_timing(d.pop("timing", UNSET))

        _instance = cls(
            id=id,
            run_id=run_id,
            lead_id=lead_id,
            list_id=list_id,
            membership_id=membership_id,
            status=status,
            result=result,
            skipped_reason=skipped_reason,
            error=error,
            attempts=attempts,
            metadata=metadata,
            timing=timing,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_error import EnrichmentError  # noqa: E402
from ..models.enrichment_item_metadata import EnrichmentItemMetadata  # noqa: E402
from ..models.enrichment_item_timing import EnrichmentItemTiming  # noqa: E402
