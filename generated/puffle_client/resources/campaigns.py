"""``client.campaigns``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, enum_arg, json_body, params_of, send
from puffle._pages import AsyncPage, SyncPage
from puffle._tasks import AsyncTask, Task

from ..api.campaigns import add_campaign_leads as _add_campaign_leads
from ..api.campaigns import add_sequence_node as _add_sequence_node
from ..api.campaigns import create_draft_campaign as _create_draft_campaign
from ..api.campaigns import delete_sequence_node as _delete_sequence_node
from ..api.campaigns import generate_campaign_messages as _generate_campaign_messages
from ..api.campaigns import get_campaign as _get_campaign
from ..api.campaigns import get_campaign_settings as _get_campaign_settings
from ..api.campaigns import import_campaign_leads_from_list as _import_campaign_leads_from_list
from ..api.campaigns import launch_campaign as _launch_campaign
from ..api.campaigns import list_campaign_generated_messages as _list_campaign_generated_messages
from ..api.campaigns import list_campaign_leads as _list_campaign_leads
from ..api.campaigns import list_campaign_senders as _list_campaign_senders
from ..api.campaigns import list_campaigns as _list_campaigns
from ..api.campaigns import move_sequence_node as _move_sequence_node
from ..api.campaigns import pause_campaign as _pause_campaign
from ..api.campaigns import remove_campaign_leads as _remove_campaign_leads
from ..api.campaigns import resume_campaign as _resume_campaign
from ..api.campaigns import update_campaign as _update_campaign
from ..api.campaigns import update_campaign_generated_message as _update_campaign_generated_message
from ..api.campaigns import update_campaign_lead as _update_campaign_lead
from ..api.campaigns import update_sequence_node as _update_sequence_node
from ..models.campaign_account_limit import CampaignAccountLimit
from ..models.campaign_ai_node import CampaignAiNode
from ..models.campaign_channel import CampaignChannel
from ..models.campaign_detail import CampaignDetail
from ..models.campaign_generate_messages_request_action import CampaignGenerateMessagesRequestAction
from ..models.campaign_generate_messages_result import CampaignGenerateMessagesResult
from ..models.campaign_generated_message_list_response import CampaignGeneratedMessageListResponse
from ..models.campaign_generated_message_response import CampaignGeneratedMessageResponse
from ..models.campaign_launch_result import CampaignLaunchResult
from ..models.campaign_lead import CampaignLead
from ..models.campaign_lead_input import CampaignLeadInput
from ..models.campaign_lead_list_response import CampaignLeadListResponse
from ..models.campaign_lead_response import CampaignLeadResponse
from ..models.campaign_lead_status import CampaignLeadStatus
from ..models.campaign_lead_updates import CampaignLeadUpdates
from ..models.campaign_leads_add_result import CampaignLeadsAddResult
from ..models.campaign_leads_remove_result import CampaignLeadsRemoveResult
from ..models.campaign_list_import_filter import CampaignListImportFilter
from ..models.campaign_list_import_result import CampaignListImportResult
from ..models.campaign_list_response import CampaignListResponse
from ..models.campaign_node_type import CampaignNodeType
from ..models.campaign_operating_hours import CampaignOperatingHours
from ..models.campaign_response import CampaignResponse
from ..models.campaign_senders_response import CampaignSendersResponse
from ..models.campaign_sequence_node_input import CampaignSequenceNodeInput
from ..models.campaign_sequence_node_response import CampaignSequenceNodeResponse
from ..models.campaign_sequence_result import CampaignSequenceResult
from ..models.campaign_settings import CampaignSettings
from ..models.list_campaign_generated_messages_status import ListCampaignGeneratedMessagesStatus
from ..types import UNSET, Unset
from ._params import (
    CampaignAccountLimitDict,
    CampaignAiNodeDict,
    CampaignLeadInputDict,
    CampaignLeadUpdatesDict,
    CampaignListImportFilterDict,
    CampaignOperatingHoursDict,
    CampaignSequenceNodeInputDict,
)

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncCampaignsLeadsRawResource",
    "AsyncCampaignsLeadsResource",
    "AsyncCampaignsMessagesRawResource",
    "AsyncCampaignsMessagesResource",
    "AsyncCampaignsRawResource",
    "AsyncCampaignsResource",
    "AsyncCampaignsSendersRawResource",
    "AsyncCampaignsSendersResource",
    "AsyncCampaignsSequenceNodesRawResource",
    "AsyncCampaignsSequenceNodesResource",
    "AsyncCampaignsSettingsRawResource",
    "AsyncCampaignsSettingsResource",
    "CampaignsLeadsRawResource",
    "CampaignsLeadsResource",
    "CampaignsMessagesRawResource",
    "CampaignsMessagesResource",
    "CampaignsRawResource",
    "CampaignsResource",
    "CampaignsSendersRawResource",
    "CampaignsSendersResource",
    "CampaignsSequenceNodesRawResource",
    "CampaignsSequenceNodesResource",
    "CampaignsSettingsRawResource",
    "CampaignsSettingsResource",
]

_ = (builtins, Literal, Any)


class CampaignsResource:
    """``client.campaigns``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsResource of {self._client!r}>"

    @property
    def leads(self) -> CampaignsLeadsResource:
        found: CampaignsLeadsResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = CampaignsLeadsResource(self._client)
        return found

    @property
    def messages(self) -> CampaignsMessagesResource:
        found: CampaignsMessagesResource | None = self.__dict__.get("_r_messages")
        if found is None:
            found = self.__dict__["_r_messages"] = CampaignsMessagesResource(self._client)
        return found

    @property
    def senders(self) -> CampaignsSendersResource:
        found: CampaignsSendersResource | None = self.__dict__.get("_r_senders")
        if found is None:
            found = self.__dict__["_r_senders"] = CampaignsSendersResource(self._client)
        return found

    @property
    def sequence_nodes(self) -> CampaignsSequenceNodesResource:
        found: CampaignsSequenceNodesResource | None = self.__dict__.get("_r_sequence_nodes")
        if found is None:
            found = self.__dict__["_r_sequence_nodes"] = CampaignsSequenceNodesResource(self._client)
        return found

    @property
    def settings(self) -> CampaignsSettingsResource:
        found: CampaignsSettingsResource | None = self.__dict__.get("_r_settings")
        if found is None:
            found = self.__dict__["_r_settings"] = CampaignsSettingsResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        type_: CampaignChannel | Literal["linkedin", "email"],
        name: str,
        sender_account_ids: builtins.list[str],
        skip_other_campaigns: bool | Unset = UNSET,
        operating_hours: CampaignOperatingHours | CampaignOperatingHoursDict | Unset = UNSET,
        daily_limit: int | Unset = UNSET,
        stop_on_reply: bool | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        signature: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignResponse:
        """Create a draft campaign.

        Operation ``createDraftCampaign`` (low level: ``puffle_client.api.campaigns.create_draft_campaign``).
        """
        _kwargs = _create_draft_campaign._get_kwargs(
            body=json_body(
                {
                    "type": type_,
                    "name": name,
                    "sender_account_ids": sender_account_ids,
                    "skip_other_campaigns": skip_other_campaigns,
                    "operating_hours": operating_hours,
                    "daily_limit": daily_limit,
                    "stop_on_reply": stop_on_reply,
                    "open_tracking": open_tracking,
                    "signature": signature,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_draft_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def launch(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Task[CampaignLaunchResult, CampaignDetail]:
        """Launch a campaign.

                Operation ``launchCampaign`` (low level: ``puffle_client.api.campaigns.launch_campaign``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _launch_campaign._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _launch_campaign._build_response(client=self._client, response=_response).parsed
        return Task(
            self._client,
            _launch_campaign,
            _parsed,
            {
                "id": id,
            },
        )

    @checked
    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignListResponse:
        """List campaigns.

        Operation ``listCampaigns`` (low level: ``puffle_client.api.campaigns.list_campaigns``).
        """
        _kwargs = _list_campaigns._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaigns._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def pause(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignResponse:
        """Pause a campaign.

        Operation ``pauseCampaign`` (low level: ``puffle_client.api.campaigns.pause_campaign``).
        """
        _kwargs = _pause_campaign._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _pause_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def resume(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignResponse:
        """Resume a campaign.

        Operation ``resumeCampaign`` (low level: ``puffle_client.api.campaigns.resume_campaign``).
        """
        _kwargs = _resume_campaign._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _resume_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignDetail:
        """Get a campaign.

        Operation ``getCampaign`` (low level: ``puffle_client.api.campaigns.get_campaign``).
        """
        _kwargs = _get_campaign._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        operating_hours: CampaignOperatingHours | CampaignOperatingHoursDict | Unset = UNSET,
        daily_limit: int | Unset = UNSET,
        skip_other_campaigns: bool | Unset = UNSET,
        stop_on_reply: bool | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        signature: str | Unset = UNSET,
        sender_account_ids: builtins.list[str] | Unset = UNSET,
        sequence_nodes: builtins.list[CampaignSequenceNodeInput | CampaignSequenceNodeInputDict] | Unset = UNSET,
        account_limits: builtins.list[CampaignAccountLimit | CampaignAccountLimitDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignResponse:
        """Update a campaign.

        Operation ``updateCampaign`` (low level: ``puffle_client.api.campaigns.update_campaign``).
        """
        _kwargs = _update_campaign._get_kwargs(
            id,
            body=json_body(
                {
                    "name": name,
                    "operating_hours": operating_hours,
                    "daily_limit": daily_limit,
                    "skip_other_campaigns": skip_other_campaigns,
                    "stop_on_reply": stop_on_reply,
                    "open_tracking": open_tracking,
                    "signature": signature,
                    "sender_account_ids": sender_account_ids,
                    "sequence_nodes": sequence_nodes,
                    "account_limits": account_limits,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed


class CampaignsLeadsResource:
    """``client.campaigns.leads``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsLeadsResource of {self._client!r}>"

    @checked
    def add(
        self,
        id: str,
        *,
        prospects: builtins.list[CampaignLeadInput | CampaignLeadInputDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignLeadsAddResult:
        """Add leads to a campaign.

        Operation ``addCampaignLeads`` (low level: ``puffle_client.api.campaigns.add_campaign_leads``).
        """
        _kwargs = _add_campaign_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "prospects": prospects,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_campaign_leads._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def import_from_list(
        self,
        id: str,
        *,
        list_id: str,
        filter_: CampaignListImportFilter | CampaignListImportFilterDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignListImportResult:
        """Import leads from a list.

        Operation ``importCampaignLeadsFromList`` (low level: ``puffle_client.api.campaigns.import_campaign_leads_from_list``).
        """
        _kwargs = _import_campaign_leads_from_list._get_kwargs(
            id,
            body=json_body(
                {
                    "listId": list_id,
                    "filter": filter_,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _import_campaign_leads_from_list._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 100,
        status: CampaignLeadStatus
        | Literal[
            "pending",
            "sent",
            "connection_sent",
            "connected",
            "message_sent",
            "replied",
            "bounced",
            "completed",
            "timed_out",
            "cancelled",
        ]
        | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[CampaignLead, CampaignLeadListResponse]:
        """List a campaign's leads.

                Operation ``listCampaignLeads`` (low level: ``puffle_client.api.campaigns.list_campaign_leads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_campaign_leads,
            params_of(
                {
                    "id": id,
                    "page": page,
                    "limit": limit,
                    "status": enum_arg(CampaignLeadStatus, status),
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @checked
    def remove(
        self,
        id: str,
        *,
        prospect_ids: builtins.list[str] | Unset = UNSET,
        all_: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignLeadsRemoveResult:
        """Remove leads from a campaign.

        Operation ``removeCampaignLeads`` (low level: ``puffle_client.api.campaigns.remove_campaign_leads``).
        """
        _kwargs = _remove_campaign_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "prospect_ids": prospect_ids,
                    "all": all_,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _remove_campaign_leads._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        id: str,
        *,
        prospect_id: str,
        updates: CampaignLeadUpdates | CampaignLeadUpdatesDict,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignLeadResponse:
        """Update a lead in a campaign.

        Operation ``updateCampaignLead`` (low level: ``puffle_client.api.campaigns.update_campaign_lead``).
        """
        _kwargs = _update_campaign_lead._get_kwargs(
            id,
            body=json_body(
                {
                    "prospect_id": prospect_id,
                    "updates": updates,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign_lead._build_response(client=self._client, response=_response).parsed
        return _parsed


class CampaignsMessagesResource:
    """``client.campaigns.messages``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsMessagesResource of {self._client!r}>"

    @checked
    def generate(
        self,
        id: str,
        *,
        action: CampaignGenerateMessagesRequestAction | Literal["resolve", "generate_ai"],
        node_id: str | Unset = UNSET,
        prospect_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignGenerateMessagesResult:
        """Generate campaign messages.

        Operation ``generateCampaignMessages`` (low level: ``puffle_client.api.campaigns.generate_campaign_messages``).
        """
        _kwargs = _generate_campaign_messages._get_kwargs(
            id,
            body=json_body(
                {
                    "action": action,
                    "node_id": node_id,
                    "prospect_ids": prospect_ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_campaign_messages._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        id: str,
        *,
        status: ListCampaignGeneratedMessagesStatus
        | Literal["draft", "pending", "sent", "all"]
        | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
        prospect_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignGeneratedMessageListResponse:
        """List generated messages.

        Operation ``listCampaignGeneratedMessages`` (low level: ``puffle_client.api.campaigns.list_campaign_generated_messages``).
        """
        _kwargs = _list_campaign_generated_messages._get_kwargs(
            id,
            status=enum_arg(ListCampaignGeneratedMessagesStatus, status),
            prospect_id=prospect_id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_generated_messages._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        id: str,
        *,
        message_id: str,
        subject: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignGeneratedMessageResponse:
        """Edit a generated message.

        Operation ``updateCampaignGeneratedMessage`` (low level: ``puffle_client.api.campaigns.update_campaign_generated_message``).
        """
        _kwargs = _update_campaign_generated_message._get_kwargs(
            id,
            body=json_body(
                {
                    "message_id": message_id,
                    "subject": subject,
                    "body_text": body_text,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign_generated_message._build_response(client=self._client, response=_response).parsed
        return _parsed


class CampaignsSendersResource:
    """``client.campaigns.senders``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsSendersResource of {self._client!r}>"

    @checked
    def list(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSendersResponse:
        """List a campaign's senders.

        Operation ``listCampaignSenders`` (low level: ``puffle_client.api.campaigns.list_campaign_senders``).
        """
        _kwargs = _list_campaign_senders._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_senders._build_response(client=self._client, response=_response).parsed
        return _parsed


class CampaignsSequenceNodesResource:
    """``client.campaigns.sequence_nodes``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsSequenceNodesResource of {self._client!r}>"

    @checked
    def add(
        self,
        id: str,
        *,
        type_: CampaignNodeType | Literal["connection_request", "message", "email", "delay", "ai", "end"],
        position: int | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        include_message: bool | Unset = UNSET,
        is_reply: bool | Unset = UNSET,
        delay_days: int | Unset = UNSET,
        delay_hours: int | Unset = UNSET,
        delay_minutes: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSequenceResult:
        """Add a sequence node.

        Operation ``addSequenceNode`` (low level: ``puffle_client.api.campaigns.add_sequence_node``).
        """
        _kwargs = _add_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "type": type_,
                    "position": position,
                    "subject": subject,
                    "body": body,
                    "signature": signature,
                    "include_message": include_message,
                    "is_reply": is_reply,
                    "delay_days": delay_days,
                    "delay_hours": delay_hours,
                    "delay_minutes": delay_minutes,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_sequence_node._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def delete(
        self,
        id: str,
        *,
        node_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSequenceResult:
        """Delete a sequence node.

        Operation ``deleteSequenceNode`` (low level: ``puffle_client.api.campaigns.delete_sequence_node``).
        """
        _kwargs = _delete_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "nodeId": node_id,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_sequence_node._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def move(
        self,
        id: str,
        *,
        node_id: str,
        to_position: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSequenceResult:
        """Move a sequence node.

        Operation ``moveSequenceNode`` (low level: ``puffle_client.api.campaigns.move_sequence_node``).
        """
        _kwargs = _move_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "nodeId": node_id,
                    "toPosition": to_position,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _move_sequence_node._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        id: str,
        node_id: str,
        *,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        cc: str | Unset = UNSET,
        bcc: str | Unset = UNSET,
        attachments: builtins.list[Any] | Unset = UNSET,
        include_message: bool | Unset = UNSET,
        is_reply: bool | Unset = UNSET,
        delay_days: int | Unset = UNSET,
        delay_hours: int | Unset = UNSET,
        delay_minutes: int | Unset = UNSET,
        ai_node: CampaignAiNode | CampaignAiNodeDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSequenceNodeResponse:
        """Update a sequence node.

        Operation ``updateSequenceNode`` (low level: ``puffle_client.api.campaigns.update_sequence_node``).
        """
        _kwargs = _update_sequence_node._get_kwargs(
            id,
            node_id,
            body=json_body(
                {
                    "subject": subject,
                    "body": body,
                    "body_html": body_html,
                    "signature": signature,
                    "from_name": from_name,
                    "reply_to": reply_to,
                    "cc": cc,
                    "bcc": bcc,
                    "attachments": attachments,
                    "include_message": include_message,
                    "is_reply": is_reply,
                    "delay_days": delay_days,
                    "delay_hours": delay_hours,
                    "delay_minutes": delay_minutes,
                    "ai_node": ai_node,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_sequence_node._build_response(client=self._client, response=_response).parsed
        return _parsed


class CampaignsSettingsResource:
    """``client.campaigns.settings``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsSettingsResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSettings:
        """Get campaign sender settings.

        Operation ``getCampaignSettings`` (low level: ``puffle_client.api.campaigns.get_campaign_settings``).
        """
        _kwargs = _get_campaign_settings._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_campaign_settings._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncCampaignsResource:
    """``client.campaigns``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsResource of {self._client!r}>"

    @property
    def leads(self) -> AsyncCampaignsLeadsResource:
        found: AsyncCampaignsLeadsResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = AsyncCampaignsLeadsResource(self._client)
        return found

    @property
    def messages(self) -> AsyncCampaignsMessagesResource:
        found: AsyncCampaignsMessagesResource | None = self.__dict__.get("_r_messages")
        if found is None:
            found = self.__dict__["_r_messages"] = AsyncCampaignsMessagesResource(self._client)
        return found

    @property
    def senders(self) -> AsyncCampaignsSendersResource:
        found: AsyncCampaignsSendersResource | None = self.__dict__.get("_r_senders")
        if found is None:
            found = self.__dict__["_r_senders"] = AsyncCampaignsSendersResource(self._client)
        return found

    @property
    def sequence_nodes(self) -> AsyncCampaignsSequenceNodesResource:
        found: AsyncCampaignsSequenceNodesResource | None = self.__dict__.get("_r_sequence_nodes")
        if found is None:
            found = self.__dict__["_r_sequence_nodes"] = AsyncCampaignsSequenceNodesResource(self._client)
        return found

    @property
    def settings(self) -> AsyncCampaignsSettingsResource:
        found: AsyncCampaignsSettingsResource | None = self.__dict__.get("_r_settings")
        if found is None:
            found = self.__dict__["_r_settings"] = AsyncCampaignsSettingsResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        type_: CampaignChannel | Literal["linkedin", "email"],
        name: str,
        sender_account_ids: builtins.list[str],
        skip_other_campaigns: bool | Unset = UNSET,
        operating_hours: CampaignOperatingHours | CampaignOperatingHoursDict | Unset = UNSET,
        daily_limit: int | Unset = UNSET,
        stop_on_reply: bool | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        signature: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignResponse:
        """Create a draft campaign.

        Operation ``createDraftCampaign`` (low level: ``puffle_client.api.campaigns.create_draft_campaign``).
        """
        _kwargs = _create_draft_campaign._get_kwargs(
            body=json_body(
                {
                    "type": type_,
                    "name": name,
                    "sender_account_ids": sender_account_ids,
                    "skip_other_campaigns": skip_other_campaigns,
                    "operating_hours": operating_hours,
                    "daily_limit": daily_limit,
                    "stop_on_reply": stop_on_reply,
                    "open_tracking": open_tracking,
                    "signature": signature,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_draft_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def launch(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncTask[CampaignLaunchResult, CampaignDetail]:
        """Launch a campaign.

                Operation ``launchCampaign`` (low level: ``puffle_client.api.campaigns.launch_campaign``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _launch_campaign._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _launch_campaign._build_response(client=self._client, response=_response).parsed
        return AsyncTask(
            self._client,
            _launch_campaign,
            _parsed,
            {
                "id": id,
            },
        )

    @checked
    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignListResponse:
        """List campaigns.

        Operation ``listCampaigns`` (low level: ``puffle_client.api.campaigns.list_campaigns``).
        """
        _kwargs = _list_campaigns._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaigns._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def pause(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignResponse:
        """Pause a campaign.

        Operation ``pauseCampaign`` (low level: ``puffle_client.api.campaigns.pause_campaign``).
        """
        _kwargs = _pause_campaign._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _pause_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def resume(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignResponse:
        """Resume a campaign.

        Operation ``resumeCampaign`` (low level: ``puffle_client.api.campaigns.resume_campaign``).
        """
        _kwargs = _resume_campaign._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _resume_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignDetail:
        """Get a campaign.

        Operation ``getCampaign`` (low level: ``puffle_client.api.campaigns.get_campaign``).
        """
        _kwargs = _get_campaign._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        operating_hours: CampaignOperatingHours | CampaignOperatingHoursDict | Unset = UNSET,
        daily_limit: int | Unset = UNSET,
        skip_other_campaigns: bool | Unset = UNSET,
        stop_on_reply: bool | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        signature: str | Unset = UNSET,
        sender_account_ids: builtins.list[str] | Unset = UNSET,
        sequence_nodes: builtins.list[CampaignSequenceNodeInput | CampaignSequenceNodeInputDict] | Unset = UNSET,
        account_limits: builtins.list[CampaignAccountLimit | CampaignAccountLimitDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignResponse:
        """Update a campaign.

        Operation ``updateCampaign`` (low level: ``puffle_client.api.campaigns.update_campaign``).
        """
        _kwargs = _update_campaign._get_kwargs(
            id,
            body=json_body(
                {
                    "name": name,
                    "operating_hours": operating_hours,
                    "daily_limit": daily_limit,
                    "skip_other_campaigns": skip_other_campaigns,
                    "stop_on_reply": stop_on_reply,
                    "open_tracking": open_tracking,
                    "signature": signature,
                    "sender_account_ids": sender_account_ids,
                    "sequence_nodes": sequence_nodes,
                    "account_limits": account_limits,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncCampaignsLeadsResource:
    """``client.campaigns.leads``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsLeadsResource of {self._client!r}>"

    @checked
    async def add(
        self,
        id: str,
        *,
        prospects: builtins.list[CampaignLeadInput | CampaignLeadInputDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignLeadsAddResult:
        """Add leads to a campaign.

        Operation ``addCampaignLeads`` (low level: ``puffle_client.api.campaigns.add_campaign_leads``).
        """
        _kwargs = _add_campaign_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "prospects": prospects,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_campaign_leads._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def import_from_list(
        self,
        id: str,
        *,
        list_id: str,
        filter_: CampaignListImportFilter | CampaignListImportFilterDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignListImportResult:
        """Import leads from a list.

        Operation ``importCampaignLeadsFromList`` (low level: ``puffle_client.api.campaigns.import_campaign_leads_from_list``).
        """
        _kwargs = _import_campaign_leads_from_list._get_kwargs(
            id,
            body=json_body(
                {
                    "listId": list_id,
                    "filter": filter_,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _import_campaign_leads_from_list._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 100,
        status: CampaignLeadStatus
        | Literal[
            "pending",
            "sent",
            "connection_sent",
            "connected",
            "message_sent",
            "replied",
            "bounced",
            "completed",
            "timed_out",
            "cancelled",
        ]
        | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[CampaignLead, CampaignLeadListResponse]:
        """List a campaign's leads.

                Operation ``listCampaignLeads`` (low level: ``puffle_client.api.campaigns.list_campaign_leads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_campaign_leads,
            params_of(
                {
                    "id": id,
                    "page": page,
                    "limit": limit,
                    "status": enum_arg(CampaignLeadStatus, status),
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @checked
    async def remove(
        self,
        id: str,
        *,
        prospect_ids: builtins.list[str] | Unset = UNSET,
        all_: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignLeadsRemoveResult:
        """Remove leads from a campaign.

        Operation ``removeCampaignLeads`` (low level: ``puffle_client.api.campaigns.remove_campaign_leads``).
        """
        _kwargs = _remove_campaign_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "prospect_ids": prospect_ids,
                    "all": all_,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _remove_campaign_leads._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        id: str,
        *,
        prospect_id: str,
        updates: CampaignLeadUpdates | CampaignLeadUpdatesDict,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignLeadResponse:
        """Update a lead in a campaign.

        Operation ``updateCampaignLead`` (low level: ``puffle_client.api.campaigns.update_campaign_lead``).
        """
        _kwargs = _update_campaign_lead._get_kwargs(
            id,
            body=json_body(
                {
                    "prospect_id": prospect_id,
                    "updates": updates,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign_lead._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncCampaignsMessagesResource:
    """``client.campaigns.messages``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsMessagesResource of {self._client!r}>"

    @checked
    async def generate(
        self,
        id: str,
        *,
        action: CampaignGenerateMessagesRequestAction | Literal["resolve", "generate_ai"],
        node_id: str | Unset = UNSET,
        prospect_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignGenerateMessagesResult:
        """Generate campaign messages.

        Operation ``generateCampaignMessages`` (low level: ``puffle_client.api.campaigns.generate_campaign_messages``).
        """
        _kwargs = _generate_campaign_messages._get_kwargs(
            id,
            body=json_body(
                {
                    "action": action,
                    "node_id": node_id,
                    "prospect_ids": prospect_ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_campaign_messages._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def list(
        self,
        id: str,
        *,
        status: ListCampaignGeneratedMessagesStatus
        | Literal["draft", "pending", "sent", "all"]
        | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
        prospect_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignGeneratedMessageListResponse:
        """List generated messages.

        Operation ``listCampaignGeneratedMessages`` (low level: ``puffle_client.api.campaigns.list_campaign_generated_messages``).
        """
        _kwargs = _list_campaign_generated_messages._get_kwargs(
            id,
            status=enum_arg(ListCampaignGeneratedMessagesStatus, status),
            prospect_id=prospect_id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_generated_messages._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        id: str,
        *,
        message_id: str,
        subject: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignGeneratedMessageResponse:
        """Edit a generated message.

        Operation ``updateCampaignGeneratedMessage`` (low level: ``puffle_client.api.campaigns.update_campaign_generated_message``).
        """
        _kwargs = _update_campaign_generated_message._get_kwargs(
            id,
            body=json_body(
                {
                    "message_id": message_id,
                    "subject": subject,
                    "body_text": body_text,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign_generated_message._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncCampaignsSendersResource:
    """``client.campaigns.senders``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsSendersResource of {self._client!r}>"

    @checked
    async def list(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSendersResponse:
        """List a campaign's senders.

        Operation ``listCampaignSenders`` (low level: ``puffle_client.api.campaigns.list_campaign_senders``).
        """
        _kwargs = _list_campaign_senders._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_senders._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncCampaignsSequenceNodesResource:
    """``client.campaigns.sequence_nodes``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsSequenceNodesResource of {self._client!r}>"

    @checked
    async def add(
        self,
        id: str,
        *,
        type_: CampaignNodeType | Literal["connection_request", "message", "email", "delay", "ai", "end"],
        position: int | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        include_message: bool | Unset = UNSET,
        is_reply: bool | Unset = UNSET,
        delay_days: int | Unset = UNSET,
        delay_hours: int | Unset = UNSET,
        delay_minutes: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSequenceResult:
        """Add a sequence node.

        Operation ``addSequenceNode`` (low level: ``puffle_client.api.campaigns.add_sequence_node``).
        """
        _kwargs = _add_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "type": type_,
                    "position": position,
                    "subject": subject,
                    "body": body,
                    "signature": signature,
                    "include_message": include_message,
                    "is_reply": is_reply,
                    "delay_days": delay_days,
                    "delay_hours": delay_hours,
                    "delay_minutes": delay_minutes,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_sequence_node._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def delete(
        self,
        id: str,
        *,
        node_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSequenceResult:
        """Delete a sequence node.

        Operation ``deleteSequenceNode`` (low level: ``puffle_client.api.campaigns.delete_sequence_node``).
        """
        _kwargs = _delete_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "nodeId": node_id,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_sequence_node._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def move(
        self,
        id: str,
        *,
        node_id: str,
        to_position: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSequenceResult:
        """Move a sequence node.

        Operation ``moveSequenceNode`` (low level: ``puffle_client.api.campaigns.move_sequence_node``).
        """
        _kwargs = _move_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "nodeId": node_id,
                    "toPosition": to_position,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _move_sequence_node._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        id: str,
        node_id: str,
        *,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        cc: str | Unset = UNSET,
        bcc: str | Unset = UNSET,
        attachments: builtins.list[Any] | Unset = UNSET,
        include_message: bool | Unset = UNSET,
        is_reply: bool | Unset = UNSET,
        delay_days: int | Unset = UNSET,
        delay_hours: int | Unset = UNSET,
        delay_minutes: int | Unset = UNSET,
        ai_node: CampaignAiNode | CampaignAiNodeDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSequenceNodeResponse:
        """Update a sequence node.

        Operation ``updateSequenceNode`` (low level: ``puffle_client.api.campaigns.update_sequence_node``).
        """
        _kwargs = _update_sequence_node._get_kwargs(
            id,
            node_id,
            body=json_body(
                {
                    "subject": subject,
                    "body": body,
                    "body_html": body_html,
                    "signature": signature,
                    "from_name": from_name,
                    "reply_to": reply_to,
                    "cc": cc,
                    "bcc": bcc,
                    "attachments": attachments,
                    "include_message": include_message,
                    "is_reply": is_reply,
                    "delay_days": delay_days,
                    "delay_hours": delay_hours,
                    "delay_minutes": delay_minutes,
                    "ai_node": ai_node,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_sequence_node._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncCampaignsSettingsResource:
    """``client.campaigns.settings``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsSettingsResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CampaignSettings:
        """Get campaign sender settings.

        Operation ``getCampaignSettings`` (low level: ``puffle_client.api.campaigns.get_campaign_settings``).
        """
        _kwargs = _get_campaign_settings._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_campaign_settings._build_response(client=self._client, response=_response).parsed
        return _parsed


class CampaignsRawResource:
    """``client.with_raw_response.campaigns``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsRawResource of {self._client!r}>"

    @property
    def leads(self) -> CampaignsLeadsRawResource:
        found: CampaignsLeadsRawResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = CampaignsLeadsRawResource(self._client)
        return found

    @property
    def messages(self) -> CampaignsMessagesRawResource:
        found: CampaignsMessagesRawResource | None = self.__dict__.get("_r_messages")
        if found is None:
            found = self.__dict__["_r_messages"] = CampaignsMessagesRawResource(self._client)
        return found

    @property
    def senders(self) -> CampaignsSendersRawResource:
        found: CampaignsSendersRawResource | None = self.__dict__.get("_r_senders")
        if found is None:
            found = self.__dict__["_r_senders"] = CampaignsSendersRawResource(self._client)
        return found

    @property
    def sequence_nodes(self) -> CampaignsSequenceNodesRawResource:
        found: CampaignsSequenceNodesRawResource | None = self.__dict__.get("_r_sequence_nodes")
        if found is None:
            found = self.__dict__["_r_sequence_nodes"] = CampaignsSequenceNodesRawResource(self._client)
        return found

    @property
    def settings(self) -> CampaignsSettingsRawResource:
        found: CampaignsSettingsRawResource | None = self.__dict__.get("_r_settings")
        if found is None:
            found = self.__dict__["_r_settings"] = CampaignsSettingsRawResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        type_: CampaignChannel | Literal["linkedin", "email"],
        name: str,
        sender_account_ids: builtins.list[str],
        skip_other_campaigns: bool | Unset = UNSET,
        operating_hours: CampaignOperatingHours | CampaignOperatingHoursDict | Unset = UNSET,
        daily_limit: int | Unset = UNSET,
        stop_on_reply: bool | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        signature: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Create a draft campaign.

        Operation ``createDraftCampaign`` (low level: ``puffle_client.api.campaigns.create_draft_campaign``).
        """
        _kwargs = _create_draft_campaign._get_kwargs(
            body=json_body(
                {
                    "type": type_,
                    "name": name,
                    "sender_account_ids": sender_account_ids,
                    "skip_other_campaigns": skip_other_campaigns,
                    "operating_hours": operating_hours,
                    "daily_limit": daily_limit,
                    "stop_on_reply": stop_on_reply,
                    "open_tracking": open_tracking,
                    "signature": signature,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_draft_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def launch(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLaunchResult]:
        """Launch a campaign.

        Operation ``launchCampaign`` (low level: ``puffle_client.api.campaigns.launch_campaign``).
        """
        _kwargs = _launch_campaign._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _launch_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignListResponse]:
        """List campaigns.

        Operation ``listCampaigns`` (low level: ``puffle_client.api.campaigns.list_campaigns``).
        """
        _kwargs = _list_campaigns._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaigns._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def pause(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Pause a campaign.

        Operation ``pauseCampaign`` (low level: ``puffle_client.api.campaigns.pause_campaign``).
        """
        _kwargs = _pause_campaign._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _pause_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def resume(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Resume a campaign.

        Operation ``resumeCampaign`` (low level: ``puffle_client.api.campaigns.resume_campaign``).
        """
        _kwargs = _resume_campaign._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _resume_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignDetail]:
        """Get a campaign.

        Operation ``getCampaign`` (low level: ``puffle_client.api.campaigns.get_campaign``).
        """
        _kwargs = _get_campaign._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        operating_hours: CampaignOperatingHours | CampaignOperatingHoursDict | Unset = UNSET,
        daily_limit: int | Unset = UNSET,
        skip_other_campaigns: bool | Unset = UNSET,
        stop_on_reply: bool | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        signature: str | Unset = UNSET,
        sender_account_ids: builtins.list[str] | Unset = UNSET,
        sequence_nodes: builtins.list[CampaignSequenceNodeInput | CampaignSequenceNodeInputDict] | Unset = UNSET,
        account_limits: builtins.list[CampaignAccountLimit | CampaignAccountLimitDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Update a campaign.

        Operation ``updateCampaign`` (low level: ``puffle_client.api.campaigns.update_campaign``).
        """
        _kwargs = _update_campaign._get_kwargs(
            id,
            body=json_body(
                {
                    "name": name,
                    "operating_hours": operating_hours,
                    "daily_limit": daily_limit,
                    "skip_other_campaigns": skip_other_campaigns,
                    "stop_on_reply": stop_on_reply,
                    "open_tracking": open_tracking,
                    "signature": signature,
                    "sender_account_ids": sender_account_ids,
                    "sequence_nodes": sequence_nodes,
                    "account_limits": account_limits,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class CampaignsLeadsRawResource:
    """``client.with_raw_response.campaigns.leads``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsLeadsRawResource of {self._client!r}>"

    @checked
    def add(
        self,
        id: str,
        *,
        prospects: builtins.list[CampaignLeadInput | CampaignLeadInputDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLeadsAddResult]:
        """Add leads to a campaign.

        Operation ``addCampaignLeads`` (low level: ``puffle_client.api.campaigns.add_campaign_leads``).
        """
        _kwargs = _add_campaign_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "prospects": prospects,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_campaign_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def import_from_list(
        self,
        id: str,
        *,
        list_id: str,
        filter_: CampaignListImportFilter | CampaignListImportFilterDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignListImportResult]:
        """Import leads from a list.

        Operation ``importCampaignLeadsFromList`` (low level: ``puffle_client.api.campaigns.import_campaign_leads_from_list``).
        """
        _kwargs = _import_campaign_leads_from_list._get_kwargs(
            id,
            body=json_body(
                {
                    "listId": list_id,
                    "filter": filter_,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _import_campaign_leads_from_list._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 100,
        status: CampaignLeadStatus
        | Literal[
            "pending",
            "sent",
            "connection_sent",
            "connected",
            "message_sent",
            "replied",
            "bounced",
            "completed",
            "timed_out",
            "cancelled",
        ]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLeadListResponse]:
        """List a campaign's leads.

        Operation ``listCampaignLeads`` (low level: ``puffle_client.api.campaigns.list_campaign_leads``).
        """
        _kwargs = _list_campaign_leads._get_kwargs(
            id,
            page=page,
            limit=limit,
            status=enum_arg(CampaignLeadStatus, status),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def remove(
        self,
        id: str,
        *,
        prospect_ids: builtins.list[str] | Unset = UNSET,
        all_: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLeadsRemoveResult]:
        """Remove leads from a campaign.

        Operation ``removeCampaignLeads`` (low level: ``puffle_client.api.campaigns.remove_campaign_leads``).
        """
        _kwargs = _remove_campaign_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "prospect_ids": prospect_ids,
                    "all": all_,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _remove_campaign_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        id: str,
        *,
        prospect_id: str,
        updates: CampaignLeadUpdates | CampaignLeadUpdatesDict,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLeadResponse]:
        """Update a lead in a campaign.

        Operation ``updateCampaignLead`` (low level: ``puffle_client.api.campaigns.update_campaign_lead``).
        """
        _kwargs = _update_campaign_lead._get_kwargs(
            id,
            body=json_body(
                {
                    "prospect_id": prospect_id,
                    "updates": updates,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign_lead._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class CampaignsMessagesRawResource:
    """``client.with_raw_response.campaigns.messages``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsMessagesRawResource of {self._client!r}>"

    @checked
    def generate(
        self,
        id: str,
        *,
        action: CampaignGenerateMessagesRequestAction | Literal["resolve", "generate_ai"],
        node_id: str | Unset = UNSET,
        prospect_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignGenerateMessagesResult]:
        """Generate campaign messages.

        Operation ``generateCampaignMessages`` (low level: ``puffle_client.api.campaigns.generate_campaign_messages``).
        """
        _kwargs = _generate_campaign_messages._get_kwargs(
            id,
            body=json_body(
                {
                    "action": action,
                    "node_id": node_id,
                    "prospect_ids": prospect_ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_campaign_messages._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        id: str,
        *,
        status: ListCampaignGeneratedMessagesStatus
        | Literal["draft", "pending", "sent", "all"]
        | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
        prospect_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignGeneratedMessageListResponse]:
        """List generated messages.

        Operation ``listCampaignGeneratedMessages`` (low level: ``puffle_client.api.campaigns.list_campaign_generated_messages``).
        """
        _kwargs = _list_campaign_generated_messages._get_kwargs(
            id,
            status=enum_arg(ListCampaignGeneratedMessagesStatus, status),
            prospect_id=prospect_id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_generated_messages._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        id: str,
        *,
        message_id: str,
        subject: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignGeneratedMessageResponse]:
        """Edit a generated message.

        Operation ``updateCampaignGeneratedMessage`` (low level: ``puffle_client.api.campaigns.update_campaign_generated_message``).
        """
        _kwargs = _update_campaign_generated_message._get_kwargs(
            id,
            body=json_body(
                {
                    "message_id": message_id,
                    "subject": subject,
                    "body_text": body_text,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign_generated_message._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class CampaignsSendersRawResource:
    """``client.with_raw_response.campaigns.senders``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsSendersRawResource of {self._client!r}>"

    @checked
    def list(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSendersResponse]:
        """List a campaign's senders.

        Operation ``listCampaignSenders`` (low level: ``puffle_client.api.campaigns.list_campaign_senders``).
        """
        _kwargs = _list_campaign_senders._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_senders._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class CampaignsSequenceNodesRawResource:
    """``client.with_raw_response.campaigns.sequence_nodes``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsSequenceNodesRawResource of {self._client!r}>"

    @checked
    def add(
        self,
        id: str,
        *,
        type_: CampaignNodeType | Literal["connection_request", "message", "email", "delay", "ai", "end"],
        position: int | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        include_message: bool | Unset = UNSET,
        is_reply: bool | Unset = UNSET,
        delay_days: int | Unset = UNSET,
        delay_hours: int | Unset = UNSET,
        delay_minutes: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSequenceResult]:
        """Add a sequence node.

        Operation ``addSequenceNode`` (low level: ``puffle_client.api.campaigns.add_sequence_node``).
        """
        _kwargs = _add_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "type": type_,
                    "position": position,
                    "subject": subject,
                    "body": body,
                    "signature": signature,
                    "include_message": include_message,
                    "is_reply": is_reply,
                    "delay_days": delay_days,
                    "delay_hours": delay_hours,
                    "delay_minutes": delay_minutes,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_sequence_node._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def delete(
        self,
        id: str,
        *,
        node_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSequenceResult]:
        """Delete a sequence node.

        Operation ``deleteSequenceNode`` (low level: ``puffle_client.api.campaigns.delete_sequence_node``).
        """
        _kwargs = _delete_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "nodeId": node_id,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_sequence_node._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def move(
        self,
        id: str,
        *,
        node_id: str,
        to_position: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSequenceResult]:
        """Move a sequence node.

        Operation ``moveSequenceNode`` (low level: ``puffle_client.api.campaigns.move_sequence_node``).
        """
        _kwargs = _move_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "nodeId": node_id,
                    "toPosition": to_position,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _move_sequence_node._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        id: str,
        node_id: str,
        *,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        cc: str | Unset = UNSET,
        bcc: str | Unset = UNSET,
        attachments: builtins.list[Any] | Unset = UNSET,
        include_message: bool | Unset = UNSET,
        is_reply: bool | Unset = UNSET,
        delay_days: int | Unset = UNSET,
        delay_hours: int | Unset = UNSET,
        delay_minutes: int | Unset = UNSET,
        ai_node: CampaignAiNode | CampaignAiNodeDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSequenceNodeResponse]:
        """Update a sequence node.

        Operation ``updateSequenceNode`` (low level: ``puffle_client.api.campaigns.update_sequence_node``).
        """
        _kwargs = _update_sequence_node._get_kwargs(
            id,
            node_id,
            body=json_body(
                {
                    "subject": subject,
                    "body": body,
                    "body_html": body_html,
                    "signature": signature,
                    "from_name": from_name,
                    "reply_to": reply_to,
                    "cc": cc,
                    "bcc": bcc,
                    "attachments": attachments,
                    "include_message": include_message,
                    "is_reply": is_reply,
                    "delay_days": delay_days,
                    "delay_hours": delay_hours,
                    "delay_minutes": delay_minutes,
                    "ai_node": ai_node,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_sequence_node._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class CampaignsSettingsRawResource:
    """``client.with_raw_response.campaigns.settings``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CampaignsSettingsRawResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSettings]:
        """Get campaign sender settings.

        Operation ``getCampaignSettings`` (low level: ``puffle_client.api.campaigns.get_campaign_settings``).
        """
        _kwargs = _get_campaign_settings._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_campaign_settings._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncCampaignsRawResource:
    """``client.with_raw_response.campaigns``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsRawResource of {self._client!r}>"

    @property
    def leads(self) -> AsyncCampaignsLeadsRawResource:
        found: AsyncCampaignsLeadsRawResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = AsyncCampaignsLeadsRawResource(self._client)
        return found

    @property
    def messages(self) -> AsyncCampaignsMessagesRawResource:
        found: AsyncCampaignsMessagesRawResource | None = self.__dict__.get("_r_messages")
        if found is None:
            found = self.__dict__["_r_messages"] = AsyncCampaignsMessagesRawResource(self._client)
        return found

    @property
    def senders(self) -> AsyncCampaignsSendersRawResource:
        found: AsyncCampaignsSendersRawResource | None = self.__dict__.get("_r_senders")
        if found is None:
            found = self.__dict__["_r_senders"] = AsyncCampaignsSendersRawResource(self._client)
        return found

    @property
    def sequence_nodes(self) -> AsyncCampaignsSequenceNodesRawResource:
        found: AsyncCampaignsSequenceNodesRawResource | None = self.__dict__.get("_r_sequence_nodes")
        if found is None:
            found = self.__dict__["_r_sequence_nodes"] = AsyncCampaignsSequenceNodesRawResource(self._client)
        return found

    @property
    def settings(self) -> AsyncCampaignsSettingsRawResource:
        found: AsyncCampaignsSettingsRawResource | None = self.__dict__.get("_r_settings")
        if found is None:
            found = self.__dict__["_r_settings"] = AsyncCampaignsSettingsRawResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        type_: CampaignChannel | Literal["linkedin", "email"],
        name: str,
        sender_account_ids: builtins.list[str],
        skip_other_campaigns: bool | Unset = UNSET,
        operating_hours: CampaignOperatingHours | CampaignOperatingHoursDict | Unset = UNSET,
        daily_limit: int | Unset = UNSET,
        stop_on_reply: bool | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        signature: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Create a draft campaign.

        Operation ``createDraftCampaign`` (low level: ``puffle_client.api.campaigns.create_draft_campaign``).
        """
        _kwargs = _create_draft_campaign._get_kwargs(
            body=json_body(
                {
                    "type": type_,
                    "name": name,
                    "sender_account_ids": sender_account_ids,
                    "skip_other_campaigns": skip_other_campaigns,
                    "operating_hours": operating_hours,
                    "daily_limit": daily_limit,
                    "stop_on_reply": stop_on_reply,
                    "open_tracking": open_tracking,
                    "signature": signature,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_draft_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def launch(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLaunchResult]:
        """Launch a campaign.

        Operation ``launchCampaign`` (low level: ``puffle_client.api.campaigns.launch_campaign``).
        """
        _kwargs = _launch_campaign._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _launch_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignListResponse]:
        """List campaigns.

        Operation ``listCampaigns`` (low level: ``puffle_client.api.campaigns.list_campaigns``).
        """
        _kwargs = _list_campaigns._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaigns._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def pause(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Pause a campaign.

        Operation ``pauseCampaign`` (low level: ``puffle_client.api.campaigns.pause_campaign``).
        """
        _kwargs = _pause_campaign._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _pause_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def resume(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Resume a campaign.

        Operation ``resumeCampaign`` (low level: ``puffle_client.api.campaigns.resume_campaign``).
        """
        _kwargs = _resume_campaign._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _resume_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignDetail]:
        """Get a campaign.

        Operation ``getCampaign`` (low level: ``puffle_client.api.campaigns.get_campaign``).
        """
        _kwargs = _get_campaign._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        id: str,
        *,
        name: str | Unset = UNSET,
        operating_hours: CampaignOperatingHours | CampaignOperatingHoursDict | Unset = UNSET,
        daily_limit: int | Unset = UNSET,
        skip_other_campaigns: bool | Unset = UNSET,
        stop_on_reply: bool | Unset = UNSET,
        open_tracking: bool | Unset = UNSET,
        signature: str | Unset = UNSET,
        sender_account_ids: builtins.list[str] | Unset = UNSET,
        sequence_nodes: builtins.list[CampaignSequenceNodeInput | CampaignSequenceNodeInputDict] | Unset = UNSET,
        account_limits: builtins.list[CampaignAccountLimit | CampaignAccountLimitDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignResponse]:
        """Update a campaign.

        Operation ``updateCampaign`` (low level: ``puffle_client.api.campaigns.update_campaign``).
        """
        _kwargs = _update_campaign._get_kwargs(
            id,
            body=json_body(
                {
                    "name": name,
                    "operating_hours": operating_hours,
                    "daily_limit": daily_limit,
                    "skip_other_campaigns": skip_other_campaigns,
                    "stop_on_reply": stop_on_reply,
                    "open_tracking": open_tracking,
                    "signature": signature,
                    "sender_account_ids": sender_account_ids,
                    "sequence_nodes": sequence_nodes,
                    "account_limits": account_limits,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncCampaignsLeadsRawResource:
    """``client.with_raw_response.campaigns.leads``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsLeadsRawResource of {self._client!r}>"

    @checked
    async def add(
        self,
        id: str,
        *,
        prospects: builtins.list[CampaignLeadInput | CampaignLeadInputDict],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLeadsAddResult]:
        """Add leads to a campaign.

        Operation ``addCampaignLeads`` (low level: ``puffle_client.api.campaigns.add_campaign_leads``).
        """
        _kwargs = _add_campaign_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "prospects": prospects,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_campaign_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def import_from_list(
        self,
        id: str,
        *,
        list_id: str,
        filter_: CampaignListImportFilter | CampaignListImportFilterDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignListImportResult]:
        """Import leads from a list.

        Operation ``importCampaignLeadsFromList`` (low level: ``puffle_client.api.campaigns.import_campaign_leads_from_list``).
        """
        _kwargs = _import_campaign_leads_from_list._get_kwargs(
            id,
            body=json_body(
                {
                    "listId": list_id,
                    "filter": filter_,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _import_campaign_leads_from_list._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 100,
        status: CampaignLeadStatus
        | Literal[
            "pending",
            "sent",
            "connection_sent",
            "connected",
            "message_sent",
            "replied",
            "bounced",
            "completed",
            "timed_out",
            "cancelled",
        ]
        | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLeadListResponse]:
        """List a campaign's leads.

        Operation ``listCampaignLeads`` (low level: ``puffle_client.api.campaigns.list_campaign_leads``).
        """
        _kwargs = _list_campaign_leads._get_kwargs(
            id,
            page=page,
            limit=limit,
            status=enum_arg(CampaignLeadStatus, status),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def remove(
        self,
        id: str,
        *,
        prospect_ids: builtins.list[str] | Unset = UNSET,
        all_: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLeadsRemoveResult]:
        """Remove leads from a campaign.

        Operation ``removeCampaignLeads`` (low level: ``puffle_client.api.campaigns.remove_campaign_leads``).
        """
        _kwargs = _remove_campaign_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "prospect_ids": prospect_ids,
                    "all": all_,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _remove_campaign_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        id: str,
        *,
        prospect_id: str,
        updates: CampaignLeadUpdates | CampaignLeadUpdatesDict,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignLeadResponse]:
        """Update a lead in a campaign.

        Operation ``updateCampaignLead`` (low level: ``puffle_client.api.campaigns.update_campaign_lead``).
        """
        _kwargs = _update_campaign_lead._get_kwargs(
            id,
            body=json_body(
                {
                    "prospect_id": prospect_id,
                    "updates": updates,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign_lead._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncCampaignsMessagesRawResource:
    """``client.with_raw_response.campaigns.messages``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsMessagesRawResource of {self._client!r}>"

    @checked
    async def generate(
        self,
        id: str,
        *,
        action: CampaignGenerateMessagesRequestAction | Literal["resolve", "generate_ai"],
        node_id: str | Unset = UNSET,
        prospect_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignGenerateMessagesResult]:
        """Generate campaign messages.

        Operation ``generateCampaignMessages`` (low level: ``puffle_client.api.campaigns.generate_campaign_messages``).
        """
        _kwargs = _generate_campaign_messages._get_kwargs(
            id,
            body=json_body(
                {
                    "action": action,
                    "node_id": node_id,
                    "prospect_ids": prospect_ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_campaign_messages._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        id: str,
        *,
        status: ListCampaignGeneratedMessagesStatus
        | Literal["draft", "pending", "sent", "all"]
        | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
        prospect_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignGeneratedMessageListResponse]:
        """List generated messages.

        Operation ``listCampaignGeneratedMessages`` (low level: ``puffle_client.api.campaigns.list_campaign_generated_messages``).
        """
        _kwargs = _list_campaign_generated_messages._get_kwargs(
            id,
            status=enum_arg(ListCampaignGeneratedMessagesStatus, status),
            prospect_id=prospect_id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_generated_messages._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        id: str,
        *,
        message_id: str,
        subject: str | Unset = UNSET,
        body_text: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignGeneratedMessageResponse]:
        """Edit a generated message.

        Operation ``updateCampaignGeneratedMessage`` (low level: ``puffle_client.api.campaigns.update_campaign_generated_message``).
        """
        _kwargs = _update_campaign_generated_message._get_kwargs(
            id,
            body=json_body(
                {
                    "message_id": message_id,
                    "subject": subject,
                    "body_text": body_text,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_campaign_generated_message._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncCampaignsSendersRawResource:
    """``client.with_raw_response.campaigns.senders``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsSendersRawResource of {self._client!r}>"

    @checked
    async def list(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSendersResponse]:
        """List a campaign's senders.

        Operation ``listCampaignSenders`` (low level: ``puffle_client.api.campaigns.list_campaign_senders``).
        """
        _kwargs = _list_campaign_senders._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_campaign_senders._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncCampaignsSequenceNodesRawResource:
    """``client.with_raw_response.campaigns.sequence_nodes``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsSequenceNodesRawResource of {self._client!r}>"

    @checked
    async def add(
        self,
        id: str,
        *,
        type_: CampaignNodeType | Literal["connection_request", "message", "email", "delay", "ai", "end"],
        position: int | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        include_message: bool | Unset = UNSET,
        is_reply: bool | Unset = UNSET,
        delay_days: int | Unset = UNSET,
        delay_hours: int | Unset = UNSET,
        delay_minutes: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSequenceResult]:
        """Add a sequence node.

        Operation ``addSequenceNode`` (low level: ``puffle_client.api.campaigns.add_sequence_node``).
        """
        _kwargs = _add_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "type": type_,
                    "position": position,
                    "subject": subject,
                    "body": body,
                    "signature": signature,
                    "include_message": include_message,
                    "is_reply": is_reply,
                    "delay_days": delay_days,
                    "delay_hours": delay_hours,
                    "delay_minutes": delay_minutes,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_sequence_node._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def delete(
        self,
        id: str,
        *,
        node_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSequenceResult]:
        """Delete a sequence node.

        Operation ``deleteSequenceNode`` (low level: ``puffle_client.api.campaigns.delete_sequence_node``).
        """
        _kwargs = _delete_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "nodeId": node_id,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_sequence_node._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def move(
        self,
        id: str,
        *,
        node_id: str,
        to_position: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSequenceResult]:
        """Move a sequence node.

        Operation ``moveSequenceNode`` (low level: ``puffle_client.api.campaigns.move_sequence_node``).
        """
        _kwargs = _move_sequence_node._get_kwargs(
            id,
            body=json_body(
                {
                    "nodeId": node_id,
                    "toPosition": to_position,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _move_sequence_node._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        id: str,
        node_id: str,
        *,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        signature: str | Unset = UNSET,
        from_name: str | Unset = UNSET,
        reply_to: str | Unset = UNSET,
        cc: str | Unset = UNSET,
        bcc: str | Unset = UNSET,
        attachments: builtins.list[Any] | Unset = UNSET,
        include_message: bool | Unset = UNSET,
        is_reply: bool | Unset = UNSET,
        delay_days: int | Unset = UNSET,
        delay_hours: int | Unset = UNSET,
        delay_minutes: int | Unset = UNSET,
        ai_node: CampaignAiNode | CampaignAiNodeDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSequenceNodeResponse]:
        """Update a sequence node.

        Operation ``updateSequenceNode`` (low level: ``puffle_client.api.campaigns.update_sequence_node``).
        """
        _kwargs = _update_sequence_node._get_kwargs(
            id,
            node_id,
            body=json_body(
                {
                    "subject": subject,
                    "body": body,
                    "body_html": body_html,
                    "signature": signature,
                    "from_name": from_name,
                    "reply_to": reply_to,
                    "cc": cc,
                    "bcc": bcc,
                    "attachments": attachments,
                    "include_message": include_message,
                    "is_reply": is_reply,
                    "delay_days": delay_days,
                    "delay_hours": delay_hours,
                    "delay_minutes": delay_minutes,
                    "ai_node": ai_node,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_sequence_node._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncCampaignsSettingsRawResource:
    """``client.with_raw_response.campaigns.settings``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCampaignsSettingsRawResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CampaignSettings]:
        """Get campaign sender settings.

        Operation ``getCampaignSettings`` (low level: ``puffle_client.api.campaigns.get_campaign_settings``).
        """
        _kwargs = _get_campaign_settings._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_campaign_settings._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
