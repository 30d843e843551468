"""TypedDicts for passing a nested request object as a plain dict (keys are the API's JSON field names).

``<Model>Dict`` mirrors the generated model ``<Model>``; every resource method accepts either.
"""

from __future__ import annotations

import builtins
from typing import Any, Literal, NotRequired, Required, TypedDict

from ..models.business_context_company import BusinessContextCompany
from ..models.business_context_content import BusinessContextContent
from ..models.business_context_extra import BusinessContextExtra
from ..models.business_context_market import BusinessContextMarket
from ..models.business_context_user import BusinessContextUser
from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields
from ..models.campaign_list_import_filter_order_by_item import CampaignListImportFilterOrderByItem
from ..models.campaign_list_import_filter_where_item import CampaignListImportFilterWhereItem
from ..models.campaign_node_type import CampaignNodeType
from ..models.enrichment_scope_filter import EnrichmentScopeFilter
from ..models.enrichment_scope_type import EnrichmentScopeType
from ..models.lead_attributes import LeadAttributes
from ..models.lead_company import LeadCompany
from ..models.lead_contact import LeadContact
from ..models.lead_location import LeadLocation
from ..models.lead_name import LeadName
from ..models.lead_raw_payload import LeadRawPayload
from ..models.lead_social import LeadSocial
from ..models.lead_source import LeadSource
from ..models.lead_type import LeadType
from ..models.signal_lead_update_status import SignalLeadUpdateStatus
from ..models.signal_source_update_config import SignalSourceUpdateConfig
from ..models.signal_type_source_override import SignalTypeSourceOverride
from ..models.signal_type_structured_config import SignalTypeStructuredConfig
from ..models.signal_update_status import SignalUpdateStatus
from ..models.signal_vote import SignalVote

__all__ = [
    "AttachmentDict",
    "BusinessContextCompanyDict",
    "BusinessContextContentDict",
    "BusinessContextExtraDict",
    "BusinessContextMarketDict",
    "BusinessContextUserDict",
    "BusinessContextInputDict",
    "BusinessContextProfileDict",
    "CampaignAccountLimitDict",
    "CampaignAiNodeDict",
    "CampaignLeadCustomFieldsDict",
    "CampaignLeadInputDict",
    "CampaignLeadUpdatesDict",
    "CampaignListImportFilterOrderByItemDict",
    "CampaignListImportFilterWhereItemDict",
    "CampaignListImportFilterDict",
    "CampaignOperatingHoursDict",
    "CampaignSequenceNodeInputDict",
    "EnrichmentDisplayRequestDict",
    "EnrichmentOutputOverrideDict",
    "EnrichmentRunRequestInputDict",
    "EnrichmentScopeFilterDict",
    "EnrichmentScopeDict",
    "LeadAttributesDict",
    "LeadCompanyDict",
    "LeadContactDict",
    "LeadLocationDict",
    "LeadNameDict",
    "LeadRawPayloadDict",
    "LeadSocialDict",
    "LeadSourceDict",
    "LeadInputDict",
    "SignalGenerateItemDict",
    "SignalLeadUpdateDict",
    "SignalSourceUpdateConfigDict",
    "SignalSourceUpdateDict",
    "SignalTypeSourceOverrideDict",
    "SignalTypeStructuredConfigDict",
    "SignalTypeUpdateDict",
    "SignalUpdateDict",
]

_ = (builtins, Any, Literal)


class AttachmentDict(TypedDict):
    bucket: Required[str]
    path: Required[str]
    name: NotRequired[str | None]
    mime_type: NotRequired[str | None]
    size: NotRequired[int | None]
    content_disposition: NotRequired[str | None]
    url: NotRequired[str | None]


"""A plain-dict `Attachment` (JSON field names)."""


class BusinessContextCompanyDict(TypedDict):
    overview: NotRequired[str | None]
    product: NotRequired[str | None]
    problemSolved: NotRequired[str | None]
    differentiators: NotRequired[str | None]
    linkedInPresence: NotRequired[str | None]


"""A plain-dict `BusinessContextCompany` (JSON field names)."""


class BusinessContextContentDict(TypedDict):
    linkedInVoice: NotRequired[str | None]
    recommendedTopics: NotRequired[builtins.list[str] | None]
    preferredTone: NotRequired[str | None]
    contentFormats: NotRequired[builtins.list[str] | None]
    topicsToAvoid: NotRequired[builtins.list[str] | None]
    postingCadence: NotRequired[str | None]


"""A plain-dict `BusinessContextContent` (JSON field names)."""


class BusinessContextExtraDict(TypedDict):
    pass


"""A plain-dict `BusinessContextExtra` (JSON field names)."""


class BusinessContextMarketDict(TypedDict):
    targetAudience: NotRequired[str | None]
    industryContext: NotRequired[str | None]
    icpJobTitles: NotRequired[builtins.list[str] | None]
    icpIndustries: NotRequired[builtins.list[str] | None]
    icpCompanySizes: NotRequired[builtins.list[str] | None]
    icpPainPoints: NotRequired[builtins.list[str] | None]
    icpKeywords: NotRequired[builtins.list[str] | None]


