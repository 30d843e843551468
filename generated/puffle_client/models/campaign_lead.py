from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_lead_status import CampaignLeadStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields


T = TypeVar("T", bound="CampaignLead")


@_attrs_define
class CampaignLead(AdditionalProperties):
    """A lead enrolled in a campaign (called a prospect in the API).

    Attributes:
        id (str):
        campaign_id (None | str | Unset):
        user_id (None | str | Unset):
        status (CampaignLeadStatus | None | Unset): Pipeline stage (the values of the list's `status` filter).
        email (None | str | Unset): Identity of the lead in email campaigns.
        linkedin_url (None | str | Unset): Identity of the lead in LinkedIn campaigns.
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        name (None | str | Unset):
        company (None | str | Unset):
        position (None | str | Unset):
        headline (None | str | Unset):
        custom_fields (CampaignLeadCustomFields | None | Unset):
        source (None | str | Unset): Where the lead came from (for example `api` or `csv`).
        source_ref (None | str | Unset): Reference for the source, such as a list id.
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        bounced_at (datetime.datetime | None | Unset):
        replied_at (datetime.datetime | None | Unset):
        current_node_id (None | str | Unset): Sequence node the lead is currently on.
    """

    id: str
    campaign_id: str | Unset | None = UNSET
    user_id: str | Unset | None = UNSET
    status: CampaignLeadStatus | Unset | None = UNSET
    email: str | Unset | None = UNSET
    linkedin_url: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    company: str | Unset | None = UNSET
    position: str | Unset | None = UNSET
    headline: str | Unset | None = UNSET
    custom_fields: CampaignLeadCustomFields | Unset | None = UNSET
    source: str | Unset | None = UNSET
    source_ref: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    bounced_at: datetime.datetime | Unset | None = UNSET
    replied_at: datetime.datetime | Unset | None = UNSET
    current_node_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id: str | Unset | None
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CampaignLeadStatus):
            status = self.status.value
        else:
            status = self.status

        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        linkedin_url: str | Unset | None
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        company: str | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        position: str | Unset | None
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        headline: str | Unset | None
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        custom_fields: dict[str, Any] | Unset | None
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, CampaignLeadCustomFields):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        source: str | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_ref: str | Unset | None
        if isinstance(self.source_ref, Unset):
            source_ref = UNSET
        else:
            source_ref = self.source_ref

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        bounced_at: str | Unset | None
        if isinstance(self.bounced_at, Unset):
            bounced_at = UNSET
        elif isinstance(self.bounced_at, datetime.datetime):
            bounced_at = self.bounced_at.isoformat()
        else:
            bounced_at = self.bounced_at

        replied_at: str | Unset | None
        if isinstance(self.replied_at, Unset):
            replied_at = UNSET
        elif isinstance(self.replied_at, datetime.datetime):
            replied_at = self.replied_at.isoformat()
        else:
            replied_at = self.replied_at

        current_node_id: str | Unset | None
        if isinstance(self.current_node_id, Unset):
            current_node_id = UNSET
        else:
            current_node_id = self.current_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if email is not UNSET:
            field_dict["email"] = email
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company
        if position is not UNSET:
            field_dict["position"] = position
        if headline is not UNSET:
            field_dict["headline"] = headline
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if source is not UNSET:
            field_dict["source"] = source
        if source_ref is not UNSET:
            field_dict["source_ref"] = source_ref
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if bounced_at is not UNSET:
            field_dict["bounced_at"] = bounced_at
        if replied_at is not UNSET:
            field_dict["replied_at"] = replied_at
        if current_node_id is not UNSET:
            field_dict["current_node_id"] = current_node_id

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        campaign_id = cast(None | str | Unset, d.pop("campaign_id", UNSET))

        user_id = cast(None | str | Unset, d.pop("user_id", UNSET))

        def _parse_status(data: object) -> CampaignLeadStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CampaignLeadStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignLeadStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        email = cast(None | str | Unset, d.pop("email", UNSET))

        linkedin_url = cast(None | str | Unset, d.pop("linkedin_url", UNSET))

        first_name = cast(None | str | Unset, d.pop("first_name", UNSET))

        last_name = cast(None | str | Unset, d.pop("last_name", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        company = cast(None | str | Unset, d.pop("company", UNSET))

        position = cast(None | str | Unset, d.pop("position", UNSET))

        headline = cast(None | str | Unset, d.pop("headline", UNSET))

        def _parse_custom_fields(data: object) -> CampaignLeadCustomFields | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = CampaignLeadCustomFields.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignLeadCustomFields | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        source = cast(None | str | Unset, d.pop("source", UNSET))

        source_ref = cast(None | str | Unset, d.pop("source_ref", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_bounced_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bounced_at_type_0 = datetime.datetime.fromisoformat(data)

                return bounced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        bounced_at = _parse_bounced_at(d.pop("bounced_at", UNSET))

        def _parse_replied_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replied_at_type_0 = datetime.datetime.fromisoformat(data)

                return replied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        replied_at = _parse_replied_at(d.pop("replied_at", UNSET))

        current_node_id = cast(None | str | Unset, d.pop("current_node_id", UNSET))

        _instance = cls(
            id=id,
            campaign_id=campaign_id,
            user_id=user_id,
            status=status,
            email=email,
            linkedin_url=linkedin_url,
            first_name=first_name,
            last_name=last_name,
            name=name,
            company=company,
            position=position,
            headline=headline,
            custom_fields=custom_fields,
            source=source,
            source_ref=source_ref,
            created_at=created_at,
            updated_at=updated_at,
            bounced_at=bounced_at,
            replied_at=replied_at,
            current_node_id=current_node_id,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields  # noqa: E402
