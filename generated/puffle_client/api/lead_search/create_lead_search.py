from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.lead_search_create_request import LeadSearchCreateRequest
from ...models.lead_search_create_response import LeadSearchCreateResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createLeadSearch",
    "method": "POST",
    "path": "/api/leads/search",
    "tag": "leadSearch",
    "module": "puffle_client.api.lead_search.create_lead_search",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": True,
    "pagination": None,
    "task": {
        "poll_operation": "listLeadSearches",
        "poll_module": "puffle_client.api.lead_search.list_lead_searches",
        "params": {"task_id": {"from": "response", "path": ["task", "id"]}},
        "const": {},
        "status": ["tasks", 0, "status"],
        "success": ["completed"],
        "failure": ["failed"],
        "blocked": [],
        "interval": 5.0,
    },
    "names": {
        "sdk": "lead_search.create",
        "resource": ["lead_search"],
        "method": "create",
        "cli": ["lead", "search", "create"],
    },
    "extensions": {
        "x-puffle-credits": True,
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "task-start",
            "resource": "leadSearches",
            "with": {
                "resource": "lists",
                "key": "$request.body.listId",
                "field": "resultListId",
                "set": {"name": "$request.body.listName ?? $request.body.prompt"},
            },
            "set": {
                "type": "lead_search",
                "title": "$request.body.prompt",
                "resultCount": 0,
                "completedAt": None,
                "errorMessage": None,
            },
            "produce": {
                "resource": "leads",
                "count": "$request.body.fetch_count",
                "link": {"lists": "$item.resultListId"},
            },
            "done": {"resultCount": "$produced", "completedAt": "$now"},
            "failed": {"errorMessage": "The mock server was told to fail this task"},
            "respond": {"list": "$with"},
        },
        "x-puffle-names": {"sdk": "lead_search.create", "cli": "lead search create"},
        "x-puffle-note": "The 402 response and the `failed` terminal status are inferred "
        "(docs mention only credit charging, and `failed` only on the "
        "legacy search page).",
        "x-puffle-task": {
            "poll": "listLeadSearches",
            "params": {"taskId": "task.id"},
            "status": "tasks.0.status",
            "success": ["completed"],
            "failure": ["failed"],
            "interval": 5,
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: LeadSearchCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/leads/search",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> LeadSearchCreateResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = LeadSearchCreateResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = LeadSearchCreateResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[LeadSearchCreateResponse]:
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
    body: LeadSearchCreateRequest,
) -> Response[LeadSearchCreateResponse]:
    """Start an AI lead search

     Starts a background task that turns a plain-language audience description into Leads and fills a
    result List with them. The call returns at once with the `task` and the result `list`; poll
    `listLeadSearches` with `taskId` every 5–10 seconds until the task finishes, then read the List with
    `listListLeads` (or the raw provider rows with `listLeadSearchResults`). Pass `listId` to fill a
    List
    you already own; running the same prompt against the same List again continues where the last run
    stopped, so each run brings new people. At most 2,500 new rows are fetched per run, whatever
    `fetch_count` says. Credits are spent only for records actually saved. A List can have only one
    active search at a time; a second start for the same List answers 409.

    Args:
        body (LeadSearchCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[LeadSearchCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: LeadSearchCreateRequest,
) -> LeadSearchCreateResponse:
    """Start an AI lead search

     Starts a background task that turns a plain-language audience description into Leads and fills a
    result List with them. The call returns at once with the `task` and the result `list`; poll
    `listLeadSearches` with `taskId` every 5–10 seconds until the task finishes, then read the List with
    `listListLeads` (or the raw provider rows with `listLeadSearchResults`). Pass `listId` to fill a
    List
    you already own; running the same prompt against the same List again continues where the last run
    stopped, so each run brings new people. At most 2,500 new rows are fetched per run, whatever
    `fetch_count` says. Credits are spent only for records actually saved. A List can have only one
    active search at a time; a second start for the same List answers 409.

    Args:
        body (LeadSearchCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        LeadSearchCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: LeadSearchCreateRequest,
) -> Response[LeadSearchCreateResponse]:
    """Start an AI lead search

     Starts a background task that turns a plain-language audience description into Leads and fills a
    result List with them. The call returns at once with the `task` and the result `list`; poll
    `listLeadSearches` with `taskId` every 5–10 seconds until the task finishes, then read the List with
    `listListLeads` (or the raw provider rows with `listLeadSearchResults`). Pass `listId` to fill a
    List
    you already own; running the same prompt against the same List again continues where the last run
    stopped, so each run brings new people. At most 2,500 new rows are fetched per run, whatever
    `fetch_count` says. Credits are spent only for records actually saved. A List can have only one
    active search at a time; a second start for the same List answers 409.

    Args:
        body (LeadSearchCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[LeadSearchCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: LeadSearchCreateRequest,
) -> LeadSearchCreateResponse:
    """Start an AI lead search

     Starts a background task that turns a plain-language audience description into Leads and fills a
    result List with them. The call returns at once with the `task` and the result `list`; poll
    `listLeadSearches` with `taskId` every 5–10 seconds until the task finishes, then read the List with
    `listListLeads` (or the raw provider rows with `listLeadSearchResults`). Pass `listId` to fill a
    List
    you already own; running the same prompt against the same List again continues where the last run
    stopped, so each run brings new people. At most 2,500 new rows are fetched per run, whatever
    `fetch_count` says. Credits are spent only for records actually saved. A List can have only one
    active search at a time; a second start for the same List answers 409.

    Args:
        body (LeadSearchCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        LeadSearchCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


from ..._descriptors import TaskDescriptor  # noqa: E402
from ...models.list_lead_searches_response import ListLeadSearchesResponse  # noqa: E402

PUFFLE_TASK: Final = TaskDescriptor(LeadSearchCreateResponse, ListLeadSearchesResponse)
"""Types of this operation for `puffle.wait_for`: the start response and the final task."""
