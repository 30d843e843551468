from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.lead_type import LeadType
from ...models.list_list_leads_response import ListListLeadsResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listListLeads",
    "method": "GET",
    "path": "/api/lists/{id}/leads",
    "tag": "lists",
    "module": "puffle_client.api.lists.list_list_leads",
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
        "has_more": ["has_more"],
        "total": ["total"],
        "json": {"items": ["leads"], "next_cursor": ["nextCursor"], "has_more": ["hasMore"], "total": ["total"]},
    },
    "task": None,
    "names": {"sdk": "lists.leads.list", "resource": ["lists", "leads"], "method": "list", "cli": ["list", "lead"]},
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "leads",
            "parent": "lists",
            "link": "lists",
            "filters": {"type": {"op": "eq", "field": "type"}},
        },
        "x-puffle-names": {"sdk": "lists.leads.list", "cli": "list lead"},
        "x-puffle-pagination": {
            "style": "next-cursor",
            "items": "leads",
            "limitParam": "limit",
            "cursorParam": "cursor",
            "nextCursor": "nextCursor",
            "hasMore": "hasMore",
            "total": "total",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lists/{id}/leads".format(
            id=errors.path_segment("id", id),
        ),
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> ListListLeadsResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ListListLeadsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ListListLeadsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ListListLeadsResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=with_request_id(
            _parse_response(client=client, response=response, json_data=json_data), response.headers
        ),
    )


def sync_detailed(
    id: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
) -> Response[ListListLeadsResponse]:
    """List the Leads in a List

     Pages through the members of one List. Each entry is the full workspace Lead, with the same id it
    has in `listLeads`. Pass `nextCursor` back as `cursor` while `hasMore` is true; `total` gives the
    member count. Filter by Lead kind with `type`.

    Args:
        id (str):
        limit (int | Unset):
        cursor (str | Unset):
        type_ (LeadType | Unset): Kind of Lead record.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListListLeadsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
) -> ListListLeadsResponse:
    """List the Leads in a List

     Pages through the members of one List. Each entry is the full workspace Lead, with the same id it
    has in `listLeads`. Pass `nextCursor` back as `cursor` while `hasMore` is true; `total` gives the
    member count. Filter by Lead kind with `type`.

    Args:
        id (str):
        limit (int | Unset):
        cursor (str | Unset):
        type_ (LeadType | Unset): Kind of Lead record.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListListLeadsResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        cursor=cursor,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
) -> Response[ListListLeadsResponse]:
    """List the Leads in a List

     Pages through the members of one List. Each entry is the full workspace Lead, with the same id it
    has in `listLeads`. Pass `nextCursor` back as `cursor` while `hasMore` is true; `total` gives the
    member count. Filter by Lead kind with `type`.

    Args:
        id (str):
        limit (int | Unset):
        cursor (str | Unset):
        type_ (LeadType | Unset): Kind of Lead record.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListListLeadsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
) -> ListListLeadsResponse:
    """List the Leads in a List

     Pages through the members of one List. Each entry is the full workspace Lead, with the same id it
    has in `listLeads`. Pass `nextCursor` back as `cursor` while `hasMore` is true; `total` gives the
    member count. Filter by Lead kind with `type`.

    Args:
        id (str):
        limit (int | Unset):
        cursor (str | Unset):
        type_ (LeadType | Unset): Kind of Lead record.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListListLeadsResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            cursor=cursor,
            type_=type_,
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
    id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
) -> None:
    """The keywords `puffle.paginate` takes for this operation (a signature only, never called)."""


def _puffle_apages(
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    type_: LeadType | Unset = UNSET,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, Lead, ListListLeadsResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
