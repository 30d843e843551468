"""``client.lists``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, enum_arg, json_body, params_of, send
from puffle._pages import AsyncPage, SyncPage

from ..api.lists import add_list_leads as _add_list_leads
from ..api.lists import create_list as _create_list
from ..api.lists import delete_list as _delete_list
from ..api.lists import import_list_leads as _import_list_leads
from ..api.lists import list_list_leads as _list_list_leads
from ..api.lists import list_lists as _list_lists
from ..api.lists import remove_list_leads as _remove_list_leads
from ..api.lists import update_list as _update_list
from ..models.lead import Lead
from ..models.lead_input import LeadInput
from ..models.lead_type import LeadType
from ..models.list_delete_result import ListDeleteResult
from ..models.list_import_response import ListImportResponse
from ..models.list_lead_type import ListLeadType
from ..models.list_list_leads_response import ListListLeadsResponse
from ..models.list_lists_response import ListListsResponse
from ..models.list_response import ListResponse
from ..types import UNSET, Unset
from ._params import LeadInputDict

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncListsLeadsRawResource",
    "AsyncListsLeadsResource",
    "AsyncListsRawResource",
    "AsyncListsResource",
    "ListsLeadsRawResource",
    "ListsLeadsResource",
    "ListsRawResource",
    "ListsResource",
]

_ = (builtins, Literal, Any)


class ListsResource:
    """``client.lists``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ListsResource of {self._client!r}>"

    @property
    def leads(self) -> ListsLeadsResource:
        found: ListsLeadsResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = ListsLeadsResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        lead_type: ListLeadType | Literal["person", "company", "mixed"] | Unset = UNSET,
        lead_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListResponse:
        """Create a List.

        Operation ``createList`` (low level: ``puffle_client.api.lists.create_list``).
        """
        _kwargs = _create_list._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "leadType": lead_type,
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_list._build_response(client=self._client, response=_response).parsed
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
    ) -> ListDeleteResult:
        """Delete a List.

        Operation ``deleteList`` (low level: ``puffle_client.api.lists.delete_list``).
        """
        _kwargs = _delete_list._get_kwargs(
            body=json_body(
                {
                    "id": id,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_list._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def import_leads(
        self,
        *,
        leads: builtins.list[LeadInput | LeadInputDict],
        list_id: str | Unset = UNSET,
        preview: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListImportResponse:
        """Import Leads into a List.

        Operation ``importListLeads`` (low level: ``puffle_client.api.lists.import_list_leads``).
        """
        _kwargs = _import_list_leads._get_kwargs(
            body=json_body(
                {
                    "leads": leads,
                    "listId": list_id,
                    "preview": preview,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _import_list_leads._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListListsResponse:
        """List all Lists.

        Operation ``listLists`` (low level: ``puffle_client.api.lists.list_lists``).
        """
        _kwargs = _list_lists._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lists._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        *,
        id: str,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        lead_type: ListLeadType | Literal["person", "company", "mixed"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListResponse:
        """Update a List.

        Operation ``updateList`` (low level: ``puffle_client.api.lists.update_list``).
        """
        _kwargs = _update_list._get_kwargs(
            body=json_body(
                {
                    "id": id,
                    "name": name,
                    "description": description,
                    "leadType": lead_type,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_list._build_response(client=self._client, response=_response).parsed
        return _parsed


class ListsLeadsResource:
    """``client.lists.leads``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ListsLeadsResource of {self._client!r}>"

    @checked
    def add(
        self,
        id: str,
        *,
        lead_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListResponse:
        """Add Leads to a List.

        Operation ``addListLeads`` (low level: ``puffle_client.api.lists.add_list_leads``).
        """
        _kwargs = _add_list_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_list_leads._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[Lead, ListListLeadsResponse]:
        """List the Leads in a List.

                Operation ``listListLeads`` (low level: ``puffle_client.api.lists.list_list_leads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_list_leads,
            params_of(
                {
                    "id": id,
                    "limit": limit,
                    "cursor": cursor,
                    "type_": enum_arg(LeadType, type_),
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
        lead_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListResponse:
        """Remove Leads from a List.

        Operation ``removeListLeads`` (low level: ``puffle_client.api.lists.remove_list_leads``).
        """
        _kwargs = _remove_list_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _remove_list_leads._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncListsResource:
    """``client.lists``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncListsResource of {self._client!r}>"

    @property
    def leads(self) -> AsyncListsLeadsResource:
        found: AsyncListsLeadsResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = AsyncListsLeadsResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        lead_type: ListLeadType | Literal["person", "company", "mixed"] | Unset = UNSET,
        lead_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListResponse:
        """Create a List.

        Operation ``createList`` (low level: ``puffle_client.api.lists.create_list``).
        """
        _kwargs = _create_list._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "leadType": lead_type,
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_list._build_response(client=self._client, response=_response).parsed
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
    ) -> ListDeleteResult:
        """Delete a List.

        Operation ``deleteList`` (low level: ``puffle_client.api.lists.delete_list``).
        """
        _kwargs = _delete_list._get_kwargs(
            body=json_body(
                {
                    "id": id,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_list._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def import_leads(
        self,
        *,
        leads: builtins.list[LeadInput | LeadInputDict],
        list_id: str | Unset = UNSET,
        preview: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListImportResponse:
        """Import Leads into a List.

        Operation ``importListLeads`` (low level: ``puffle_client.api.lists.import_list_leads``).
        """
        _kwargs = _import_list_leads._get_kwargs(
            body=json_body(
                {
                    "leads": leads,
                    "listId": list_id,
                    "preview": preview,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _import_list_leads._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListListsResponse:
        """List all Lists.

        Operation ``listLists`` (low level: ``puffle_client.api.lists.list_lists``).
        """
        _kwargs = _list_lists._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lists._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        *,
        id: str,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        lead_type: ListLeadType | Literal["person", "company", "mixed"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListResponse:
        """Update a List.

        Operation ``updateList`` (low level: ``puffle_client.api.lists.update_list``).
        """
        _kwargs = _update_list._get_kwargs(
            body=json_body(
                {
                    "id": id,
                    "name": name,
                    "description": description,
                    "leadType": lead_type,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_list._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncListsLeadsResource:
    """``client.lists.leads``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncListsLeadsResource of {self._client!r}>"

    @checked
    async def add(
        self,
        id: str,
        *,
        lead_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListResponse:
        """Add Leads to a List.

        Operation ``addListLeads`` (low level: ``puffle_client.api.lists.add_list_leads``).
        """
        _kwargs = _add_list_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_list_leads._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Lead, ListListLeadsResponse]:
        """List the Leads in a List.

                Operation ``listListLeads`` (low level: ``puffle_client.api.lists.list_list_leads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_list_leads,
            params_of(
                {
                    "id": id,
                    "limit": limit,
                    "cursor": cursor,
                    "type_": enum_arg(LeadType, type_),
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
        lead_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListResponse:
        """Remove Leads from a List.

        Operation ``removeListLeads`` (low level: ``puffle_client.api.lists.remove_list_leads``).
        """
        _kwargs = _remove_list_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _remove_list_leads._build_response(client=self._client, response=_response).parsed
        return _parsed


class ListsRawResource:
    """``client.with_raw_response.lists``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ListsRawResource of {self._client!r}>"

    @property
    def leads(self) -> ListsLeadsRawResource:
        found: ListsLeadsRawResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = ListsLeadsRawResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        lead_type: ListLeadType | Literal["person", "company", "mixed"] | Unset = UNSET,
        lead_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListResponse]:
        """Create a List.

        Operation ``createList`` (low level: ``puffle_client.api.lists.create_list``).
        """
        _kwargs = _create_list._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "leadType": lead_type,
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_list._build_response(client=self._client, response=_response).parsed
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
    ) -> RawResponse[ListDeleteResult]:
        """Delete a List.

        Operation ``deleteList`` (low level: ``puffle_client.api.lists.delete_list``).
        """
        _kwargs = _delete_list._get_kwargs(
            body=json_body(
                {
                    "id": id,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_list._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def import_leads(
        self,
        *,
        leads: builtins.list[LeadInput | LeadInputDict],
        list_id: str | Unset = UNSET,
        preview: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListImportResponse]:
        """Import Leads into a List.

        Operation ``importListLeads`` (low level: ``puffle_client.api.lists.import_list_leads``).
        """
        _kwargs = _import_list_leads._get_kwargs(
            body=json_body(
                {
                    "leads": leads,
                    "listId": list_id,
                    "preview": preview,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _import_list_leads._build_response(client=self._client, response=_response).parsed
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
    ) -> RawResponse[ListListsResponse]:
        """List all Lists.

        Operation ``listLists`` (low level: ``puffle_client.api.lists.list_lists``).
        """
        _kwargs = _list_lists._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lists._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        *,
        id: str,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        lead_type: ListLeadType | Literal["person", "company", "mixed"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListResponse]:
        """Update a List.

        Operation ``updateList`` (low level: ``puffle_client.api.lists.update_list``).
        """
        _kwargs = _update_list._get_kwargs(
            body=json_body(
                {
                    "id": id,
                    "name": name,
                    "description": description,
                    "leadType": lead_type,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_list._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class ListsLeadsRawResource:
    """``client.with_raw_response.lists.leads``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ListsLeadsRawResource of {self._client!r}>"

    @checked
    def add(
        self,
        id: str,
        *,
        lead_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListResponse]:
        """Add Leads to a List.

        Operation ``addListLeads`` (low level: ``puffle_client.api.lists.add_list_leads``).
        """
        _kwargs = _add_list_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_list_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListListLeadsResponse]:
        """List the Leads in a List.

        Operation ``listListLeads`` (low level: ``puffle_client.api.lists.list_list_leads``).
        """
        _kwargs = _list_list_leads._get_kwargs(
            id,
            limit=limit,
            cursor=cursor,
            type_=enum_arg(LeadType, type_),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_list_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def remove(
        self,
        id: str,
        *,
        lead_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListResponse]:
        """Remove Leads from a List.

        Operation ``removeListLeads`` (low level: ``puffle_client.api.lists.remove_list_leads``).
        """
        _kwargs = _remove_list_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _remove_list_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncListsRawResource:
    """``client.with_raw_response.lists``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncListsRawResource of {self._client!r}>"

    @property
    def leads(self) -> AsyncListsLeadsRawResource:
        found: AsyncListsLeadsRawResource | None = self.__dict__.get("_r_leads")
        if found is None:
            found = self.__dict__["_r_leads"] = AsyncListsLeadsRawResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        lead_type: ListLeadType | Literal["person", "company", "mixed"] | Unset = UNSET,
        lead_ids: builtins.list[str] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListResponse]:
        """Create a List.

        Operation ``createList`` (low level: ``puffle_client.api.lists.create_list``).
        """
        _kwargs = _create_list._get_kwargs(
            body=json_body(
                {
                    "name": name,
                    "description": description,
                    "leadType": lead_type,
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_list._build_response(client=self._client, response=_response).parsed
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
    ) -> RawResponse[ListDeleteResult]:
        """Delete a List.

        Operation ``deleteList`` (low level: ``puffle_client.api.lists.delete_list``).
        """
        _kwargs = _delete_list._get_kwargs(
            body=json_body(
                {
                    "id": id,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_list._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def import_leads(
        self,
        *,
        leads: builtins.list[LeadInput | LeadInputDict],
        list_id: str | Unset = UNSET,
        preview: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListImportResponse]:
        """Import Leads into a List.

        Operation ``importListLeads`` (low level: ``puffle_client.api.lists.import_list_leads``).
        """
        _kwargs = _import_list_leads._get_kwargs(
            body=json_body(
                {
                    "leads": leads,
                    "listId": list_id,
                    "preview": preview,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _import_list_leads._build_response(client=self._client, response=_response).parsed
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
    ) -> RawResponse[ListListsResponse]:
        """List all Lists.

        Operation ``listLists`` (low level: ``puffle_client.api.lists.list_lists``).
        """
        _kwargs = _list_lists._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_lists._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        *,
        id: str,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        lead_type: ListLeadType | Literal["person", "company", "mixed"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListResponse]:
        """Update a List.

        Operation ``updateList`` (low level: ``puffle_client.api.lists.update_list``).
        """
        _kwargs = _update_list._get_kwargs(
            body=json_body(
                {
                    "id": id,
                    "name": name,
                    "description": description,
                    "leadType": lead_type,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_list._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncListsLeadsRawResource:
    """``client.with_raw_response.lists.leads``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncListsLeadsRawResource of {self._client!r}>"

    @checked
    async def add(
        self,
        id: str,
        *,
        lead_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListResponse]:
        """Add Leads to a List.

        Operation ``addListLeads`` (low level: ``puffle_client.api.lists.add_list_leads``).
        """
        _kwargs = _add_list_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _add_list_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        id: str,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        type_: LeadType | Literal["person", "company"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListListLeadsResponse]:
        """List the Leads in a List.

        Operation ``listListLeads`` (low level: ``puffle_client.api.lists.list_list_leads``).
        """
        _kwargs = _list_list_leads._get_kwargs(
            id,
            limit=limit,
            cursor=cursor,
            type_=enum_arg(LeadType, type_),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_list_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def remove(
        self,
        id: str,
        *,
        lead_ids: builtins.list[str],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListResponse]:
        """Remove Leads from a List.

        Operation ``removeListLeads`` (low level: ``puffle_client.api.lists.remove_list_leads``).
        """
        _kwargs = _remove_list_leads._get_kwargs(
            id,
            body=json_body(
                {
                    "leadIds": lead_ids,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _remove_list_leads._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
