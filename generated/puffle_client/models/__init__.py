"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_identity import AccountIdentity
    from .account_profile import AccountProfile
    from .account_update import AccountUpdate
    from .account_update_result import AccountUpdateResult
    from .api_key_info import ApiKeyInfo
    from .api_key_revoke_result import ApiKeyRevokeResult
    from .attachment import Attachment
    from .batch_item_error import BatchItemError
    from .business_context import BusinessContext
    from .business_context_company import BusinessContextCompany
    from .business_context_content import BusinessContextContent
    from .business_context_extra import BusinessContextExtra
    from .business_context_input import BusinessContextInput
    from .business_context_market import BusinessContextMarket
    from .business_context_profile import BusinessContextProfile
    from .business_context_response import BusinessContextResponse
    from .business_context_update import BusinessContextUpdate
    from .business_context_user import BusinessContextUser
    from .campaign import Campaign
    from .campaign_account_limit import CampaignAccountLimit
    from .campaign_ai_node import CampaignAiNode
    from .campaign_channel import CampaignChannel
    from .campaign_create_request import CampaignCreateRequest
    from .campaign_detail import CampaignDetail
    from .campaign_generate_messages_request import CampaignGenerateMessagesRequest
    from .campaign_generate_messages_request_action import CampaignGenerateMessagesRequestAction
    from .campaign_generate_messages_result import CampaignGenerateMessagesResult
    from .campaign_generated_message_list_response import CampaignGeneratedMessageListResponse
    from .campaign_generated_message_response import CampaignGeneratedMessageResponse
    from .campaign_generated_message_update_request import CampaignGeneratedMessageUpdateRequest
    from .campaign_launch_result import CampaignLaunchResult
    from .campaign_lead import CampaignLead
    from .campaign_lead_counts import CampaignLeadCounts
    from .campaign_lead_custom_fields import CampaignLeadCustomFields
    from .campaign_lead_input import CampaignLeadInput
    from .campaign_lead_list_response import CampaignLeadListResponse
    from .campaign_lead_response import CampaignLeadResponse
    from .campaign_lead_status import CampaignLeadStatus
    from .campaign_lead_update_request import CampaignLeadUpdateRequest
    from .campaign_lead_updates import CampaignLeadUpdates
    from .campaign_leads_add_request import CampaignLeadsAddRequest
    from .campaign_leads_add_result import CampaignLeadsAddResult
    from .campaign_leads_remove_request import CampaignLeadsRemoveRequest
    from .campaign_leads_remove_result import CampaignLeadsRemoveResult
    from .campaign_list_import_filter import CampaignListImportFilter
    from .campaign_list_import_filter_order_by_item import CampaignListImportFilterOrderByItem
    from .campaign_list_import_filter_where_item import CampaignListImportFilterWhereItem
    from .campaign_list_import_request import CampaignListImportRequest
    from .campaign_list_import_result import CampaignListImportResult
    from .campaign_list_response import CampaignListResponse
    from .campaign_message_status import CampaignMessageStatus
    from .campaign_node_lead_counts import CampaignNodeLeadCounts
    from .campaign_node_type import CampaignNodeType
    from .campaign_operating_hours import CampaignOperatingHours
    from .campaign_response import CampaignResponse
    from .campaign_sender import CampaignSender
    from .campaign_sender_account import CampaignSenderAccount
    from .campaign_senders_response import CampaignSendersResponse
    from .campaign_sequence_node_create_request import CampaignSequenceNodeCreateRequest
    from .campaign_sequence_node_delete_request import CampaignSequenceNodeDeleteRequest
    from .campaign_sequence_node_input import CampaignSequenceNodeInput
    from .campaign_sequence_node_move_request import CampaignSequenceNodeMoveRequest
    from .campaign_sequence_node_response import CampaignSequenceNodeResponse
    from .campaign_sequence_node_update_request import CampaignSequenceNodeUpdateRequest
    from .campaign_sequence_result import CampaignSequenceResult
    from .campaign_settings import CampaignSettings
    from .campaign_settings_account import CampaignSettingsAccount
    from .campaign_settings_daily_stats import CampaignSettingsDailyStats
    from .campaign_settings_limits import CampaignSettingsLimits
    from .campaign_settings_weekly_stats import CampaignSettingsWeeklyStats
    from .campaign_skipped_lead import CampaignSkippedLead
    from .campaign_stats import CampaignStats
    from .campaign_stats_map import CampaignStatsMap
    from .campaign_status import CampaignStatus
    from .campaign_update_request import CampaignUpdateRequest
    from .created_api_key import CreatedApiKey
    from .credits_action import CreditsAction
    from .credits_config import CreditsConfig
    from .credits_costs import CreditsCosts
    from .credits_entitlements import CreditsEntitlements
    from .credits_legacy_actions import CreditsLegacyActions
    from .credits_operation import CreditsOperation
    from .credits_operations import CreditsOperations
    from .credits_plan import CreditsPlan
    from .credits_plan_display import CreditsPlanDisplay
    from .credits_plans import CreditsPlans
    from .credits_preview import CreditsPreview
    from .credits_preview_request import CreditsPreviewRequest
    from .cursor_pagination import CursorPagination
    from .email_account import EmailAccount
    from .email_account_create_request import EmailAccountCreateRequest
    from .email_account_delete_response import EmailAccountDeleteResponse
    from .email_account_list_response import EmailAccountListResponse
    from .email_account_response import EmailAccountResponse
    from .email_account_update_request import EmailAccountUpdateRequest
    from .email_account_warmup_analytics import EmailAccountWarmupAnalytics
    from .email_account_warmup_analytics_response import EmailAccountWarmupAnalyticsResponse
    from .email_account_warmup_analytics_response_analytics import EmailAccountWarmupAnalyticsResponseAnalytics
    from .email_account_warmup_analytics_response_transitions import EmailAccountWarmupAnalyticsResponseTransitions
    from .email_account_warmup_day import EmailAccountWarmupDay
    from .email_account_warmup_transition import EmailAccountWarmupTransition
    from .email_domain import EmailDomain
    from .email_domain_create_request import EmailDomainCreateRequest
    from .email_domain_delete_response import EmailDomainDeleteResponse
    from .email_domain_dns_record import EmailDomainDnsRecord
    from .email_domain_list_response import EmailDomainListResponse
    from .email_domain_response import EmailDomainResponse
    from .email_domain_status import EmailDomainStatus
    from .email_domain_summary import EmailDomainSummary
    from .email_domain_update_request import EmailDomainUpdateRequest
    from .email_domain_update_request_status import EmailDomainUpdateRequestStatus
    from .enrichment import Enrichment
    from .enrichment_cancel_result import EnrichmentCancelResult
    from .enrichment_cancelled_run import EnrichmentCancelledRun
    from .enrichment_cancelled_run_status import EnrichmentCancelledRunStatus
    from .enrichment_catalog import EnrichmentCatalog
    from .enrichment_cost_model import EnrichmentCostModel
    from .enrichment_default_output import EnrichmentDefaultOutput
    from .enrichment_dispatch import EnrichmentDispatch
    from .enrichment_display_request import EnrichmentDisplayRequest
    from .enrichment_error import EnrichmentError
    from .enrichment_item import EnrichmentItem
    from .enrichment_item_metadata import EnrichmentItemMetadata
    from .enrichment_item_page import EnrichmentItemPage
    from .enrichment_item_status import EnrichmentItemStatus
    from .enrichment_item_timing import EnrichmentItemTiming
    from .enrichment_output_override import EnrichmentOutputOverride
    from .enrichment_payload_mapper import EnrichmentPayloadMapper
    from .enrichment_run import EnrichmentRun
    from .enrichment_run_cost import EnrichmentRunCost
    from .enrichment_run_counts import EnrichmentRunCounts
    from .enrichment_run_enrichment import EnrichmentRunEnrichment
    from .enrichment_run_output import EnrichmentRunOutput
    from .enrichment_run_request import EnrichmentRunRequest
    from .enrichment_run_request_input import EnrichmentRunRequestInput
    from .enrichment_run_request_mode import EnrichmentRunRequestMode
    from .enrichment_run_scope import EnrichmentRunScope
    from .enrichment_run_status import EnrichmentRunStatus
    from .enrichment_run_timing import EnrichmentRunTiming
    from .enrichment_run_trigger import EnrichmentRunTrigger
    from .enrichment_scope import EnrichmentScope
    from .enrichment_scope_filter import EnrichmentScopeFilter
    from .enrichment_scope_type import EnrichmentScopeType
    from .enrichment_tool_binding import EnrichmentToolBinding
    from .error_code import ErrorCode
    from .error_envelope import ErrorEnvelope
    from .error_envelope_error import ErrorEnvelopeError
    from .flat_error import FlatError
    from .generated_message import GeneratedMessage
    from .get_signal_analytics_type import GetSignalAnalyticsType
    from .lead import Lead
    from .lead_attributes import LeadAttributes
    from .lead_company import LeadCompany
    from .lead_contact import LeadContact
    from .lead_delete_request import LeadDeleteRequest
    from .lead_delete_result import LeadDeleteResult
    from .lead_input import LeadInput
    from .lead_location import LeadLocation
    from .lead_name import LeadName
    from .lead_raw_payload import LeadRawPayload
    from .lead_response import LeadResponse
    from .lead_search_create_request import LeadSearchCreateRequest
    from .lead_search_create_response import LeadSearchCreateResponse
    from .lead_search_filters import LeadSearchFilters
    from .lead_search_result import LeadSearchResult
    from .lead_search_task import LeadSearchTask
    from .lead_social import LeadSocial
    from .lead_source import LeadSource
    from .lead_type import LeadType
    from .lead_update import LeadUpdate
    from .list_ import List
    from .list_campaign_generated_messages_status import ListCampaignGeneratedMessagesStatus
    from .list_create_request import ListCreateRequest
    from .list_delete_request import ListDeleteRequest
    from .list_delete_result import ListDeleteResult
    from .list_email_domains_skip_sync import ListEmailDomainsSkipSync
    from .list_enrichment_results_status import ListEnrichmentResultsStatus
    from .list_import_preview import ListImportPreview
    from .list_import_request import ListImportRequest
    from .list_import_response import ListImportResponse
    from .list_lead_search_results_response import ListLeadSearchResultsResponse
    from .list_lead_searches_response import ListLeadSearchesResponse
    from .list_lead_type import ListLeadType
    from .list_leads_response import ListLeadsResponse
    from .list_list_leads_response import ListListLeadsResponse
    from .list_lists_response import ListListsResponse
    from .list_membership_request import ListMembershipRequest
    from .list_response import ListResponse
    from .list_signal_leads_group_by import ListSignalLeadsGroupBy
    from .list_signal_leads_sort_by import ListSignalLeadsSortBy
    from .list_summary import ListSummary
    from .list_threads_include import ListThreadsInclude
    from .list_update_request import ListUpdateRequest
    from .message import Message
    from .page_cursor import PageCursor
    from .payment_required_detail import PaymentRequiredDetail
    from .payment_required_error import PaymentRequiredError
    from .sender import Sender
    from .sender_campaign import SenderCampaign
    from .sender_campaign_mapping import SenderCampaignMapping
    from .sender_campaign_operating_hours import SenderCampaignOperatingHours
    from .sender_campaign_stats import SenderCampaignStats
    from .sender_details import SenderDetails
    from .sender_details_campaign_active_prospects_count import SenderDetailsCampaignActiveProspectsCount
    from .sender_details_campaign_sender_stats_by_status import SenderDetailsCampaignSenderStatsByStatus
    from .sender_details_campaign_sender_today_stats_by_status import SenderDetailsCampaignSenderTodayStatsByStatus
    from .sender_details_campaign_stats_by_status import SenderDetailsCampaignStatsByStatus
    from .sender_linkedin_connect_link import SenderLinkedinConnectLink
    from .sender_list_response import SenderListResponse
    from .sender_schedule import SenderSchedule
    from .sender_stats import SenderStats
    from .sender_status_counts import SenderStatusCounts
    from .sender_type import SenderType
    from .sequence_node import SequenceNode
    from .signal import Signal
    from .signal_action_state import SignalActionState
    from .signal_analytics_response import SignalAnalyticsResponse
    from .signal_analytics_response_type import SignalAnalyticsResponseType
    from .signal_analytics_score_summary import SignalAnalyticsScoreSummary
    from .signal_batch_delete_result import SignalBatchDeleteResult
    from .signal_batch_update_result import SignalBatchUpdateResult
    from .signal_classification import SignalClassification
    from .signal_entity_company import SignalEntityCompany
    from .signal_entity_metadata import SignalEntityMetadata
    from .signal_entity_person import SignalEntityPerson
    from .signal_generate_item import SignalGenerateItem
    from .signal_generate_request import SignalGenerateRequest
    from .signal_generate_response import SignalGenerateResponse
    from .signal_generate_result import SignalGenerateResult
    from .signal_generated_comment import SignalGeneratedComment
    from .signal_generated_dm import SignalGeneratedDm
    from .signal_keyword_stat import SignalKeywordStat
    from .signal_lead import SignalLead
    from .signal_lead_company import SignalLeadCompany
    from .signal_lead_list_response import SignalLeadListResponse
    from .signal_lead_person import SignalLeadPerson
    from .signal_lead_update import SignalLeadUpdate
    from .signal_lead_update_request import SignalLeadUpdateRequest
    from .signal_lead_update_status import SignalLeadUpdateStatus
    from .signal_list_response import SignalListResponse
    from .signal_normalized import SignalNormalized
    from .signal_pipeline_status import SignalPipelineStatus
    from .signal_search import SignalSearch
    from .signal_search_create_request import SignalSearchCreateRequest
    from .signal_search_created import SignalSearchCreated
    from .signal_search_list_response import SignalSearchListResponse
    from .signal_search_progress import SignalSearchProgress
    from .signal_search_result import SignalSearchResult
    from .signal_search_status import SignalSearchStatus
    from .signal_source_update import SignalSourceUpdate
    from .signal_source_update_config import SignalSourceUpdateConfig
    from .signal_source_update_request import SignalSourceUpdateRequest
    from .signal_structured_wording import SignalStructuredWording
    from .signal_suggested_action import SignalSuggestedAction
    from .signal_type import SignalType
    from .signal_type_create_request import SignalTypeCreateRequest
    from .signal_type_delete_request import SignalTypeDeleteRequest
    from .signal_type_example import SignalTypeExample
    from .signal_type_list_response import SignalTypeListResponse
    from .signal_type_response import SignalTypeResponse
    from .signal_type_source_override import SignalTypeSourceOverride
    from .signal_type_structured_config import SignalTypeStructuredConfig
    from .signal_type_update import SignalTypeUpdate
    from .signal_type_update_request import SignalTypeUpdateRequest
    from .signal_update import SignalUpdate
    from .signal_update_request import SignalUpdateRequest
    from .signal_update_status import SignalUpdateStatus
    from .signal_vote import SignalVote
    from .signal_workflow_run import SignalWorkflowRun
    from .signals_settings import SignalsSettings
    from .signals_settings_update_request import SignalsSettingsUpdateRequest
    from .thread import Thread
    from .thread_attachment_upload_request import ThreadAttachmentUploadRequest
    from .thread_attachment_upload_response import ThreadAttachmentUploadResponse
    from .thread_channel import ThreadChannel
    from .thread_conflict import ThreadConflict
    from .thread_conflict_error_type_1 import ThreadConflictErrorType1
    from .thread_create_request import ThreadCreateRequest
    from .thread_detail_response import ThreadDetailResponse
    from .thread_discard_result import ThreadDiscardResult
    from .thread_filter_option import ThreadFilterOption
    from .thread_filter_options import ThreadFilterOptions
    from .thread_inbox_state import ThreadInboxState
    from .thread_list_response import ThreadListResponse
    from .thread_message_direction import ThreadMessageDirection
    from .thread_message_list_response import ThreadMessageListResponse
    from .thread_message_send_request import ThreadMessageSendRequest
    from .thread_message_send_request_threading_mode import ThreadMessageSendRequestThreadingMode
    from .thread_message_send_response import ThreadMessageSendResponse
    from .thread_participant_details import ThreadParticipantDetails
    from .thread_response import ThreadResponse
    from .thread_sender_account import ThreadSenderAccount
    from .thread_status import ThreadStatus
    from .thread_update_request import ThreadUpdateRequest
    from .thread_update_request_status import ThreadUpdateRequestStatus
    from .verify_email_domain_poll import VerifyEmailDomainPoll

