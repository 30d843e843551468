from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.signal_search_create_request import SignalSearchCreateRequest
from ...models.signal_search_created import SignalSearchCreated
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createSignalSearch",
    "method": "POST",
    "path": "/api/signals/search",
    "tag": "signals",
    "module": "puffle_client.api.signals.create_signal_search",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": {
        "poll_operation": "listSignalSearches",
        "poll_module": "puffle_client.api.signals.list_signal_searches",
        "params": {"ids": {"from": "response", "path": ["id"]}},
        "const": {},
        "status": ["searches", 0, "status"],
        "success": ["completed"],
        "failure": ["failed"],
        "blocked": [],
        "interval": 5.0,
    },
    "names": {
        "sdk": "signals.searches.create",
        "resource": ["signals", "searches"],
        "method": "create",
        "cli": ["signal", "search", "create"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "task-start",
            "resource": "signalSearches",
            "set": {"completedAt": None, "results": []},
            "done": {"completedAt": "$now"},
            "respond": {"status": "$item.status"},
        },
        "x-puffle-names": {"sdk": "signals.searches.create", "cli": "signal search create"},
        "x-puffle-task": {
            "poll": "listSignalSearches",
            "params": {"ids": "id"},
            "status": "searches.0.status",
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
    body: SignalSearchCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/signals/search",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalSearchCreated:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 201:
            response_201 = SignalSearchCreated.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_201 = SignalSearchCreated.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalSearchCreated]:
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
    body: SignalSearchCreateRequest,
) -> Response[SignalSearchCreated]:
    """Start a signal search

     Kicks off a one-off freeform search across every data source the caller has enabled and answers
    right
    away with the search id in `pending` state. An optional `filterPrompt` lets an LLM keep only
    relevant hits
    as they arrive. The search then goes through `running` to `completed` or `failed`; poll
    listSignalSearches
    with `ids` to follow it (partial results are visible while it runs). A user may have only one search
    pending or running (younger than 10 minutes) at a time; a second start gets 409. Searches cannot be
    edited,
    so start a new one to change the filter.

    Args:
        body (SignalSearchCreateRequest): What to search for.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalSearchCreated]
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
    body: SignalSearchCreateRequest,
) -> SignalSearchCreated:
    """Start a signal search

     Kicks off a one-off freeform search across every data source the caller has enabled and answers
    right
    away with the search id in `pending` state. An optional `filterPrompt` lets an LLM keep only
    relevant hits
    as they arrive. The search then goes through `running` to `completed` or `failed`; poll
    listSignalSearches
    with `ids` to follow it (partial results are visible while it runs). A user may have only one search
    pending or running (younger than 10 minutes) at a time; a second start gets 409. Searches cannot be
    edited,
    so start a new one to change the filter.

    Args:
        body (SignalSearchCreateRequest): What to search for.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalSearchCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SignalSearchCreateRequest,
) -> Response[SignalSearchCreated]:
    """Start a signal search

     Kicks off a one-off freeform search across every data source the caller has enabled and answers
    right
    away with the search id in `pending` state. An optional `filterPrompt` lets an LLM keep only
    relevant hits
    as they arrive. The search then goes through `running` to `completed` or `failed`; poll
    listSignalSearches
    with `ids` to follow it (partial results are visible while it runs). A user may have only one search
    pending or running (younger than 10 minutes) at a time; a second start gets 409. Searches cannot be
    edited,
    so start a new one to change the filter.

    Args:
        body (SignalSearchCreateRequest): What to search for.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalSearchCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: SignalSearchCreateRequest,
) -> SignalSearchCreated:
    """Start a signal search

     Kicks off a one-off freeform search across every data source the caller has enabled and answers
    right
    away with the search id in `pending` state. An optional `filterPrompt` lets an LLM keep only
    relevant hits
    as they arrive. The search then goes through `running` to `completed` or `failed`; poll
    listSignalSearches
    with `ids` to follow it (partial results are visible while it runs). A user may have only one search
    pending or running (younger than 10 minutes) at a time; a second start gets 409. Searches cannot be
    edited,
    so start a new one to change the filter.

    Args:
        body (SignalSearchCreateRequest): What to search for.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalSearchCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


from ..._descriptors import TaskDescriptor  # noqa: E402
from ...models.signal_search_list_response import SignalSearchListResponse  # noqa: E402

PUFFLE_TASK: Final = TaskDescriptor(SignalSearchCreated, SignalSearchListResponse)
"""Types of this operation for `puffle.wait_for`: the start response and the final task."""
