from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentItemMetadata")


@_attrs_define
class EnrichmentItemMetadata(AdditionalProperties):
    """Snapshots and provider details of one item.

    Attributes:
        input_snapshot (Any | Unset):
        lead_snapshot (Any | Unset):
        result (Any | Unset):
        provider (Any | Unset):
        provider_submission_id (None | str | Unset):
    """

    input_snapshot: Any | Unset = UNSET
    lead_snapshot: Any | Unset = UNSET
    result: Any | Unset = UNSET
    provider: Any | Unset = UNSET
    provider_submission_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_snapshot = self.input_snapshot

        lead_snapshot = self.lead_snapshot

        result = self.result

        provider = self.provider

        provider_submission_id: str | Unset | None
        if isinstance(self.provider_submission_id, Unset):
            provider_submission_id = UNSET
        else:
            provider_submission_id = self.provider_submission_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_snapshot is not UNSET:
            field_dict["inputSnapshot"] = input_snapshot
        if lead_snapshot is not UNSET:
            field_dict["leadSnapshot"] = lead_snapshot
        if result is not UNSET:
            field_dict["result"] = result
        if provider is not UNSET:
            field_dict["provider"] = provider
        if provider_submission_id is not UNSET:
            field_dict["providerSubmissionId"] = provider_submission_id

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_snapshot = d.pop("inputSnapshot", UNSET)

        lead_snapshot = d.pop("leadSnapshot", UNSET)

        result = d.pop("result", UNSET)

        provider = d.pop("provider", UNSET)

        provider_submission_id = cast(None | str | Unset, d.pop("providerSubmissionId", UNSET))

        _instance = cls(
            input_snapshot=input_snapshot,
            lead_snapshot=lead_snapshot,
            result=result,
            provider=provider,
            provider_submission_id=provider_submission_id,
        )

        _instance.additional_properties = d
        return _instance
