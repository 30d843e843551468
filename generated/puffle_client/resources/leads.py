"""``client.leads``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, enum_arg, json_body, params_of, send
from puffle._pages import AsyncPage, SyncPage

from ..api.leads import create_lead as _create_lead
from ..api.leads import delete_lead as _delete_lead
from ..api.leads import list_leads as _list_leads
from ..api.leads import update_lead as _update_lead
from ..models.lead import Lead
from ..models.lead_attributes import LeadAttributes
from ..models.lead_company import LeadCompany
from ..models.lead_contact import LeadContact
from ..models.lead_delete_result import LeadDeleteResult
from ..models.lead_location import LeadLocation
from ..models.lead_name import LeadName
from ..models.lead_raw_payload import LeadRawPayload
from ..models.lead_response import LeadResponse
from ..models.lead_social import LeadSocial
from ..models.lead_source import LeadSource
from ..models.lead_type import LeadType
from ..models.list_leads_response import ListLeadsResponse
from ..types import UNSET, Unset
from ._params import (
    LeadAttributesDict,
    LeadCompanyDict,
    LeadContactDict,
    LeadLocationDict,
    LeadNameDict,
    LeadRawPayloadDict,
    LeadSocialDict,
    LeadSourceDict,
)

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncLeadsRawResource",
    "AsyncLeadsResource",
    "LeadsRawResource",
    "LeadsResource",
]

_ = (builtins, Literal, Any)


class LeadsResource:
    """``client.leads``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<LeadsResource of {self._client!r}>"

    @checked
    def create(
        self,
        *,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        name: LeadName | LeadNameDict | Unset = UNSET,
        title: str | Unset = UNSET,
        company: LeadCompany | LeadCompanyDict | Unset = UNSET,
        location: LeadLocation | LeadLocationDict | Unset = UNSET,
        socials: builtins.list[LeadSocial | LeadSocialDict] | Unset = UNSET,
        contacts: builtins.list[LeadContact | LeadContactDict] | Unset = UNSET,
        domain: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        size: str | Unset = UNSET,
        attributes: LeadAttributes | LeadAttributesDict | Unset = UNSET,
        sources: builtins.list[LeadSource | LeadSourceDict] | Unset = UNSET,
        list_ids: builtins.list[str] | Unset = UNSET,
        raw: LeadRawPayload | LeadRawPayloadDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LeadResponse:
        """Create a Lead.

        Operation ``createLead`` (low level: ``puffle_client.api.leads.create_lead``).
        """
        _kwargs = _create_lead._get_kwargs(
            body=json_body(
                {
                    "type": type_,
                    "name": name,
                    "title": title,
                    "company": company,
                    "location": location,
                    "socials": socials,
                    "contacts": contacts,
                    "domain": domain,
                    "industry": industry,
                    "size": size,
                    "attributes": attributes,
                    "sources": sources,
                    "listIds": list_ids,
                    "raw": raw,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_lead._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LeadDeleteResult:
        """Delete a Lead.

        Operation ``deleteLead`` (low level: ``puffle_client.api.leads.delete_lead``).
        """
        _kwargs = _delete_lead._get_kwargs(
            body=json_body(
                {
                    "id": id,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_lead._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        id: str | Unset = UNSET,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        role: str | Unset = UNSET,
        company: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        email: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        location: str | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[Lead, ListLeadsResponse]:
        """List workspace Leads.

                Operation ``listLeads`` (low level: ``puffle_client.api.leads.list_leads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_leads,
            params_of(
                {
                    "id": id,
                    "type_": enum_arg(LeadType, type_),
                    "limit": limit,
                    "cursor": cursor,
                    "q": q,
                    "name": name,
                    "title": title,
                    "role": role,
                    "company": company,
                    "domain": domain,
                    "email": email,
                    "industry": industry,
                    "location": location,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @checked
    def update(
        self,
        *,
        id: str,
        name: LeadName | LeadNameDict | Unset = UNSET,
        title: str | Unset = UNSET,
        company: LeadCompany | LeadCompanyDict | Unset = UNSET,
        location: LeadLocation | LeadLocationDict | Unset = UNSET,
        socials: builtins.list[LeadSocial | LeadSocialDict] | Unset = UNSET,
        contacts: builtins.list[LeadContact | LeadContactDict] | Unset = UNSET,
        domain: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        size: str | Unset = UNSET,
        attributes: LeadAttributes | LeadAttributesDict | Unset = UNSET,
        raw: LeadRawPayload | LeadRawPayloadDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LeadResponse:
        """Update a Lead.

        Operation ``updateLead`` (low level: ``puffle_client.api.leads.update_lead``).
        """
        _kwargs = _update_lead._get_kwargs(
            body=json_body(
                {
                    "id": id,
                    "name": name,
                    "title": title,
                    "company": company,
                    "location": location,
                    "socials": socials,
                    "contacts": contacts,
                    "domain": domain,
                    "industry": industry,
                    "size": size,
                    "attributes": attributes,
                    "raw": raw,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_lead._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncLeadsResource:
    """``client.leads``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncLeadsResource of {self._client!r}>"

    @checked
    async def create(
        self,
        *,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        name: LeadName | LeadNameDict | Unset = UNSET,
        title: str | Unset = UNSET,
        company: LeadCompany | LeadCompanyDict | Unset = UNSET,
        location: LeadLocation | LeadLocationDict | Unset = UNSET,
        socials: builtins.list[LeadSocial | LeadSocialDict] | Unset = UNSET,
        contacts: builtins.list[LeadContact | LeadContactDict] | Unset = UNSET,
        domain: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        size: str | Unset = UNSET,
        attributes: LeadAttributes | LeadAttributesDict | Unset = UNSET,
        sources: builtins.list[LeadSource | LeadSourceDict] | Unset = UNSET,
        list_ids: builtins.list[str] | Unset = UNSET,
        raw: LeadRawPayload | LeadRawPayloadDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LeadResponse:
        """Create a Lead.

        Operation ``createLead`` (low level: ``puffle_client.api.leads.create_lead``).
        """
        _kwargs = _create_lead._get_kwargs(
            body=json_body(
                {
                    "type": type_,
                    "name": name,
                    "title": title,
                    "company": company,
                    "location": location,
                    "socials": socials,
                    "contacts": contacts,
                    "domain": domain,
                    "industry": industry,
                    "size": size,
                    "attributes": attributes,
                    "sources": sources,
                    "listIds": list_ids,
                    "raw": raw,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_lead._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LeadDeleteResult:
        """Delete a Lead.

        Operation ``deleteLead`` (low level: ``puffle_client.api.leads.delete_lead``).
        """
        _kwargs = _delete_lead._get_kwargs(
            body=json_body(
                {
                    "id": id,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_lead._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        id: str | Unset = UNSET,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        role: str | Unset = UNSET,
        company: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        email: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        location: str | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Lead, ListLeadsResponse]:
        """List workspace Leads.

                Operation ``listLeads`` (low level: ``puffle_client.api.leads.list_leads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_leads,
            params_of(
                {
                    "id": id,
                    "type_": enum_arg(LeadType, type_),
                    "limit": limit,
                    "cursor": cursor,
                    "q": q,
                    "name": name,
                    "title": title,
                    "role": role,
                    "company": company,
                    "domain": domain,
                    "email": email,
                    "industry": industry,
                    "location": location,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @checked
    async def update(
        self,
        *,
        id: str,
        name: LeadName | LeadNameDict | Unset = UNSET,
        title: str | Unset = UNSET,
        company: LeadCompany | LeadCompanyDict | Unset = UNSET,
        location: LeadLocation | LeadLocationDict | Unset = UNSET,
        socials: builtins.list[LeadSocial | LeadSocialDict] | Unset = UNSET,
        contacts: builtins.list[LeadContact | LeadContactDict] | Unset = UNSET,
        domain: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        size: str | Unset = UNSET,
        attributes: LeadAttributes | LeadAttributesDict | Unset = UNSET,
        raw: LeadRawPayload | LeadRawPayloadDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LeadResponse:
        """Update a Lead.

        Operation ``updateLead`` (low level: ``puffle_client.api.leads.update_lead``).
        """
        _kwargs = _update_lead._get_kwargs(
            body=json_body(
                {
                    "id": id,
                    "name": name,
                    "title": title,
                    "company": company,
                    "location": location,
                    "socials": socials,
                    "contacts": contacts,
                    "domain": domain,
                    "industry": industry,
                    "size": size,
                    "attributes": attributes,
                    "raw": raw,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_lead._build_response(client=self._client, response=_response).parsed
        return _parsed


class LeadsRawResource:
    """``client.with_raw_response.leads``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<LeadsRawResource of {self._client!r}>"

    @checked
    def create(
        self,
        *,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        name: LeadName | LeadNameDict | Unset = UNSET,
        title: str | Unset = UNSET,
        company: LeadCompany | LeadCompanyDict | Unset = UNSET,
        location: LeadLocation | LeadLocationDict | Unset = UNSET,
        socials: builtins.list[LeadSocial | LeadSocialDict] | Unset = UNSET,
        contacts: builtins.list[LeadContact | LeadContactDict] | Unset = UNSET,
        domain: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        size: str | Unset = UNSET,
        attributes: LeadAttributes | LeadAttributesDict | Unset = UNSET,
        sources: builtins.list[LeadSource | LeadSourceDict] | Unset = UNSET,
        list_ids: builtins.list[str] | Unset = UNSET,
        raw: LeadRawPayload | LeadRawPayloadDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[LeadResponse]:
        """Create a Lead.

        Operation ``createLead`` (low level: ``puffle_client.api.leads.create_lead``).
        """
        _kwargs = _create_lead._get_kwargs(
            body=json_body(
                {
                    "type": type_,
                    "name": name,
                    "title": title,
                    "company": company,
                    "location": location,
                    "socials": socials,
                    "contacts": contacts,
                    "domain": domain,
                    "industry": industry,
                    "size": size,
                    "attributes": attributes,
                    "sources": sources,
                    "listIds": list_ids,
                    "raw": raw,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_lead._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[LeadDeleteResult]:
        """Delete a Lead.

        Operation ``deleteLead`` (low level: ``puffle_client.api.leads.delete_lead``).
        """
        _kwargs = _delete_lead._get_kwargs(
            body=json_body(
                {
                    "id": id,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_lead._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        id: str | Unset = UNSET,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        role: str | Unset = UNSET,
        company: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        email: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        location: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListLeadsResponse]:
        """List workspace Leads.

        Operation ``listLeads`` (low level: ``puffle_client.api.leads.list_leads``).
        """
        _kwargs = _list_leads._get_kwargs(
            id=id,
            type_=enum_arg(LeadType, type_),
            limit=limit,
            cursor=cursor,
            q=q,
            name=name,
            title=title,
            role=role,
            company=company,
            domain=domain,
            email=email,
            industry=industry,
            location=location,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        *,
        id: str,
        name: LeadName | LeadNameDict | Unset = UNSET,
        title: str | Unset = UNSET,
        company: LeadCompany | LeadCompanyDict | Unset = UNSET,
        location: LeadLocation | LeadLocationDict | Unset = UNSET,
        socials: builtins.list[LeadSocial | LeadSocialDict] | Unset = UNSET,
        contacts: builtins.list[LeadContact | LeadContactDict] | Unset = UNSET,
        domain: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        size: str | Unset = UNSET,
        attributes: LeadAttributes | LeadAttributesDict | Unset = UNSET,
        raw: LeadRawPayload | LeadRawPayloadDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[LeadResponse]:
        """Update a Lead.

        Operation ``updateLead`` (low level: ``puffle_client.api.leads.update_lead``).
        """
        _kwargs = _update_lead._get_kwargs(
            body=json_body(
                {
                    "id": id,
                    "name": name,
                    "title": title,
                    "company": company,
                    "location": location,
                    "socials": socials,
                    "contacts": contacts,
                    "domain": domain,
                    "industry": industry,
                    "size": size,
                    "attributes": attributes,
                    "raw": raw,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_lead._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncLeadsRawResource:
    """``client.with_raw_response.leads``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncLeadsRawResource of {self._client!r}>"

    @checked
    async def create(
        self,
        *,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        name: LeadName | LeadNameDict | Unset = UNSET,
        title: str | Unset = UNSET,
        company: LeadCompany | LeadCompanyDict | Unset = UNSET,
        location: LeadLocation | LeadLocationDict | Unset = UNSET,
        socials: builtins.list[LeadSocial | LeadSocialDict] | Unset = UNSET,
        contacts: builtins.list[LeadContact | LeadContactDict] | Unset = UNSET,
        domain: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        size: str | Unset = UNSET,
        attributes: LeadAttributes | LeadAttributesDict | Unset = UNSET,
        sources: builtins.list[LeadSource | LeadSourceDict] | Unset = UNSET,
        list_ids: builtins.list[str] | Unset = UNSET,
        raw: LeadRawPayload | LeadRawPayloadDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[LeadResponse]:
        """Create a Lead.

        Operation ``createLead`` (low level: ``puffle_client.api.leads.create_lead``).
        """
        _kwargs = _create_lead._get_kwargs(
            body=json_body(
                {
                    "type": type_,
                    "name": name,
                    "title": title,
                    "company": company,
                    "location": location,
                    "socials": socials,
                    "contacts": contacts,
                    "domain": domain,
                    "industry": industry,
                    "size": size,
                    "attributes": attributes,
                    "sources": sources,
                    "listIds": list_ids,
                    "raw": raw,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_lead._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def delete(
        self,
        *,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[LeadDeleteResult]:
        """Delete a Lead.

        Operation ``deleteLead`` (low level: ``puffle_client.api.leads.delete_lead``).
        """
        _kwargs = _delete_lead._get_kwargs(
            body=json_body(
                {
                    "id": id,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_lead._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        id: str | Unset = UNSET,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        title: str | Unset = UNSET,
        role: str | Unset = UNSET,
        company: str | Unset = UNSET,
        domain: str | Unset = UNSET,
        email: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        location: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListLeadsResponse]:
        """List workspace Leads.

        Operation ``listLeads`` (low level: ``puffle_client.api.leads.list_leads``).
        """
        _kwargs = _list_leads._get_kwargs(
            id=id,
            type_=enum_arg(LeadType, type_),
            limit=limit,
            cursor=cursor,
            q=q,
            name=name,
            title=title,
            role=role,
            company=company,
            domain=domain,
            email=email,
            industry=industry,
            location=location,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        *,
        id: str,
        name: LeadName | LeadNameDict | Unset = UNSET,
        title: str | Unset = UNSET,
        company: LeadCompany | LeadCompanyDict | Unset = UNSET,
        location: LeadLocation | LeadLocationDict | Unset = UNSET,
        socials: builtins.list[LeadSocial | LeadSocialDict] | Unset = UNSET,
        contacts: builtins.list[LeadContact | LeadContactDict] | Unset = UNSET,
        domain: str | Unset = UNSET,
        industry: str | Unset = UNSET,
        size: str | Unset = UNSET,
        attributes: LeadAttributes | LeadAttributesDict | Unset = UNSET,
        raw: LeadRawPayload | LeadRawPayloadDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[LeadResponse]:
        """Update a Lead.

        Operation ``updateLead`` (low level: ``puffle_client.api.leads.update_lead``).
        """
        _kwargs = _update_lead._get_kwargs(
            body=json_body(
                {
                    "id": id,
                    "name": name,
                    "title": title,
                    "company": company,
                    "location": location,
                    "socials": socials,
                    "contacts": contacts,
                    "domain": domain,
                    "industry": industry,
                    "size": size,
                    "attributes": attributes,
                    "raw": raw,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_lead._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
