from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_run_request_mode import EnrichmentRunRequestMode
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enrichment_display_request import EnrichmentDisplayRequest
    from ..models.enrichment_output_override import EnrichmentOutputOverride
    from ..models.enrichment_run_request_input import EnrichmentRunRequestInput
    from ..models.enrichment_scope import EnrichmentScope


T = TypeVar("T", bound="EnrichmentRunRequest")


@_attrs_define
class EnrichmentRunRequest(AdditionalProperties):
    """What to enrich, over which Leads, and how.

    Attributes:
        enrichment_id (str): Slug of the Enrichment to run (from `GET /api/enrichments`).
        scope (EnrichmentScope): The Leads to enrich. `explicit_leads` needs `leadIds` (optional `listId` for
            membership-scoped
            output); `list` needs `listId`; `filtered_list` needs `listId` and `filter` but is not yet supported.
        input_ (EnrichmentRunRequestInput): Inputs required by the Enrichment's `inputSchema`.
        mode (EnrichmentRunRequestMode | Unset): `persisted` runs, writes and charges; `preview` only plans the run, for
            free. Default: EnrichmentRunRequestMode.PERSISTED.
        output (EnrichmentOutputOverride | Unset): Overrides of where and how results are written.
        display_request (EnrichmentDisplayRequest | Unset): Display hint for the run (purpose not documented).
        idempotency_key (str | Unset): Retry key; a repeat with the same key returns the existing run without a second
            charge.
    """

    enrichment_id: str
    scope: EnrichmentScope
    input_: EnrichmentRunRequestInput
    mode: EnrichmentRunRequestMode | Unset = EnrichmentRunRequestMode.PERSISTED
    output: EnrichmentOutputOverride | Unset = UNSET
    display_request: EnrichmentDisplayRequest | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enrichment_id = self.enrichment_id

        scope = self.scope.to_dict()

        input_ = self.input_.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        display_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_request, Unset):
            display_request = self.display_request.to_dict()

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enrichmentId": enrichment_id,
                "scope": scope,
                "input": input_,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if output is not UNSET:
            field_dict["output"] = output
        if display_request is not UNSET:
            field_dict["displayRequest"] = display_request
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enrichment_id = d.pop("enrichmentId")

        scope = EnrichmentScope.from_dict(d.pop("scope"))

        input_ = EnrichmentRunRequestInput.from_dict(d.pop("input"))

        _mode = d.pop("mode", UNSET)
        mode: EnrichmentRunRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = EnrichmentRunRequestMode(_mode)

        _output = d.pop("output", UNSET)
        output: EnrichmentOutputOverride | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = EnrichmentOutputOverride.from_dict(_output)

        _display_request = d.pop("displayRequest", UNSET)
        display_request: EnrichmentDisplayRequest | Unset
        if isinstance(_display_request, Unset):
            display_request = UNSET
        else:
            display_request = EnrichmentDisplayRequest.from_dict(_display_request)

        idempotency_key = d.pop("idempotencyKey", UNSET)

        _instance = cls(
            enrichment_id=enrichment_id,
            scope=scope,
            input_=input_,
            mode=mode,
            output=output,
            display_request=display_request,
            idempotency_key=idempotency_key,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_display_request import EnrichmentDisplayRequest  # noqa: E402
from ..models.enrichment_output_override import EnrichmentOutputOverride  # noqa: E402
from ..models.enrichment_run_request_input import EnrichmentRunRequestInput  # noqa: E402
from ..models.enrichment_scope import EnrichmentScope  # noqa: E402
