from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_skipped_lead import CampaignSkippedLead


T = TypeVar("T", bound="CampaignLaunchResult")


@_attrs_define
class CampaignLaunchResult(AdditionalProperties):
    """Acknowledgement that a launch was accepted and is running in the background.

    Attributes:
        success (bool | Unset):
        message (None | str | Unset):
        run_id (None | str | Unset): Id of the background launch run.
        prospects_to_process (int | None | Unset): Leads queued for sending.
        warning (None | str | Unset):
        skipped_prospects (list[CampaignSkippedLead] | None | Unset): Leads skipped at launch (apparently by de-
            duplication).
        skipped_count (int | None | Unset):
    """

    success: bool | Unset = UNSET
    message: str | Unset | None = UNSET
    run_id: str | Unset | None = UNSET
    prospects_to_process: int | Unset | None = UNSET
    warning: str | Unset | None = UNSET
    skipped_prospects: list[CampaignSkippedLead] | Unset | None = UNSET
    skipped_count: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        run_id: str | Unset | None
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        prospects_to_process: int | Unset | None
        if isinstance(self.prospects_to_process, Unset):
            prospects_to_process = UNSET
        else:
            prospects_to_process = self.prospects_to_process

        warning: str | Unset | None
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        skipped_prospects: list[dict[str, Any]] | Unset | None
        if isinstance(self.skipped_prospects, Unset):
            skipped_prospects = UNSET
        elif isinstance(self.skipped_prospects, list):
            skipped_prospects = []
            for skipped_prospects_type_0_item_data in self.skipped_prospects:
                skipped_prospects_type_0_item = skipped_prospects_type_0_item_data.to_dict()
                skipped_prospects.append(skipped_prospects_type_0_item)

        else:
            skipped_prospects = self.skipped_prospects

        skipped_count: int | Unset | None
        if isinstance(self.skipped_count, Unset):
            skipped_count = UNSET
        else:
            skipped_count = self.skipped_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if prospects_to_process is not UNSET:
            field_dict["prospectsToProcess"] = prospects_to_process
        if warning is not UNSET:
            field_dict["warning"] = warning
        if skipped_prospects is not UNSET:
            field_dict["skippedProspects"] = skipped_prospects
        if skipped_count is not UNSET:
            field_dict["skippedCount"] = skipped_count

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = cast(None | str | Unset, d.pop("message", UNSET))

        run_id = cast(None | str | Unset, d.pop("runId", UNSET))

        prospects_to_process = cast(int | None | Unset, d.pop("prospectsToProcess", UNSET))

        warning = cast(None | str | Unset, d.pop("warning", UNSET))

        def _parse_skipped_prospects(data: object) -> list[CampaignSkippedLead] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skipped_prospects_type_0 = []
                _skipped_prospects_type_0 = data
                for skipped_prospects_type_0_item_data in _skipped_prospects_type_0:
                    skipped_prospects_type_0_item = CampaignSkippedLead.from_dict(skipped_prospects_type_0_item_data)

                    skipped_prospects_type_0.append(skipped_prospects_type_0_item)

                return skipped_prospects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignSkippedLead] | None | Unset, data)

        skipped_prospects = _parse_skipped_prospects(d.pop("skippedProspects", UNSET))

        skipped_count = cast(int | None | Unset, d.pop("skippedCount", UNSET))

        _instance = cls(
            success=success,
            message=message,
            run_id=run_id,
            prospects_to_process=prospects_to_process,
            warning=warning,
            skipped_prospects=skipped_prospects,
            skipped_count=skipped_count,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_skipped_lead import CampaignSkippedLead  # noqa: E402
