"""Index of every operation in the spec: operationId -> endpoint module, method and path.

Generated from spec/puffle.yaml; lets runtime helpers find an operation (for example the poll operation of an
async task) by its operationId without importing every endpoint module.
"""

from typing import Final

OPERATIONS: Final[dict[str, dict[str, str]]] = {
    "addCampaignLeads": {
        "module": "puffle_client.api.campaigns.add_campaign_leads",
        "method": "POST",
        "path": "/api/campaigns/{id}/leads",
    },
    "addListLeads": {
        "module": "puffle_client.api.lists.add_list_leads",
        "method": "POST",
        "path": "/api/lists/{id}/leads",
    },
    "addSequenceNode": {
        "module": "puffle_client.api.campaigns.add_sequence_node",
        "method": "POST",
        "path": "/api/campaigns/{id}/sequence/nodes",
    },
    "cancelEnrichment": {
        "module": "puffle_client.api.enrichment.cancel_enrichment",
        "method": "POST",
        "path": "/api/enrichment/{id}/cancel",
    },
    "connectLinkedinAccount": {
        "module": "puffle_client.api.senders.connect_linkedin_account",
        "method": "POST",
        "path": "/api/unipile/connect",
    },
    "createDraftCampaign": {
        "module": "puffle_client.api.campaigns.create_draft_campaign",
        "method": "POST",
        "path": "/api/campaigns",
    },
    "createEmailAccount": {
        "module": "puffle_client.api.senders.create_email_account",
        "method": "POST",
        "path": "/api/email/accounts",
    },
    "createEmailDomain": {
        "module": "puffle_client.api.senders.create_email_domain",
        "method": "POST",
        "path": "/api/email/domains",
    },
    "createEnrichment": {
        "module": "puffle_client.api.enrichment.create_enrichment",
        "method": "POST",
        "path": "/api/enrichment",
    },
    "createLead": {"module": "puffle_client.api.leads.create_lead", "method": "POST", "path": "/api/leads"},
    "createLeadSearch": {
        "module": "puffle_client.api.lead_search.create_lead_search",
        "method": "POST",
        "path": "/api/leads/search",
    },
    "createList": {"module": "puffle_client.api.lists.create_list", "method": "POST", "path": "/api/lists"},
    "createSignalSearch": {
        "module": "puffle_client.api.signals.create_signal_search",
        "method": "POST",
        "path": "/api/signals/search",
    },
    "createSignalType": {
        "module": "puffle_client.api.signals.create_signal_type",
        "method": "POST",
        "path": "/api/signals/types",
    },
    "createThread": {"module": "puffle_client.api.unibox.create_thread", "method": "POST", "path": "/api/threads"},
    "deleteEmailAccount": {
        "module": "puffle_client.api.senders.delete_email_account",
        "method": "DELETE",
        "path": "/api/email/accounts/{id}",
    },
    "deleteEmailDomain": {
        "module": "puffle_client.api.senders.delete_email_domain",
        "method": "DELETE",
        "path": "/api/email/domains/{id}",
    },
    "deleteLead": {"module": "puffle_client.api.leads.delete_lead", "method": "DELETE", "path": "/api/leads"},
    "deleteList": {"module": "puffle_client.api.lists.delete_list", "method": "DELETE", "path": "/api/lists"},
    "deleteSequenceNode": {
        "module": "puffle_client.api.campaigns.delete_sequence_node",
        "method": "DELETE",
        "path": "/api/campaigns/{id}/sequence/nodes",
    },
    "deleteSignalTypes": {
        "module": "puffle_client.api.signals.delete_signal_types",
        "method": "DELETE",
        "path": "/api/signals/types",
    },
    "discardDraftThread": {
        "module": "puffle_client.api.unibox.discard_draft_thread",
        "method": "DELETE",
        "path": "/api/threads/{id}",
    },
    "generateApiKey": {
        "module": "puffle_client.api.api_keys.generate_api_key",
        "method": "POST",
        "path": "/api/user/api-key",
    },
    "generateCampaignMessages": {
        "module": "puffle_client.api.campaigns.generate_campaign_messages",
        "method": "POST",
        "path": "/api/campaigns/{id}/generate-messages",
    },
    "generateSignalMessages": {
        "module": "puffle_client.api.signals.generate_signal_messages",
        "method": "POST",
        "path": "/api/signals/generate",
    },
    "getAccount": {"module": "puffle_client.api.account.get_account", "method": "GET", "path": "/api/account"},
    "getApiKey": {"module": "puffle_client.api.api_keys.get_api_key", "method": "GET", "path": "/api/user/api-key"},
    "getCampaign": {
        "module": "puffle_client.api.campaigns.get_campaign",
        "method": "GET",
        "path": "/api/campaigns/{id}",
    },
    "getCampaignSettings": {
        "module": "puffle_client.api.campaigns.get_campaign_settings",
        "method": "GET",
        "path": "/api/campaigns/settings",
    },
    "getContext": {"module": "puffle_client.api.account.get_context", "method": "GET", "path": "/api/context"},
    "getCreditsConfig": {
        "module": "puffle_client.api.credits_.get_credits_config",
        "method": "GET",
        "path": "/api/credits/config",
    },
    "getEnrichmentStatus": {
        "module": "puffle_client.api.enrichment.get_enrichment_status",
        "method": "GET",
        "path": "/api/enrichment/{id}",
    },
    "getSender": {"module": "puffle_client.api.senders.get_sender", "method": "GET", "path": "/api/senders/{id}"},
    "getSenderSchedule": {
        "module": "puffle_client.api.senders.get_sender_schedule",
        "method": "GET",
        "path": "/api/senders/{id}/schedule",
    },
    "getSignalAnalytics": {
        "module": "puffle_client.api.signals.get_signal_analytics",
        "method": "GET",
        "path": "/api/signals/analytics",
    },
    "getSignalsSettings": {
        "module": "puffle_client.api.signals.get_signals_settings",
        "method": "GET",
        "path": "/api/signals/settings",
    },
    "getThread": {"module": "puffle_client.api.unibox.get_thread", "method": "GET", "path": "/api/threads/{id}"},
    "getWarmupAnalytics": {
        "module": "puffle_client.api.senders.get_warmup_analytics",
        "method": "GET",
        "path": "/api/email/accounts/warmup-analytics",
    },
    "importCampaignLeadsFromList": {
        "module": "puffle_client.api.campaigns.import_campaign_leads_from_list",
        "method": "POST",
        "path": "/api/campaigns/{id}/leads/import-from-list",
    },
    "importListLeads": {
        "module": "puffle_client.api.lists.import_list_leads",
        "method": "POST",
        "path": "/api/lists/import",
    },
    "launchCampaign": {
        "module": "puffle_client.api.campaigns.launch_campaign",
        "method": "POST",
        "path": "/api/campaigns/{id}/launch",
    },
    "listCampaignGeneratedMessages": {
        "module": "puffle_client.api.campaigns.list_campaign_generated_messages",
        "method": "GET",
        "path": "/api/campaigns/{id}/generate-messages",
    },
    "listCampaignLeads": {
        "module": "puffle_client.api.campaigns.list_campaign_leads",
        "method": "GET",
        "path": "/api/campaigns/{id}/leads",
    },
    "listCampaignSenders": {
        "module": "puffle_client.api.campaigns.list_campaign_senders",
        "method": "GET",
        "path": "/api/campaigns/{id}/senders",
    },
    "listCampaigns": {
        "module": "puffle_client.api.campaigns.list_campaigns",
        "method": "GET",
        "path": "/api/campaigns",
    },
    "listEmailAccounts": {
        "module": "puffle_client.api.senders.list_email_accounts",
        "method": "GET",
        "path": "/api/email/accounts",
    },
    "listEmailDomains": {
        "module": "puffle_client.api.senders.list_email_domains",
        "method": "GET",
        "path": "/api/email/domains",
    },
    "listEnrichmentResults": {
        "module": "puffle_client.api.enrichment.list_enrichment_results",
        "method": "GET",
        "path": "/api/enrichment/{id}/items",
    },
    "listEnrichments": {
        "module": "puffle_client.api.enrichment.list_enrichments",
        "method": "GET",
        "path": "/api/enrichments",
    },
    "listLeadSearchResults": {
        "module": "puffle_client.api.lead_search.list_lead_search_results",
        "method": "GET",
        "path": "/api/leads/search/results",
    },
    "listLeadSearches": {
        "module": "puffle_client.api.lead_search.list_lead_searches",
        "method": "GET",
        "path": "/api/leads/search",
    },
    "listLeads": {"module": "puffle_client.api.leads.list_leads", "method": "GET", "path": "/api/leads"},
    "listListLeads": {
        "module": "puffle_client.api.lists.list_list_leads",
        "method": "GET",
        "path": "/api/lists/{id}/leads",
    },
    "listLists": {"module": "puffle_client.api.lists.list_lists", "method": "GET", "path": "/api/lists"},
    "listSenders": {"module": "puffle_client.api.senders.list_senders", "method": "GET", "path": "/api/senders"},
    "listSignalLeads": {
        "module": "puffle_client.api.signals.list_signal_leads",
        "method": "GET",
        "path": "/api/signals/leads",
    },
    "listSignalSearches": {
        "module": "puffle_client.api.signals.list_signal_searches",
        "method": "GET",
        "path": "/api/signals/search",
    },
    "listSignalTypes": {
        "module": "puffle_client.api.signals.list_signal_types",
        "method": "GET",
        "path": "/api/signals/types",
    },
    "listSignals": {"module": "puffle_client.api.signals.list_signals", "method": "GET", "path": "/api/signals"},
    "listThreadMessages": {
        "module": "puffle_client.api.unibox.list_thread_messages",
        "method": "GET",
        "path": "/api/threads/{id}/messages",
    },
    "listThreads": {"module": "puffle_client.api.unibox.list_threads", "method": "GET", "path": "/api/threads"},
    "moveSequenceNode": {
        "module": "puffle_client.api.campaigns.move_sequence_node",
        "method": "PATCH",
        "path": "/api/campaigns/{id}/sequence/nodes",
    },
    "pauseCampaign": {
        "module": "puffle_client.api.campaigns.pause_campaign",
        "method": "POST",
        "path": "/api/campaigns/{id}/pause",
    },
    "previewCredits": {
        "module": "puffle_client.api.credits_.preview_credits",
        "method": "POST",
        "path": "/api/credits/preview",
    },
    "removeCampaignLeads": {
        "module": "puffle_client.api.campaigns.remove_campaign_leads",
        "method": "DELETE",
        "path": "/api/campaigns/{id}/leads",
    },
    "removeListLeads": {
        "module": "puffle_client.api.lists.remove_list_leads",
        "method": "DELETE",
        "path": "/api/lists/{id}/leads",
    },
    "resumeCampaign": {
        "module": "puffle_client.api.campaigns.resume_campaign",
        "method": "POST",
        "path": "/api/campaigns/{id}/resume",
    },
    "retryEmailAccountWarmup": {
        "module": "puffle_client.api.senders.retry_email_account_warmup",
        "method": "PATCH",
        "path": "/api/email/accounts/{id}/retry-warmup",
    },
    "revokeApiKey": {
        "module": "puffle_client.api.api_keys.revoke_api_key",
        "method": "DELETE",
        "path": "/api/user/api-key",
    },
    "sendThreadMessage": {
        "module": "puffle_client.api.unibox.send_thread_message",
        "method": "POST",
        "path": "/api/threads/{id}/messages",
    },
    "updateAccount": {"module": "puffle_client.api.account.update_account", "method": "PATCH", "path": "/api/account"},
    "updateCampaign": {
        "module": "puffle_client.api.campaigns.update_campaign",
        "method": "PATCH",
        "path": "/api/campaigns/{id}",
    },
    "updateCampaignGeneratedMessage": {
        "module": "puffle_client.api.campaigns.update_campaign_generated_message",
        "method": "PATCH",
        "path": "/api/campaigns/{id}/generate-messages",
    },
    "updateCampaignLead": {
        "module": "puffle_client.api.campaigns.update_campaign_lead",
        "method": "PATCH",
        "path": "/api/campaigns/{id}/leads",
    },
    "updateContext": {"module": "puffle_client.api.account.update_context", "method": "PUT", "path": "/api/context"},
    "updateEmailAccount": {
        "module": "puffle_client.api.senders.update_email_account",
        "method": "PATCH",
        "path": "/api/email/accounts/{id}",
    },
    "updateEmailDomain": {
        "module": "puffle_client.api.senders.update_email_domain",
        "method": "PATCH",
        "path": "/api/email/domains/{id}",
    },
    "updateLead": {"module": "puffle_client.api.leads.update_lead", "method": "PATCH", "path": "/api/leads"},
    "updateList": {"module": "puffle_client.api.lists.update_list", "method": "PATCH", "path": "/api/lists"},
    "updateSequenceNode": {
        "module": "puffle_client.api.campaigns.update_sequence_node",
        "method": "PUT",
        "path": "/api/campaigns/{id}/sequence/nodes/{nodeId}",
    },
    "updateSignalLeads": {
        "module": "puffle_client.api.signals.update_signal_leads",
        "method": "PATCH",
        "path": "/api/signals/leads",
    },
    "updateSignalSources": {
        "module": "puffle_client.api.signals.update_signal_sources",
        "method": "PATCH",
        "path": "/api/signals/sources",
    },
    "updateSignalTypes": {
        "module": "puffle_client.api.signals.update_signal_types",
        "method": "PATCH",
        "path": "/api/signals/types",
    },
    "updateSignals": {"module": "puffle_client.api.signals.update_signals", "method": "PATCH", "path": "/api/signals"},
    "updateSignalsSettings": {
        "module": "puffle_client.api.signals.update_signals_settings",
        "method": "PATCH",
        "path": "/api/signals/settings",
    },
    "updateThread": {
        "module": "puffle_client.api.unibox.update_thread",
        "method": "PATCH",
        "path": "/api/threads/{id}",
    },
    "uploadThreadAttachment": {
        "module": "puffle_client.api.unibox.upload_thread_attachment",
        "method": "POST",
        "path": "/api/threads/{id}/attachments",
    },
    "verifyEmailDomain": {
        "module": "puffle_client.api.senders.verify_email_domain",
        "method": "POST",
        "path": "/api/email/domains/{id}/verify",
    },
}