_MODULE_OF: dict[str, str] = {
    "Account": ".account",
    "AccountIdentity": ".account_identity",
    "AccountProfile": ".account_profile",
    "AccountUpdate": ".account_update",
    "AccountUpdateResult": ".account_update_result",
    "ApiKeyInfo": ".api_key_info",
    "ApiKeyRevokeResult": ".api_key_revoke_result",
    "Attachment": ".attachment",
    "BatchItemError": ".batch_item_error",
    "BusinessContext": ".business_context",
    "BusinessContextCompany": ".business_context_company",
    "BusinessContextContent": ".business_context_content",
    "BusinessContextExtra": ".business_context_extra",
    "BusinessContextInput": ".business_context_input",
    "BusinessContextMarket": ".business_context_market",
    "BusinessContextProfile": ".business_context_profile",
    "BusinessContextResponse": ".business_context_response",
    "BusinessContextUpdate": ".business_context_update",
    "BusinessContextUser": ".business_context_user",
    "Campaign": ".campaign",
    "CampaignAccountLimit": ".campaign_account_limit",
    "CampaignAiNode": ".campaign_ai_node",
    "CampaignChannel": ".campaign_channel",
    "CampaignCreateRequest": ".campaign_create_request",
    "CampaignDetail": ".campaign_detail",
    "CampaignGenerateMessagesRequest": ".campaign_generate_messages_request",
    "CampaignGenerateMessagesRequestAction": ".campaign_generate_messages_request_action",
    "CampaignGenerateMessagesResult": ".campaign_generate_messages_result",
    "CampaignGeneratedMessageListResponse": ".campaign_generated_message_list_response",
    "CampaignGeneratedMessageResponse": ".campaign_generated_message_response",
    "CampaignGeneratedMessageUpdateRequest": ".campaign_generated_message_update_request",
    "CampaignLaunchResult": ".campaign_launch_result",
    "CampaignLead": ".campaign_lead",
    "CampaignLeadCounts": ".campaign_lead_counts",
    "CampaignLeadCustomFields": ".campaign_lead_custom_fields",
    "CampaignLeadInput": ".campaign_lead_input",
    "CampaignLeadListResponse": ".campaign_lead_list_response",
    "CampaignLeadResponse": ".campaign_lead_response",
    "CampaignLeadStatus": ".campaign_lead_status",
    "CampaignLeadUpdateRequest": ".campaign_lead_update_request",
    "CampaignLeadUpdates": ".campaign_lead_updates",
    "CampaignLeadsAddRequest": ".campaign_leads_add_request",
    "CampaignLeadsAddResult": ".campaign_leads_add_result",
    "CampaignLeadsRemoveRequest": ".campaign_leads_remove_request",
    "CampaignLeadsRemoveResult": ".campaign_leads_remove_result",
    "CampaignListImportFilter": ".campaign_list_import_filter",
    "CampaignListImportFilterOrderByItem": ".campaign_list_import_filter_order_by_item",
    "CampaignListImportFilterWhereItem": ".campaign_list_import_filter_where_item",
    "CampaignListImportRequest": ".campaign_list_import_request",
    "CampaignListImportResult": ".campaign_list_import_result",
    "CampaignListResponse": ".campaign_list_response",
    "CampaignMessageStatus": ".campaign_message_status",
    "CampaignNodeLeadCounts": ".campaign_node_lead_counts",
    "CampaignNodeType": ".campaign_node_type",
    "CampaignOperatingHours": ".campaign_operating_hours",
    "CampaignResponse": ".campaign_response",
    "CampaignSender": ".campaign_sender",
    "CampaignSenderAccount": ".campaign_sender_account",
    "CampaignSendersResponse": ".campaign_senders_response",
    "CampaignSequenceNodeCreateRequest": ".campaign_sequence_node_create_request",
    "CampaignSequenceNodeDeleteRequest": ".campaign_sequence_node_delete_request",
    "CampaignSequenceNodeInput": ".campaign_sequence_node_input",
    "CampaignSequenceNodeMoveRequest": ".campaign_sequence_node_move_request",
    "CampaignSequenceNodeResponse": ".campaign_sequence_node_response",
    "CampaignSequenceNodeUpdateRequest": ".campaign_sequence_node_update_request",
    "CampaignSequenceResult": ".campaign_sequence_result",
    "CampaignSettings": ".campaign_settings",
    "CampaignSettingsAccount": ".campaign_settings_account",
    "CampaignSettingsDailyStats": ".campaign_settings_daily_stats",
    "CampaignSettingsLimits": ".campaign_settings_limits",
    "CampaignSettingsWeeklyStats": ".campaign_settings_weekly_stats",
    "CampaignSkippedLead": ".campaign_skipped_lead",
    "CampaignStats": ".campaign_stats",
    "CampaignStatsMap": ".campaign_stats_map",
    "CampaignStatus": ".campaign_status",
    "CampaignUpdateRequest": ".campaign_update_request",
    "CreatedApiKey": ".created_api_key",
    "CreditsAction": ".credits_action",
    "CreditsConfig": ".credits_config",
    "CreditsCosts": ".credits_costs",
    "CreditsEntitlements": ".credits_entitlements",
    "CreditsLegacyActions": ".credits_legacy_actions",
    "CreditsOperation": ".credits_operation",
    "CreditsOperations": ".credits_operations",
    "CreditsPlan": ".credits_plan",
    "CreditsPlanDisplay": ".credits_plan_display",
    "CreditsPlans": ".credits_plans",
    "CreditsPreview": ".credits_preview",
    "CreditsPreviewRequest": ".credits_preview_request",
    "CursorPagination": ".cursor_pagination",
    "EmailAccount": ".email_account",
    "EmailAccountCreateRequest": ".email_account_create_request",
    "EmailAccountDeleteResponse": ".email_account_delete_response",
    "EmailAccountListResponse": ".email_account_list_response",
    "EmailAccountResponse": ".email_account_response",
    "EmailAccountUpdateRequest": ".email_account_update_request",
    "EmailAccountWarmupAnalytics": ".email_account_warmup_analytics",
    "EmailAccountWarmupAnalyticsResponse": ".email_account_warmup_analytics_response",
    "EmailAccountWarmupAnalyticsResponseAnalytics": ".email_account_warmup_analytics_response_analytics",
    "EmailAccountWarmupAnalyticsResponseTransitions": ".email_account_warmup_analytics_response_transitions",
    "EmailAccountWarmupDay": ".email_account_warmup_day",
    "EmailAccountWarmupTransition": ".email_account_warmup_transition",
    "EmailDomain": ".email_domain",
    "EmailDomainCreateRequest": ".email_domain_create_request",
    "EmailDomainDeleteResponse": ".email_domain_delete_response",
    "EmailDomainDnsRecord": ".email_domain_dns_record",
    "EmailDomainListResponse": ".email_domain_list_response",
    "EmailDomainResponse": ".email_domain_response",
    "EmailDomainStatus": ".email_domain_status",
    "EmailDomainSummary": ".email_domain_summary",
    "EmailDomainUpdateRequest": ".email_domain_update_request",
    "EmailDomainUpdateRequestStatus": ".email_domain_update_request_status",
    "Enrichment": ".enrichment",
    "EnrichmentCancelResult": ".enrichment_cancel_result",
    "EnrichmentCancelledRun": ".enrichment_cancelled_run",
    "EnrichmentCancelledRunStatus": ".enrichment_cancelled_run_status",
    "EnrichmentCatalog": ".enrichment_catalog",
    "EnrichmentCostModel": ".enrichment_cost_model",
    "EnrichmentDefaultOutput": ".enrichment_default_output",
    "EnrichmentDispatch": ".enrichment_dispatch",
    "EnrichmentDisplayRequest": ".enrichment_display_request",
    "EnrichmentError": ".enrichment_error",
    "EnrichmentItem": ".enrichment_item",
    "EnrichmentItemMetadata": ".enrichment_item_metadata",
    "EnrichmentItemPage": ".enrichment_item_page",
    "EnrichmentItemStatus": ".enrichment_item_status",
    "EnrichmentItemTiming": ".enrichment_item_timing",
    "EnrichmentOutputOverride": ".enrichment_output_override",
    "EnrichmentPayloadMapper": ".enrichment_payload_mapper",
    "EnrichmentRun": ".enrichment_run",
    "EnrichmentRunCost": ".enrichment_run_cost",
    "EnrichmentRunCounts": ".enrichment_run_counts",
    "EnrichmentRunEnrichment": ".enrichment_run_enrichment",
    "EnrichmentRunOutput": ".enrichment_run_output",
    "EnrichmentRunRequest": ".enrichment_run_request",
    "EnrichmentRunRequestInput": ".enrichment_run_request_input",
    "EnrichmentRunRequestMode": ".enrichment_run_request_mode",
    "EnrichmentRunScope": ".enrichment_run_scope",
    "EnrichmentRunStatus": ".enrichment_run_status",
    "EnrichmentRunTiming": ".enrichment_run_timing",
    "EnrichmentRunTrigger": ".enrichment_run_trigger",
    "EnrichmentScope": ".enrichment_scope",
    "EnrichmentScopeFilter": ".enrichment_scope_filter",
    "EnrichmentScopeType": ".enrichment_scope_type",
    "EnrichmentToolBinding": ".enrichment_tool_binding",
    "ErrorCode": ".error_code",
    "ErrorEnvelope": ".error_envelope",
    "ErrorEnvelopeError": ".error_envelope_error",
    "FlatError": ".flat_error",
    "GeneratedMessage": ".generated_message",
    "GetSignalAnalyticsType": ".get_signal_analytics_type",
    "Lead": ".lead",
    "LeadAttributes": ".lead_attributes",
    "LeadCompany": ".lead_company",
    "LeadContact": ".lead_contact",
    "LeadDeleteRequest": ".lead_delete_request",
    "LeadDeleteResult": ".lead_delete_result",
    "LeadInput": ".lead_input",
    "LeadLocation": ".lead_location",
    "LeadName": ".lead_name",
    "LeadRawPayload": ".lead_raw_payload",
    "LeadResponse": ".lead_response",
    "LeadSearchCreateRequest": ".lead_search_create_request",
    "LeadSearchCreateResponse": ".lead_search_create_response",
    "LeadSearchFilters": ".lead_search_filters",
    "LeadSearchResult": ".lead_search_result",
    "LeadSearchTask": ".lead_search_task",
    "LeadSocial": ".lead_social",
    "LeadSource": ".lead_source",
    "LeadType": ".lead_type",
    "LeadUpdate": ".lead_update",
    "List": ".list_",
    "ListCampaignGeneratedMessagesStatus": ".list_campaign_generated_messages_status",
    "ListCreateRequest": ".list_create_request",
    "ListDeleteRequest": ".list_delete_request",
    "ListDeleteResult": ".list_delete_result",
    "ListEmailDomainsSkipSync": ".list_email_domains_skip_sync",
    "ListEnrichmentResultsStatus": ".list_enrichment_results_status",
    "ListImportPreview": ".list_import_preview",
    "ListImportRequest": ".list_import_request",
    "ListImportResponse": ".list_import_response",
    "ListLeadSearchResultsResponse": ".list_lead_search_results_response",
    "ListLeadSearchesResponse": ".list_lead_searches_response",
    "ListLeadType": ".list_lead_type",
    "ListLeadsResponse": ".list_leads_response",
    "ListListLeadsResponse": ".list_list_leads_response",
    "ListListsResponse": ".list_lists_response",
    "ListMembershipRequest": ".list_membership_request",
    "ListResponse": ".list_response",
    "ListSignalLeadsGroupBy": ".list_signal_leads_group_by",
    "ListSignalLeadsSortBy": ".list_signal_leads_sort_by",
    "ListSummary": ".list_summary",
    "ListThreadsInclude": ".list_threads_include",
    "ListUpdateRequest": ".list_update_request",
    "Message": ".message",
    "PageCursor": ".page_cursor",
    "PaymentRequiredDetail": ".payment_required_detail",
    "PaymentRequiredError": ".payment_required_error",
    "Sender": ".sender",
    "SenderCampaign": ".sender_campaign",
    "SenderCampaignMapping": ".sender_campaign_mapping",
    "SenderCampaignOperatingHours": ".sender_campaign_operating_hours",
    "SenderCampaignStats": ".sender_campaign_stats",
    "SenderDetails": ".sender_details",
    "SenderDetailsCampaignActiveProspectsCount": ".sender_details_campaign_active_prospects_count",
    "SenderDetailsCampaignSenderStatsByStatus": ".sender_details_campaign_sender_stats_by_status",
    "SenderDetailsCampaignSenderTodayStatsByStatus": ".sender_details_campaign_sender_today_stats_by_status",
    "SenderDetailsCampaignStatsByStatus": ".sender_details_campaign_stats_by_status",
    "SenderLinkedinConnectLink": ".sender_linkedin_connect_link",
    "SenderListResponse": ".sender_list_response",
    "SenderSchedule": ".sender_schedule",
    "SenderStats": ".sender_stats",
    "SenderStatusCounts": ".sender_status_counts",
    "SenderType": ".sender_type",
    "SequenceNode": ".sequence_node",
    "Signal": ".signal",
    "SignalActionState": ".signal_action_state",
    "SignalAnalyticsResponse": ".signal_analytics_response",
    "SignalAnalyticsResponseType": ".signal_analytics_response_type",
    "SignalAnalyticsScoreSummary": ".signal_analytics_score_summary",
    "SignalBatchDeleteResult": ".signal_batch_delete_result",
    "SignalBatchUpdateResult": ".signal_batch_update_result",
    "SignalClassification": ".signal_classification",
    "SignalEntityCompany": ".signal_entity_company",
    "SignalEntityMetadata": ".signal_entity_metadata",
    "SignalEntityPerson": ".signal_entity_person",
    "SignalGenerateItem": ".signal_generate_item",
    "SignalGenerateRequest": ".signal_generate_request",
    "SignalGenerateResponse": ".signal_generate_response",
    "SignalGenerateResult": ".signal_generate_result",
    "SignalGeneratedComment": ".signal_generated_comment",
    "SignalGeneratedDm": ".signal_generated_dm",
    "SignalKeywordStat": ".signal_keyword_stat",
    "SignalLead": ".signal_lead",
    "SignalLeadCompany": ".signal_lead_company",
    "SignalLeadListResponse": ".signal_lead_list_response",
    "SignalLeadPerson": ".signal_lead_person",
    "SignalLeadUpdate": ".signal_lead_update",
    "SignalLeadUpdateRequest": ".signal_lead_update_request",
    "SignalLeadUpdateStatus": ".signal_lead_update_status",
    "SignalListResponse": ".signal_list_response",
    "SignalNormalized": ".signal_normalized",
    "SignalPipelineStatus": ".signal_pipeline_status",
    "SignalSearch": ".signal_search",
    "SignalSearchCreateRequest": ".signal_search_create_request",
    "SignalSearchCreated": ".signal_search_created",
    "SignalSearchListResponse": ".signal_search_list_response",
    "SignalSearchProgress": ".signal_search_progress",
    "SignalSearchResult": ".signal_search_result",
    "SignalSearchStatus": ".signal_search_status",
    "SignalSourceUpdate": ".signal_source_update",
    "SignalSourceUpdateConfig": ".signal_source_update_config",
    "SignalSourceUpdateRequest": ".signal_source_update_request",
    "SignalStructuredWording": ".signal_structured_wording",
    "SignalSuggestedAction": ".signal_suggested_action",
    "SignalType": ".signal_type",
    "SignalTypeCreateRequest": ".signal_type_create_request",
    "SignalTypeDeleteRequest": ".signal_type_delete_request",
    "SignalTypeExample": ".signal_type_example",
    "SignalTypeListResponse": ".signal_type_list_response",
    "SignalTypeResponse": ".signal_type_response",
    "SignalTypeSourceOverride": ".signal_type_source_override",
    "SignalTypeStructuredConfig": ".signal_type_structured_config",
    "SignalTypeUpdate": ".signal_type_update",
    "SignalTypeUpdateRequest": ".signal_type_update_request",
    "SignalUpdate": ".signal_update",
    "SignalUpdateRequest": ".signal_update_request",
    "SignalUpdateStatus": ".signal_update_status",
    "SignalVote": ".signal_vote",
    "SignalWorkflowRun": ".signal_workflow_run",
    "SignalsSettings": ".signals_settings",
    "SignalsSettingsUpdateRequest": ".signals_settings_update_request",
    "Thread": ".thread",
    "ThreadAttachmentUploadRequest": ".thread_attachment_upload_request",
    "ThreadAttachmentUploadResponse": ".thread_attachment_upload_response",
    "ThreadChannel": ".thread_channel",
    "ThreadConflict": ".thread_conflict",
    "ThreadConflictErrorType1": ".thread_conflict_error_type_1",
    "ThreadCreateRequest": ".thread_create_request",
    "ThreadDetailResponse": ".thread_detail_response",
    "ThreadDiscardResult": ".thread_discard_result",
    "ThreadFilterOption": ".thread_filter_option",
    "ThreadFilterOptions": ".thread_filter_options",
    "ThreadInboxState": ".thread_inbox_state",
    "ThreadListResponse": ".thread_list_response",
    "ThreadMessageDirection": ".thread_message_direction",
    "ThreadMessageListResponse": ".thread_message_list_response",
    "ThreadMessageSendRequest": ".thread_message_send_request",
    "ThreadMessageSendRequestThreadingMode": ".thread_message_send_request_threading_mode",
    "ThreadMessageSendResponse": ".thread_message_send_response",
    "ThreadParticipantDetails": ".thread_participant_details",
    "ThreadResponse": ".thread_response",
    "ThreadSenderAccount": ".thread_sender_account",
    "ThreadStatus": ".thread_status",
    "ThreadUpdateRequest": ".thread_update_request",
    "ThreadUpdateRequestStatus": ".thread_update_request_status",
    "VerifyEmailDomainPoll": ".verify_email_domain_poll",
}