"""A plain-dict `BusinessContextMarket` (JSON field names)."""


class BusinessContextUserDict(TypedDict):
    professionalBackground: NotRequired[str | None]


"""A plain-dict `BusinessContextUser` (JSON field names)."""


class BusinessContextInputDict(TypedDict):
    user: Required[BusinessContextUser | BusinessContextUserDict]
    company: Required[BusinessContextCompany | BusinessContextCompanyDict]
    content: Required[BusinessContextContent | BusinessContextContentDict]
    market: Required[BusinessContextMarket | BusinessContextMarketDict]
    extra: NotRequired[BusinessContextExtra | BusinessContextExtraDict | None]


"""A plain-dict `BusinessContextInput` (JSON field names)."""


class BusinessContextProfileDict(TypedDict):
    firstName: NotRequired[str | None]
    lastName: NotRequired[str | None]
    companyName: NotRequired[str | None]
    website: NotRequired[str | None]


"""A plain-dict `BusinessContextProfile` (JSON field names)."""


class CampaignAccountLimitDict(TypedDict):
    account_id: NotRequired[str]
    daily_limit: NotRequired[int]


"""A plain-dict `CampaignAccountLimit` (JSON field names)."""


class CampaignAiNodeDict(TypedDict):
    purpose: NotRequired[str | None]
    output_type: NotRequired[str | None]


"""A plain-dict `CampaignAiNode` (JSON field names)."""


class CampaignLeadCustomFieldsDict(TypedDict):
    pass


"""A plain-dict `CampaignLeadCustomFields` (JSON field names)."""


