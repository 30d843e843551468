from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.campaign_skipped_lead import CampaignSkippedLead


T = TypeVar("T", bound="CampaignLaunchResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignLaunchResult(AdditionalProperties):
    """Acknowledgement that a launch was accepted and is running in the background.

    Attributes:
        success (bool | None):
        message (str | None):
        run_id (str | None): Id of the background launch run.
        prospects_to_process (int | None): Leads queued for sending.
        warning (str | None):
        skipped_prospects (list[CampaignSkippedLead] | None): Leads skipped at launch (apparently by de-duplication).
        skipped_count (int | None):
    """

    success: bool | None = None
    message: str | None = None
    run_id: str | None = None
    prospects_to_process: int | None = None
    warning: str | None = None
    skipped_prospects: list[CampaignSkippedLead] | None = None
    skipped_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.success is not None:
            field_dict["success"] = self.success
        field_dict["message"] = self.message
        field_dict["runId"] = self.run_id
        field_dict["prospectsToProcess"] = self.prospects_to_process
        field_dict["warning"] = self.warning
        field_dict["skippedProspects"] = (
            None if self.skipped_prospects is None else [_i.to_dict() for _i in self.skipped_prospects]
        )
        field_dict["skippedCount"] = self.skipped_count
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        success = _get("success")
        if _type(success) is not bool and success is not None:
            success = _check_bool(success, "CampaignLaunchResult", "success")
        message = _get("message")
        if _type(message) is not str and message is not None:
            message = _check_str(message, "CampaignLaunchResult", "message")
        run_id = _get("runId")
        if _type(run_id) is not str and run_id is not None:
            run_id = _check_str(run_id, "CampaignLaunchResult", "runId")
        prospects_to_process = _get("prospectsToProcess")
        if _type(prospects_to_process) is not int and prospects_to_process is not None:
            prospects_to_process = _check_int(prospects_to_process, "CampaignLaunchResult", "prospectsToProcess")
        warning = _get("warning")
        if _type(warning) is not str and warning is not None:
            warning = _check_str(warning, "CampaignLaunchResult", "warning")
        skipped_prospects = _get("skippedProspects")
        if skipped_prospects is not None:
            if _type(skipped_prospects) is not list:
                skipped_prospects = _check_list(skipped_prospects, "CampaignLaunchResult", "skippedProspects")
            skipped_prospects = [
                _CampaignSkippedLead_from_dict(_i)
                if _type(_i) is dict
                else _CampaignSkippedLead_from_dict(_check_object(_i, "CampaignLaunchResult", "skippedProspects"))
                for _i in skipped_prospects
            ]
        skipped_count = _get("skippedCount")
        if _type(skipped_count) is not int and skipped_count is not None:
            skipped_count = _check_int(skipped_count, "CampaignLaunchResult", "skippedCount")
        _instance = cls(success, message, run_id, prospects_to_process, warning, skipped_prospects, skipped_count)
        if not _CAMPAIGNLAUNCHRESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLAUNCHRESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_skipped_lead import CampaignSkippedLead  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLAUNCHRESULT_KEYS: frozenset[str] = frozenset(
    {"success", "message", "runId", "prospectsToProcess", "warning", "skippedProspects", "skippedCount"}
)
_CampaignSkippedLead_from_dict = CampaignSkippedLead._from_dict
