from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.lead_type import LeadType
from ...models.list_leads_response import ListLeadsResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listLeads",
    "method": "GET",
    "path": "/api/leads",
    "tag": "leads",
    "module": "puffle_client.api.leads.list_leads",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "next-cursor",
        "items": ["leads"],
        "limit_param": "limit",
        "cursor_param": "cursor",
        "page_param": None,
        "offset_param": None,
        "next_cursor": ["next_cursor"],
        "has_more": None,
        "total": None,
        "json": {"items": ["leads"], "next_cursor": ["nextCursor"], "has_more": None, "total": None},
    },
    "task": None,
    "names": {"sdk": "leads.list", "resource": ["leads"], "method": "list", "cli": ["lead"]},
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "leads",
            "seed": 1000,
            "filters": {
                "id": {"op": "eq", "field": "id"},
                "type": {"op": "eq", "field": "type"},
                "q": {
                    "op": "search",
                    "fields": [
                        "name.full",
                        "title",
                        "company.name",
                        "company.domain",
                        "location.raw",
                        "contacts.value",
                    ],
                },
                "name": {"op": "search", "field": "name.full"},
                "title": {"op": "search", "field": "title"},
                "role": {"op": "search", "field": "title"},
                "company": {"op": "search", "field": "company.name"},
                "domain": {"op": "search", "field": "company.domain"},
                "email": {"op": "search", "field": "contacts.value"},
                "location": {
                    "op": "search",
                    "fields": ["location.raw", "location.city", "location.state", "location.country"],
                },
            },
            "unfiltered": {"industry": "the documented lead schema has no industry field to match against"},
        },
        "x-puffle-names": {"sdk": "leads.list", "cli": "lead"},
        "x-puffle-pagination": {
            "style": "next-cursor",
            "items": "leads",
            "limitParam": "limit",
            "cursorParam": "cursor",
            "nextCursor": "nextCursor",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["limit"] = limit

    params["cursor"] = cursor

    params["q"] = q

    params["name"] = name

    params["title"] = title

    params["role"] = role

    params["company"] = company

    params["domain"] = domain

    params["email"] = email

    params["industry"] = industry

    params["location"] = location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/leads",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> ListLeadsResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ListLeadsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ListLeadsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ListLeadsResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=with_request_id(
            _parse_response(client=client, response=response, json_data=json_data), response.headers
        ),
    )


def sync_detailed(
    *,
    client: Client,
    id: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
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
) -> Response[ListLeadsResponse]:
    """List workspace Leads

     Pages through every Lead in the workspace, regardless of which Lists hold it. Narrow the page with
    `type` and the field filters (`name`, `title`, `role`, `company`, `domain`, `email`, `industry`,
    `location`), or use `q` for a loose match across several of those fields at once. Passing `id`
    looks up one Lead instead of paging. Follow `nextCursor` into `cursor` to read the next page.
    To page the members of a single List, call `listListLeads` instead.

    Args:
        id (str | Unset):
        type_ (LeadType | Unset): Kind of Lead record.
        limit (int | Unset):
        cursor (str | Unset):
        q (str | Unset):
        name (str | Unset):
        title (str | Unset):
        role (str | Unset):
        company (str | Unset):
        domain (str | Unset):
        email (str | Unset):
        industry (str | Unset):
        location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListLeadsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    id: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
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
) -> ListLeadsResponse:
    """List workspace Leads

     Pages through every Lead in the workspace, regardless of which Lists hold it. Narrow the page with
    `type` and the field filters (`name`, `title`, `role`, `company`, `domain`, `email`, `industry`,
    `location`), or use `q` for a loose match across several of those fields at once. Passing `id`
    looks up one Lead instead of paging. Follow `nextCursor` into `cursor` to read the next page.
    To page the members of a single List, call `listListLeads` instead.

    Args:
        id (str | Unset):
        type_ (LeadType | Unset): Kind of Lead record.
        limit (int | Unset):
        cursor (str | Unset):
        q (str | Unset):
        name (str | Unset):
        title (str | Unset):
        role (str | Unset):
        company (str | Unset):
        domain (str | Unset):
        email (str | Unset):
        industry (str | Unset):
        location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListLeadsResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        type_=type_,
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    id: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
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
) -> Response[ListLeadsResponse]:
    """List workspace Leads

     Pages through every Lead in the workspace, regardless of which Lists hold it. Narrow the page with
    `type` and the field filters (`name`, `title`, `role`, `company`, `domain`, `email`, `industry`,
    `location`), or use `q` for a loose match across several of those fields at once. Passing `id`
    looks up one Lead instead of paging. Follow `nextCursor` into `cursor` to read the next page.
    To page the members of a single List, call `listListLeads` instead.

    Args:
        id (str | Unset):
        type_ (LeadType | Unset): Kind of Lead record.
        limit (int | Unset):
        cursor (str | Unset):
        q (str | Unset):
        name (str | Unset):
        title (str | Unset):
        role (str | Unset):
        company (str | Unset):
        domain (str | Unset):
        email (str | Unset):
        industry (str | Unset):
        location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListLeadsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    id: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
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
) -> ListLeadsResponse:
    """List workspace Leads

     Pages through every Lead in the workspace, regardless of which Lists hold it. Narrow the page with
    `type` and the field filters (`name`, `title`, `role`, `company`, `domain`, `email`, `industry`,
    `location`), or use `q` for a loose match across several of those fields at once. Passing `id`
    looks up one Lead instead of paging. Follow `nextCursor` into `cursor` to read the next page.
    To page the members of a single List, call `listListLeads` instead.

    Args:
        id (str | Unset):
        type_ (LeadType | Unset): Kind of Lead record.
        limit (int | Unset):
        cursor (str | Unset):
        q (str | Unset):
        name (str | Unset):
        title (str | Unset):
        role (str | Unset):
        company (str | Unset):
        domain (str | Unset):
        email (str | Unset):
        industry (str | Unset):
        location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListLeadsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            type_=type_,
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
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.lead import Lead  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    id: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
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
) -> None:
    """The keywords `puffle.paginate` takes for this operation (a signature only, never called)."""


def _puffle_apages(
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    id: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
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
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, Lead, ListLeadsResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
