from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_run_request_mode import EnrichmentRunRequestMode
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_object,
    _check_str,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.enrichment_display_request import EnrichmentDisplayRequest
    from ..models.enrichment_output_override import EnrichmentOutputOverride
    from ..models.enrichment_run_request_input import EnrichmentRunRequestInput
    from ..models.enrichment_scope import EnrichmentScope


T = TypeVar("T", bound="EnrichmentRunRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["enrichmentId"] = self.enrichment_id
        field_dict["scope"] = self.scope.to_dict()
        field_dict["input"] = self.input_.to_dict()
        if not isinstance(self.mode, Unset):
            field_dict["mode"] = self.mode.value
        if not isinstance(self.output, Unset):
            field_dict["output"] = self.output.to_dict()
        if not isinstance(self.display_request, Unset):
            field_dict["displayRequest"] = self.display_request.to_dict()
        if not isinstance(self.idempotency_key, Unset):
            field_dict["idempotencyKey"] = self.idempotency_key
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        enrichment_id = src_dict["enrichmentId"]
        if _type(enrichment_id) is not str:
            enrichment_id = _check_str(enrichment_id, "EnrichmentRunRequest", "enrichmentId")
        scope = src_dict["scope"]
        if _type(scope) is not dict:
            scope = _check_object(scope, "EnrichmentRunRequest", "scope")
        scope = _EnrichmentScope_from_dict(scope)
        input_ = src_dict["input"]
        if _type(input_) is not dict:
            input_ = _check_object(input_, "EnrichmentRunRequest", "input")
        input_ = _EnrichmentRunRequestInput_from_dict(input_)
        mode = _get("mode", UNSET)
        if mode is not UNSET:
            if _type(mode) is str and mode in _ENRICHMENTRUNREQUESTMODE_BY_VALUE:
                mode = _ENRICHMENTRUNREQUESTMODE_BY_VALUE[mode]
            else:
                mode = _parse_enum(EnrichmentRunRequestMode, mode, "EnrichmentRunRequest", "mode")
        output = _get("output", UNSET)
        if output is not UNSET:
            if _type(output) is not dict:
                output = _check_object(output, "EnrichmentRunRequest", "output")
            output = _EnrichmentOutputOverride_from_dict(output)
        display_request = _get("displayRequest", UNSET)
        if display_request is not UNSET:
            if _type(display_request) is not dict:
                display_request = _check_object(display_request, "EnrichmentRunRequest", "displayRequest")
            display_request = _EnrichmentDisplayRequest_from_dict(display_request)
        idempotency_key = _get("idempotencyKey", UNSET)
        if _type(idempotency_key) is not str and idempotency_key is not UNSET:
            idempotency_key = _check_str(idempotency_key, "EnrichmentRunRequest", "idempotencyKey")
        _instance = cls(enrichment_id, scope, input_, mode, output, display_request, idempotency_key)
        if not _ENRICHMENTRUNREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUNREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_display_request import EnrichmentDisplayRequest  # noqa: E402
from ..models.enrichment_output_override import EnrichmentOutputOverride  # noqa: E402
from ..models.enrichment_run_request_input import EnrichmentRunRequestInput  # noqa: E402
from ..models.enrichment_scope import EnrichmentScope  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUNREQUEST_KEYS: frozenset[str] = frozenset(
    {"enrichmentId", "scope", "input", "mode", "output", "displayRequest", "idempotencyKey"}
)
_ENRICHMENTRUNREQUESTMODE_BY_VALUE: dict[object, EnrichmentRunRequestMode] = cast(
    "dict[object, EnrichmentRunRequestMode]", EnrichmentRunRequestMode._value2member_map_
)
_EnrichmentDisplayRequest_from_dict = EnrichmentDisplayRequest._from_dict
_EnrichmentOutputOverride_from_dict = EnrichmentOutputOverride._from_dict
_EnrichmentRunRequestInput_from_dict = EnrichmentRunRequestInput._from_dict
_EnrichmentScope_from_dict = EnrichmentScope._from_dict
