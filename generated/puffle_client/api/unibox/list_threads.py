from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.list_threads_include import ListThreadsInclude
from ...models.thread_channel import ThreadChannel
from ...models.thread_list_response import ThreadListResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listThreads",
    "method": "GET",
    "path": "/api/threads",
    "tag": "unibox",
    "module": "puffle_client.api.unibox.list_threads",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "page",
        "items": ["threads"],
        "limit_param": "limit",
        "cursor_param": None,
        "page_param": "page",
        "offset_param": None,
        "next_cursor": None,
        "has_more": None,
        "total": ["total"],
        "json": {"items": ["threads"], "next_cursor": None, "has_more": None, "total": ["total"]},
    },
    "task": None,
    "names": {"sdk": "threads.list", "resource": ["threads"], "method": "list", "cli": ["thread"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "list",
            "resource": "threads",
            "seed": 200,
            "filters": {
                "inbox_state": {"op": "eq", "field": "inbox_state"},
                "status": {"op": "eq", "field": "status"},
                "unread": {"op": "flag", "field": "unread_count"},
                "channel": {"op": "eq", "field": "channel"},
                "sender_id": {"op": "eq", "field": "account_id"},
                "participant_email": {"op": "eq", "field": "participant_email"},
                "exclude_thread_id": {"op": "ne", "field": "id"},
                "search": {
                    "op": "search",
                    "fields": [
                        "participant_name",
                        "participant_email",
                        "participant_linkedin_url",
                        "last_message_snippet",
                    ],
                },
            },
            "unfiltered": {
                "view": "mixes inbox states and flags (unread, bounced); the docs give no mapping to fields",
                "bounced": "threads carry no bounce marker in the documented schema",
                "campaign_id": "threads carry no campaign link in the documented schema",
                "correspondence": "switches to a correspondence lookup whose answer shape is not documented",
                "include": "adds filter options to the response; does not filter",
            },
        },
        "x-puffle-names": {"sdk": "threads.list", "cli": "thread"},
        "x-puffle-note": "The 200 body (threads array plus flat total/page/limit) and its "
        "example are modelled on Get Messages and Get Thread because the "
        "page's own example was not captured.",
        "x-puffle-pagination": {
            "style": "page",
            "items": "threads",
            "limitParam": "limit",
            "pageParam": "page",
            "total": "total",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    view: str | Unset = UNSET,
    inbox_state: str | Unset = UNSET,
    status: str | Unset = UNSET,
    unread: bool | Unset = UNSET,
    bounced: bool | Unset = UNSET,
    channel: ThreadChannel | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    correspondence: bool | Unset = UNSET,
    exclude_thread_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    include: ListThreadsInclude | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["view"] = view

    params["inbox_state"] = inbox_state

    params["status"] = status

    params["unread"] = unread

    params["bounced"] = bounced

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    params["sender_id"] = sender_id

    params["campaign_id"] = campaign_id

    params["participant_email"] = participant_email

    params["correspondence"] = correspondence

    params["exclude_thread_id"] = exclude_thread_id

    params["search"] = search

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/threads",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> ThreadListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ThreadListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ThreadListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ThreadListResponse]:
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
    view: str | Unset = UNSET,
    inbox_state: str | Unset = UNSET,
    status: str | Unset = UNSET,
    unread: bool | Unset = UNSET,
    bounced: bool | Unset = UNSET,
    channel: ThreadChannel | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    correspondence: bool | Unset = UNSET,
    exclude_thread_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    include: ListThreadsInclude | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> Response[ThreadListResponse]:
    """List Unibox threads

     Returns one page of the workspace's Unibox conversations (email and LinkedIn): campaign replies,
    one-off outbound emails, drafts, archived threads and warmup rows. Without any filter only active
    threads that have received inbound messages come back; passing `view`, `inbox_state`, `status`,
    `sender_id`, `campaign_id` or `participant_email` replaces that default selection. `view`,
    `inbox_state` and `status` take one value or several joined with commas.

    Setting `correspondence=true` together with `participant_email` switches the call into a lookup that
    reports whether an email conversation with that recipient already exists (useful before creating a
    one-off draft); the shape of that answer is not documented, so the response schema stays open.
    `include=filter_options` adds the sender and campaign choices used to build filter menus.

    Args:
        view (str | Unset):
        inbox_state (str | Unset):
        status (str | Unset):
        unread (bool | Unset):
        bounced (bool | Unset):
        channel (ThreadChannel | Unset): Channel of a thread.
        sender_id (str | Unset):
        campaign_id (str | Unset):
        participant_email (str | Unset):
        correspondence (bool | Unset):
        exclude_thread_id (str | Unset):
        search (str | Unset):
        include (ListThreadsInclude | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadListResponse]
    """

    kwargs = _get_kwargs(
        view=view,
        inbox_state=inbox_state,
        status=status,
        unread=unread,
        bounced=bounced,
        channel=channel,
        sender_id=sender_id,
        campaign_id=campaign_id,
        participant_email=participant_email,
        correspondence=correspondence,
        exclude_thread_id=exclude_thread_id,
        search=search,
        include=include,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    view: str | Unset = UNSET,
    inbox_state: str | Unset = UNSET,
    status: str | Unset = UNSET,
    unread: bool | Unset = UNSET,
    bounced: bool | Unset = UNSET,
    channel: ThreadChannel | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    correspondence: bool | Unset = UNSET,
    exclude_thread_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    include: ListThreadsInclude | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> ThreadListResponse:
    """List Unibox threads

     Returns one page of the workspace's Unibox conversations (email and LinkedIn): campaign replies,
    one-off outbound emails, drafts, archived threads and warmup rows. Without any filter only active
    threads that have received inbound messages come back; passing `view`, `inbox_state`, `status`,
    `sender_id`, `campaign_id` or `participant_email` replaces that default selection. `view`,
    `inbox_state` and `status` take one value or several joined with commas.

    Setting `correspondence=true` together with `participant_email` switches the call into a lookup that
    reports whether an email conversation with that recipient already exists (useful before creating a
    one-off draft); the shape of that answer is not documented, so the response schema stays open.
    `include=filter_options` adds the sender and campaign choices used to build filter menus.

    Args:
        view (str | Unset):
        inbox_state (str | Unset):
        status (str | Unset):
        unread (bool | Unset):
        bounced (bool | Unset):
        channel (ThreadChannel | Unset): Channel of a thread.
        sender_id (str | Unset):
        campaign_id (str | Unset):
        participant_email (str | Unset):
        correspondence (bool | Unset):
        exclude_thread_id (str | Unset):
        search (str | Unset):
        include (ListThreadsInclude | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadListResponse
    """

    return sync_detailed(
        client=client,
        view=view,
        inbox_state=inbox_state,
        status=status,
        unread=unread,
        bounced=bounced,
        channel=channel,
        sender_id=sender_id,
        campaign_id=campaign_id,
        participant_email=participant_email,
        correspondence=correspondence,
        exclude_thread_id=exclude_thread_id,
        search=search,
        include=include,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    view: str | Unset = UNSET,
    inbox_state: str | Unset = UNSET,
    status: str | Unset = UNSET,
    unread: bool | Unset = UNSET,
    bounced: bool | Unset = UNSET,
    channel: ThreadChannel | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    correspondence: bool | Unset = UNSET,
    exclude_thread_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    include: ListThreadsInclude | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> Response[ThreadListResponse]:
    """List Unibox threads

     Returns one page of the workspace's Unibox conversations (email and LinkedIn): campaign replies,
    one-off outbound emails, drafts, archived threads and warmup rows. Without any filter only active
    threads that have received inbound messages come back; passing `view`, `inbox_state`, `status`,
    `sender_id`, `campaign_id` or `participant_email` replaces that default selection. `view`,
    `inbox_state` and `status` take one value or several joined with commas.

    Setting `correspondence=true` together with `participant_email` switches the call into a lookup that
    reports whether an email conversation with that recipient already exists (useful before creating a
    one-off draft); the shape of that answer is not documented, so the response schema stays open.
    `include=filter_options` adds the sender and campaign choices used to build filter menus.

    Args:
        view (str | Unset):
        inbox_state (str | Unset):
        status (str | Unset):
        unread (bool | Unset):
        bounced (bool | Unset):
        channel (ThreadChannel | Unset): Channel of a thread.
        sender_id (str | Unset):
        campaign_id (str | Unset):
        participant_email (str | Unset):
        correspondence (bool | Unset):
        exclude_thread_id (str | Unset):
        search (str | Unset):
        include (ListThreadsInclude | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadListResponse]
    """

    kwargs = _get_kwargs(
        view=view,
        inbox_state=inbox_state,
        status=status,
        unread=unread,
        bounced=bounced,
        channel=channel,
        sender_id=sender_id,
        campaign_id=campaign_id,
        participant_email=participant_email,
        correspondence=correspondence,
        exclude_thread_id=exclude_thread_id,
        search=search,
        include=include,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    view: str | Unset = UNSET,
    inbox_state: str | Unset = UNSET,
    status: str | Unset = UNSET,
    unread: bool | Unset = UNSET,
    bounced: bool | Unset = UNSET,
    channel: ThreadChannel | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    correspondence: bool | Unset = UNSET,
    exclude_thread_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    include: ListThreadsInclude | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> ThreadListResponse:
    """List Unibox threads

     Returns one page of the workspace's Unibox conversations (email and LinkedIn): campaign replies,
    one-off outbound emails, drafts, archived threads and warmup rows. Without any filter only active
    threads that have received inbound messages come back; passing `view`, `inbox_state`, `status`,
    `sender_id`, `campaign_id` or `participant_email` replaces that default selection. `view`,
    `inbox_state` and `status` take one value or several joined with commas.

    Setting `correspondence=true` together with `participant_email` switches the call into a lookup that
    reports whether an email conversation with that recipient already exists (useful before creating a
    one-off draft); the shape of that answer is not documented, so the response schema stays open.
    `include=filter_options` adds the sender and campaign choices used to build filter menus.

    Args:
        view (str | Unset):
        inbox_state (str | Unset):
        status (str | Unset):
        unread (bool | Unset):
        bounced (bool | Unset):
        channel (ThreadChannel | Unset): Channel of a thread.
        sender_id (str | Unset):
        campaign_id (str | Unset):
        participant_email (str | Unset):
        correspondence (bool | Unset):
        exclude_thread_id (str | Unset):
        search (str | Unset):
        include (ListThreadsInclude | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            view=view,
            inbox_state=inbox_state,
            status=status,
            unread=unread,
            bounced=bounced,
            channel=channel,
            sender_id=sender_id,
            campaign_id=campaign_id,
            participant_email=participant_email,
            correspondence=correspondence,
            exclude_thread_id=exclude_thread_id,
            search=search,
            include=include,
            page=page,
            limit=limit,
        )
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.thread import Thread  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    view: str | Unset = UNSET,
    inbox_state: str | Unset = UNSET,
    status: str | Unset = UNSET,
    unread: bool | Unset = UNSET,
    bounced: bool | Unset = UNSET,
    channel: ThreadChannel | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    correspondence: bool | Unset = UNSET,
    exclude_thread_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    include: ListThreadsInclude | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> None:
    """The keywords `puffle.paginate` takes for this operation (a signature only, never called)."""


def _puffle_apages(
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    view: str | Unset = UNSET,
    inbox_state: str | Unset = UNSET,
    status: str | Unset = UNSET,
    unread: bool | Unset = UNSET,
    bounced: bool | Unset = UNSET,
    channel: ThreadChannel | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    participant_email: str | Unset = UNSET,
    correspondence: bool | Unset = UNSET,
    exclude_thread_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    include: ListThreadsInclude | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = 50,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, Thread, ThreadListResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