__all__ = (
    "Account",
    "AccountIdentity",
    "AccountProfile",
    "AccountUpdate",
    "AccountUpdateResult",
    "ApiKeyInfo",
    "ApiKeyRevokeResult",
    "Attachment",
    "BatchItemError",
    "BusinessContext",
    "BusinessContextCompany",
    "BusinessContextContent",
    "BusinessContextExtra",
    "BusinessContextInput",
    "BusinessContextMarket",
    "BusinessContextProfile",
    "BusinessContextResponse",
    "BusinessContextUpdate",
    "BusinessContextUser",
    "Campaign",
    "CampaignAccountLimit",
    "CampaignAiNode",
    "CampaignChannel",
    "CampaignCreateRequest",
    "CampaignDetail",
    "CampaignGeneratedMessageListResponse",
    "CampaignGeneratedMessageResponse",
    "CampaignGeneratedMessageUpdateRequest",
    "CampaignGenerateMessagesRequest",
    "CampaignGenerateMessagesRequestAction",
    "CampaignGenerateMessagesResult",
    "CampaignLaunchResult",
    "CampaignLead",
    "CampaignLeadCounts",
    "CampaignLeadCustomFields",
    "CampaignLeadInput",
    "CampaignLeadListResponse",
    "CampaignLeadResponse",
    "CampaignLeadsAddRequest",
    "CampaignLeadsAddResult",
    "CampaignLeadsRemoveRequest",
    "CampaignLeadsRemoveResult",
    "CampaignLeadStatus",
    "CampaignLeadUpdateRequest",
    "CampaignLeadUpdates",
    "CampaignListImportFilter",
    "CampaignListImportFilterOrderByItem",
    "CampaignListImportFilterWhereItem",
    "CampaignListImportRequest",
    "CampaignListImportResult",
    "CampaignListResponse",
    "CampaignMessageStatus",
    "CampaignNodeLeadCounts",
    "CampaignNodeType",
    "CampaignOperatingHours",
    "CampaignResponse",
    "CampaignSender",
    "CampaignSenderAccount",
    "CampaignSendersResponse",
    "CampaignSequenceNodeCreateRequest",
    "CampaignSequenceNodeDeleteRequest",
    "CampaignSequenceNodeInput",
    "CampaignSequenceNodeMoveRequest",
    "CampaignSequenceNodeResponse",
    "CampaignSequenceNodeUpdateRequest",
    "CampaignSequenceResult",
    "CampaignSettings",
    "CampaignSettingsAccount",
    "CampaignSettingsDailyStats",
    "CampaignSettingsLimits",
    "CampaignSettingsWeeklyStats",
    "CampaignSkippedLead",
    "CampaignStats",
    "CampaignStatsMap",
    "CampaignStatus",
    "CampaignUpdateRequest",
    "CreatedApiKey",
    "CreditsAction",
    "CreditsConfig",
    "CreditsCosts",
    "CreditsEntitlements",
    "CreditsLegacyActions",
    "CreditsOperation",
    "CreditsOperations",
    "CreditsPlan",
    "CreditsPlanDisplay",
    "CreditsPlans",
    "CreditsPreview",
    "CreditsPreviewRequest",
    "CursorPagination",
    "EmailAccount",
    "EmailAccountCreateRequest",
    "EmailAccountDeleteResponse",
    "EmailAccountListResponse",
    "EmailAccountResponse",
    "EmailAccountUpdateRequest",
    "EmailAccountWarmupAnalytics",
    "EmailAccountWarmupAnalyticsResponse",
    "EmailAccountWarmupAnalyticsResponseAnalytics",
    "EmailAccountWarmupAnalyticsResponseTransitions",
    "EmailAccountWarmupDay",
    "EmailAccountWarmupTransition",
    "EmailDomain",
    "EmailDomainCreateRequest",
    "EmailDomainDeleteResponse",
    "EmailDomainDnsRecord",
    "EmailDomainListResponse",
    "EmailDomainResponse",
    "EmailDomainStatus",
    "EmailDomainSummary",
    "EmailDomainUpdateRequest",
    "EmailDomainUpdateRequestStatus",
    "Enrichment",
    "EnrichmentCancelledRun",
    "EnrichmentCancelledRunStatus",
    "EnrichmentCancelResult",
    "EnrichmentCatalog",
    "EnrichmentCostModel",
    "EnrichmentDefaultOutput",
    "EnrichmentDispatch",
    "EnrichmentDisplayRequest",
    "EnrichmentError",
    "EnrichmentItem",
    "EnrichmentItemMetadata",
    "EnrichmentItemPage",
    "EnrichmentItemStatus",
    "EnrichmentItemTiming",
    "EnrichmentOutputOverride",
    "EnrichmentPayloadMapper",
    "EnrichmentRun",
    "EnrichmentRunCost",
    "EnrichmentRunCounts",
    "EnrichmentRunEnrichment",
    "EnrichmentRunOutput",
    "EnrichmentRunRequest",
    "EnrichmentRunRequestInput",
    "EnrichmentRunRequestMode",
    "EnrichmentRunScope",
    "EnrichmentRunStatus",
    "EnrichmentRunTiming",
    "EnrichmentRunTrigger",
    "EnrichmentScope",
    "EnrichmentScopeFilter",
    "EnrichmentScopeType",
    "EnrichmentToolBinding",
    "ErrorCode",
    "ErrorEnvelope",
    "ErrorEnvelopeError",
    "FlatError",
    "GeneratedMessage",
    "GetSignalAnalyticsType",
    "Lead",
    "LeadAttributes",
    "LeadCompany",
    "LeadContact",
    "LeadDeleteRequest",
    "LeadDeleteResult",
    "LeadInput",
    "LeadLocation",
    "LeadName",
    "LeadRawPayload",
    "LeadResponse",
    "LeadSearchCreateRequest",
    "LeadSearchCreateResponse",
    "LeadSearchFilters",
    "LeadSearchResult",
    "LeadSearchTask",
    "LeadSocial",
    "LeadSource",
    "LeadType",
    "LeadUpdate",
    "List",
    "ListCampaignGeneratedMessagesStatus",
    "ListCreateRequest",
    "ListDeleteRequest",
    "ListDeleteResult",
    "ListEmailDomainsSkipSync",
    "ListEnrichmentResultsStatus",
    "ListImportPreview",
    "ListImportRequest",
    "ListImportResponse",
    "ListLeadSearchesResponse",
    "ListLeadSearchResultsResponse",
    "ListLeadsResponse",
    "ListLeadType",
    "ListListLeadsResponse",
    "ListListsResponse",
    "ListMembershipRequest",
    "ListResponse",
    "ListSignalLeadsGroupBy",
    "ListSignalLeadsSortBy",
    "ListSummary",
    "ListThreadsInclude",
    "ListUpdateRequest",
    "Message",
    "PageCursor",
    "PaymentRequiredDetail",
    "PaymentRequiredError",
    "Sender",
    "SenderCampaign",
    "SenderCampaignMapping",
    "SenderCampaignOperatingHours",
    "SenderCampaignStats",
    "SenderDetails",
    "SenderDetailsCampaignActiveProspectsCount",
    "SenderDetailsCampaignSenderStatsByStatus",
    "SenderDetailsCampaignSenderTodayStatsByStatus",
    "SenderDetailsCampaignStatsByStatus",
    "SenderLinkedinConnectLink",
    "SenderListResponse",
    "SenderSchedule",
    "SenderStats",
    "SenderStatusCounts",
    "SenderType",
    "SequenceNode",
    "Signal",
    "SignalActionState",
    "SignalAnalyticsResponse",
    "SignalAnalyticsResponseType",
    "SignalAnalyticsScoreSummary",
    "SignalBatchDeleteResult",
    "SignalBatchUpdateResult",
    "SignalClassification",
    "SignalEntityCompany",
    "SignalEntityMetadata",
    "SignalEntityPerson",
    "SignalGeneratedComment",
    "SignalGeneratedDm",
    "SignalGenerateItem",
    "SignalGenerateRequest",
    "SignalGenerateResponse",
    "SignalGenerateResult",
    "SignalKeywordStat",
    "SignalLead",
    "SignalLeadCompany",
    "SignalLeadListResponse",
    "SignalLeadPerson",
    "SignalLeadUpdate",
    "SignalLeadUpdateRequest",
    "SignalLeadUpdateStatus",
    "SignalListResponse",
    "SignalNormalized",
    "SignalPipelineStatus",
    "SignalSearch",
    "SignalSearchCreated",
    "SignalSearchCreateRequest",
    "SignalSearchListResponse",
    "SignalSearchProgress",
    "SignalSearchResult",
    "SignalSearchStatus",
    "SignalSourceUpdate",
    "SignalSourceUpdateConfig",
    "SignalSourceUpdateRequest",
    "SignalsSettings",
    "SignalsSettingsUpdateRequest",
    "SignalStructuredWording",
    "SignalSuggestedAction",
    "SignalType",
    "SignalTypeCreateRequest",
    "SignalTypeDeleteRequest",
    "SignalTypeExample",
    "SignalTypeListResponse",
    "SignalTypeResponse",
    "SignalTypeSourceOverride",
    "SignalTypeStructuredConfig",
    "SignalTypeUpdate",
    "SignalTypeUpdateRequest",
    "SignalUpdate",
    "SignalUpdateRequest",
    "SignalUpdateStatus",
    "SignalVote",
    "SignalWorkflowRun",
    "Thread",
    "ThreadAttachmentUploadRequest",
    "ThreadAttachmentUploadResponse",
    "ThreadChannel",
    "ThreadConflict",
    "ThreadConflictErrorType1",
    "ThreadCreateRequest",
    "ThreadDetailResponse",
    "ThreadDiscardResult",
    "ThreadFilterOption",
    "ThreadFilterOptions",
    "ThreadInboxState",
    "ThreadListResponse",
    "ThreadMessageDirection",
    "ThreadMessageListResponse",
    "ThreadMessageSendRequest",
    "ThreadMessageSendRequestThreadingMode",
    "ThreadMessageSendResponse",
    "ThreadParticipantDetails",
    "ThreadResponse",
    "ThreadSenderAccount",
    "ThreadStatus",
    "ThreadUpdateRequest",
    "ThreadUpdateRequestStatus",
    "VerifyEmailDomainPoll",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