class CampaignLeadInputDict(TypedDict):
    email: NotRequired[str]
    linkedin_url: NotRequired[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    company: NotRequired[str]
    position: NotRequired[str]
    headline: NotRequired[str]
    custom_fields: NotRequired[CampaignLeadCustomFields | CampaignLeadCustomFieldsDict]


"""A plain-dict `CampaignLeadInput` (JSON field names)."""


class CampaignLeadUpdatesDict(TypedDict):
    email: NotRequired[str]
    linkedin_url: NotRequired[str]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    name: NotRequired[str]
    company: NotRequired[str]
    position: NotRequired[str]
    headline: NotRequired[str]


"""A plain-dict `CampaignLeadUpdates` (JSON field names)."""


class CampaignListImportFilterOrderByItemDict(TypedDict):
    field: NotRequired[str]


"""A plain-dict `CampaignListImportFilterOrderByItem` (JSON field names)."""


class CampaignListImportFilterWhereItemDict(TypedDict):
    field: NotRequired[str]
    value: NotRequired[Any]


"""A plain-dict `CampaignListImportFilterWhereItem` (JSON field names)."""


class CampaignListImportFilterDict(TypedDict):
    leadIds: NotRequired[builtins.list[str]]
    where: NotRequired[builtins.list[CampaignListImportFilterWhereItem | CampaignListImportFilterWhereItemDict]]
    orderBy: NotRequired[builtins.list[CampaignListImportFilterOrderByItem | CampaignListImportFilterOrderByItemDict]]
    limit: NotRequired[int]


"""A plain-dict `CampaignListImportFilter` (JSON field names)."""


class CampaignOperatingHoursDict(TypedDict):
    pass


"""A plain-dict `CampaignOperatingHours` (JSON field names)."""


class CampaignSequenceNodeInputDict(TypedDict):
    id: NotRequired[str]
    type: NotRequired[CampaignNodeType | Literal["connection_request", "message", "email", "delay", "ai", "end"]]
    position: NotRequired[int]
    subject: NotRequired[str]
    body: NotRequired[str]
    signature: NotRequired[str]
    include_message: NotRequired[bool]
    is_reply: NotRequired[bool]
    delay_days: NotRequired[int]
    delay_hours: NotRequired[int]
    delay_minutes: NotRequired[int]


"""A plain-dict `CampaignSequenceNodeInput` (JSON field names)."""


class EnrichmentDisplayRequestDict(TypedDict):
    fieldId: NotRequired[str]


"""A plain-dict `EnrichmentDisplayRequest` (JSON field names)."""


class EnrichmentOutputOverrideDict(TypedDict):
    attributeKey: NotRequired[str]
    writePolicy: NotRequired[str]


"""A plain-dict `EnrichmentOutputOverride` (JSON field names)."""


class EnrichmentRunRequestInputDict(TypedDict):
    pass


"""A plain-dict `EnrichmentRunRequestInput` (JSON field names)."""


class EnrichmentScopeFilterDict(TypedDict):
    pass


"""A plain-dict `EnrichmentScopeFilter` (JSON field names)."""


class EnrichmentScopeDict(TypedDict):
    type: Required[EnrichmentScopeType | Literal["explicit_leads", "list", "filtered_list"]]
    leadIds: NotRequired[builtins.list[str]]
    listId: NotRequired[str]
    filter: NotRequired[EnrichmentScopeFilter | EnrichmentScopeFilterDict]


"""A plain-dict `EnrichmentScope` (JSON field names)."""


class LeadAttributesDict(TypedDict):
    pass


"""A plain-dict `LeadAttributes` (JSON field names)."""


class LeadCompanyDict(TypedDict):
    name: NotRequired[str | None]
    id: NotRequired[str | None]
    domain: NotRequired[str | None]


"""A plain-dict `LeadCompany` (JSON field names)."""


class LeadContactDict(TypedDict):
    value: NotRequired[str | None]


"""A plain-dict `LeadContact` (JSON field names)."""


class LeadLocationDict(TypedDict):
    city: NotRequired[str | None]
    state: NotRequired[str | None]
    country: NotRequired[str | None]
    raw: NotRequired[str | None]


"""A plain-dict `LeadLocation` (JSON field names)."""


class LeadNameDict(TypedDict):
    full: NotRequired[str | None]
    short: NotRequired[str | None]
    aliases: NotRequired[builtins.list[str] | None]
    first: NotRequired[str | None]
    last: NotRequired[str | None]


"""A plain-dict `LeadName` (JSON field names)."""


class LeadRawPayloadDict(TypedDict):
    pass


"""A plain-dict `LeadRawPayload` (JSON field names)."""


class LeadSocialDict(TypedDict):
    url: NotRequired[str | None]


"""A plain-dict `LeadSocial` (JSON field names)."""


class LeadSourceDict(TypedDict):
    id: NotRequired[str | None]


"""A plain-dict `LeadSource` (JSON field names)."""


class LeadInputDict(TypedDict):
    type: NotRequired[LeadType | Literal["person", "company"]]
    name: NotRequired[LeadName | LeadNameDict]
    title: NotRequired[str]
    company: NotRequired[LeadCompany | LeadCompanyDict]
    location: NotRequired[LeadLocation | LeadLocationDict]
    socials: NotRequired[builtins.list[LeadSocial | LeadSocialDict]]
    contacts: NotRequired[builtins.list[LeadContact | LeadContactDict]]
    domain: NotRequired[str]
    industry: NotRequired[str]
    size: NotRequired[str]
    attributes: NotRequired[LeadAttributes | LeadAttributesDict]
    sources: NotRequired[builtins.list[LeadSource | LeadSourceDict]]
    listIds: NotRequired[builtins.list[str]]
    raw: NotRequired[LeadRawPayload | LeadRawPayloadDict]


"""A plain-dict `LeadInput` (JSON field names)."""


class SignalGenerateItemDict(TypedDict):
    id: Required[str]
    dm: NotRequired[bool]
    comment: NotRequired[bool]


"""A plain-dict `SignalGenerateItem` (JSON field names)."""


class SignalLeadUpdateDict(TypedDict):
    entityId: Required[str]
    status: NotRequired[SignalLeadUpdateStatus | Literal["new", "contacted", "dismissed"]]


"""A plain-dict `SignalLeadUpdate` (JSON field names)."""


class SignalSourceUpdateConfigDict(TypedDict):
    pass


"""A plain-dict `SignalSourceUpdateConfig` (JSON field names)."""


class SignalSourceUpdateDict(TypedDict):
    id: Required[str]
    enabled: NotRequired[bool]
    config: NotRequired[SignalSourceUpdateConfig | SignalSourceUpdateConfigDict]


"""A plain-dict `SignalSourceUpdate` (JSON field names)."""


class SignalTypeSourceOverrideDict(TypedDict):
    sourceId: NotRequired[str | None]
    enabled: NotRequired[bool | None]
    extraKeywords: NotRequired[builtins.list[str] | None]


"""A plain-dict `SignalTypeSourceOverride` (JSON field names)."""


class SignalTypeStructuredConfigDict(TypedDict):
    pass


"""A plain-dict `SignalTypeStructuredConfig` (JSON field names)."""


class SignalTypeUpdateDict(TypedDict):
    id: Required[str]
    label: NotRequired[str]
    description: NotRequired[str]
    keywords: NotRequired[builtins.list[str]]
    prompt: NotRequired[str]
    enabled: NotRequired[bool]
    position: NotRequired[int]
    allowedSources: NotRequired[builtins.list[str]]
    structuredConfig: NotRequired[SignalTypeStructuredConfig | SignalTypeStructuredConfigDict]
    sourceOverrides: NotRequired[builtins.list[SignalTypeSourceOverride | SignalTypeSourceOverrideDict]]


"""A plain-dict `SignalTypeUpdate` (JSON field names)."""


class SignalUpdateDict(TypedDict):
    id: Required[str]
    vote: NotRequired[SignalVote | Literal["up", "down"] | None]
    comment: NotRequired[str]
    dmText: NotRequired[str]
    commentText: NotRequired[str]
    status: NotRequired[SignalUpdateStatus | Literal["new", "commented", "dismissed"]]


"""A plain-dict `SignalUpdate` (JSON field names)."""
