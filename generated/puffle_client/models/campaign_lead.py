from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_lead_status import CampaignLeadStatus
from ..types import (
    AdditionalProperties,
    _check_object,
    _check_str,
    _parse_datetime,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields


T = TypeVar("T", bound="CampaignLead")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignLead(AdditionalProperties):
    """A lead enrolled in a campaign (called a prospect in the API).

    Attributes:
        id (str):
        campaign_id (str | None):
        user_id (str | None):
        status (CampaignLeadStatus | None): Pipeline stage (the values of the list's `status` filter).
        email (str | None): Identity of the lead in email campaigns.
        linkedin_url (str | None): Identity of the lead in LinkedIn campaigns.
        first_name (str | None):
        last_name (str | None):
        name (str | None):
        company (str | None):
        position (str | None):
        headline (str | None):
        custom_fields (CampaignLeadCustomFields | None):
        source (str | None): Where the lead came from (for example `api` or `csv`).
        source_ref (str | None): Reference for the source, such as a list id.
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        bounced_at (datetime.datetime | None):
        replied_at (datetime.datetime | None):
        current_node_id (str | None): Sequence node the lead is currently on.
    """

    id: str
    campaign_id: str | None = None
    user_id: str | None = None
    status: CampaignLeadStatus | None = None
    email: str | None = None
    linkedin_url: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    name: str | None = None
    company: str | None = None
    position: str | None = None
    headline: str | None = None
    custom_fields: CampaignLeadCustomFields | None = None
    source: str | None = None
    source_ref: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    bounced_at: datetime.datetime | None = None
    replied_at: datetime.datetime | None = None
    current_node_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["campaign_id"] = self.campaign_id
        field_dict["user_id"] = self.user_id
        field_dict["status"] = None if self.status is None else self.status.value
        field_dict["email"] = self.email
        field_dict["linkedin_url"] = self.linkedin_url
        field_dict["first_name"] = self.first_name
        field_dict["last_name"] = self.last_name
        field_dict["name"] = self.name
        field_dict["company"] = self.company
        field_dict["position"] = self.position
        field_dict["headline"] = self.headline
        field_dict["custom_fields"] = None if self.custom_fields is None else self.custom_fields.to_dict()
        field_dict["source"] = self.source
        field_dict["source_ref"] = self.source_ref
        field_dict["created_at"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["updated_at"] = None if self.updated_at is None else self.updated_at.isoformat()
        field_dict["bounced_at"] = None if self.bounced_at is None else self.bounced_at.isoformat()
        field_dict["replied_at"] = None if self.replied_at is None else self.replied_at.isoformat()
        field_dict["current_node_id"] = self.current_node_id
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "CampaignLead", "id")
        campaign_id = _get("campaign_id")
        if _type(campaign_id) is not str and campaign_id is not None:
            campaign_id = _check_str(campaign_id, "CampaignLead", "campaign_id")
        user_id = _get("user_id")
        if _type(user_id) is not str and user_id is not None:
            user_id = _check_str(user_id, "CampaignLead", "user_id")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _CAMPAIGNLEADSTATUS_BY_VALUE:
                status = _CAMPAIGNLEADSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(CampaignLeadStatus, status, "CampaignLead", "status")
        email = _get("email")
        if _type(email) is not str and email is not None:
            email = _check_str(email, "CampaignLead", "email")
        linkedin_url = _get("linkedin_url")
        if _type(linkedin_url) is not str and linkedin_url is not None:
            linkedin_url = _check_str(linkedin_url, "CampaignLead", "linkedin_url")
        first_name = _get("first_name")
        if _type(first_name) is not str and first_name is not None:
            first_name = _check_str(first_name, "CampaignLead", "first_name")
        last_name = _get("last_name")
        if _type(last_name) is not str and last_name is not None:
            last_name = _check_str(last_name, "CampaignLead", "last_name")
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "CampaignLead", "name")
        company = _get("company")
        if _type(company) is not str and company is not None:
            company = _check_str(company, "CampaignLead", "company")
        position = _get("position")
        if _type(position) is not str and position is not None:
            position = _check_str(position, "CampaignLead", "position")
        headline = _get("headline")
        if _type(headline) is not str and headline is not None:
            headline = _check_str(headline, "CampaignLead", "headline")
        custom_fields = _get("custom_fields")
        if custom_fields is not None:
            if _type(custom_fields) is not dict:
                custom_fields = _check_object(custom_fields, "CampaignLead", "custom_fields")
            custom_fields = _CampaignLeadCustomFields_from_dict(custom_fields)
        source = _get("source")
        if _type(source) is not str and source is not None:
            source = _check_str(source, "CampaignLead", "source")
        source_ref = _get("source_ref")
        if _type(source_ref) is not str and source_ref is not None:
            source_ref = _check_str(source_ref, "CampaignLead", "source_ref")
        created_at = _get("created_at")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "CampaignLead", "created_at")
        updated_at = _get("updated_at")
        if updated_at is not None:
            updated_at = _parse_datetime(updated_at, "CampaignLead", "updated_at")
        bounced_at = _get("bounced_at")
        if bounced_at is not None:
            bounced_at = _parse_datetime(bounced_at, "CampaignLead", "bounced_at")
        replied_at = _get("replied_at")
        if replied_at is not None:
            replied_at = _parse_datetime(replied_at, "CampaignLead", "replied_at")
        current_node_id = _get("current_node_id")
        if _type(current_node_id) is not str and current_node_id is not None:
            current_node_id = _check_str(current_node_id, "CampaignLead", "current_node_id")
        _instance = cls(
            id,
            campaign_id,
            user_id,
            status,
            email,
            linkedin_url,
            first_name,
            last_name,
            name,
            company,
            position,
            headline,
            custom_fields,
            source,
            source_ref,
            created_at,
            updated_at,
            bounced_at,
            replied_at,
            current_node_id,
        )
        if not _CAMPAIGNLEAD_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEAD_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEAD_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "campaign_id",
        "user_id",
        "status",
        "email",
        "linkedin_url",
        "first_name",
        "last_name",
        "name",
        "company",
        "position",
        "headline",
        "custom_fields",
        "source",
        "source_ref",
        "created_at",
        "updated_at",
        "bounced_at",
        "replied_at",
        "current_node_id",
    }
)
_CAMPAIGNLEADSTATUS_BY_VALUE: dict[object, CampaignLeadStatus] = cast(
    "dict[object, CampaignLeadStatus]", CampaignLeadStatus._value2member_map_
)
_CampaignLeadCustomFields_from_dict = CampaignLeadCustomFields._from_dict
