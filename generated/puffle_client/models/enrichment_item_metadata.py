from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentItemMetadata")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentItemMetadata(AdditionalProperties):
    """Snapshots and provider details of one item.

    Attributes:
        input_snapshot (Any | None):
        lead_snapshot (Any | None):
        result (Any | None):
        provider (Any | None):
        provider_submission_id (str | None):
    """

    input_snapshot: Any | None = None
    lead_snapshot: Any | None = None
    result: Any | None = None
    provider: Any | None = None
    provider_submission_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.input_snapshot is not None:
            field_dict["inputSnapshot"] = self.input_snapshot
        if self.lead_snapshot is not None:
            field_dict["leadSnapshot"] = self.lead_snapshot
        if self.result is not None:
            field_dict["result"] = self.result
        if self.provider is not None:
            field_dict["provider"] = self.provider
        field_dict["providerSubmissionId"] = self.provider_submission_id
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        input_snapshot = _get("inputSnapshot")
        lead_snapshot = _get("leadSnapshot")
        result = _get("result")
        provider = _get("provider")
        provider_submission_id = _get("providerSubmissionId")
        if _type(provider_submission_id) is not str and provider_submission_id is not None:
            provider_submission_id = _check_str(
                provider_submission_id, "EnrichmentItemMetadata", "providerSubmissionId"
            )
        _instance = cls(input_snapshot, lead_snapshot, result, provider, provider_submission_id)
        if not _ENRICHMENTITEMMETADATA_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTITEMMETADATA_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTITEMMETADATA_KEYS: frozenset[str] = frozenset(
    {"inputSnapshot", "leadSnapshot", "result", "provider", "providerSubmissionId"}
)
