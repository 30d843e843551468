from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.signal_type_list_response import SignalTypeListResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listSignalTypes",
    "method": "GET",
    "path": "/api/signals/types",
    "tag": "signals",
    "module": "puffle_client.api.signals.list_signal_types",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "signals.types.list",
        "resource": ["signals", "types"],
        "method": "list",
        "cli": ["signal", "type"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "signalTypes",
            "seed": 8,
            "items": "types",
            "filters": {"ids": {"op": "eq", "field": "id"}},
            "unfiltered": {"skipSourceEnable": "a side-effect switch of the real server, not a filter"},
        },
        "x-puffle-names": {"sdk": "signals.types.list", "cli": "signal type"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    ids: str | Unset = UNSET,
    skip_source_enable: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["skipSourceEnable"] = skip_source_enable

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/signals/types",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalTypeListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalTypeListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalTypeListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalTypeListResponse]:
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
    ids: str | Unset = UNSET,
    skip_source_enable: bool | Unset = UNSET,
) -> Response[SignalTypeListResponse]:
    """List signal types

     Returns every signal type the caller owns, ordered by `position`. The first call for a user also
    creates
    the six built-in types (and adds any built-in that is missing later); unless `skipSourceEnable` is
    set, that
    seeding also switches the user's sources on and so starts the daily scan. Structured built-ins
    report empty
    `keywords` because theirs are derived from `structuredConfig`. A user can own at most 20 types in
    total.

    Args:
        ids (str | Unset):
        skip_source_enable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalTypeListResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        skip_source_enable=skip_source_enable,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    ids: str | Unset = UNSET,
    skip_source_enable: bool | Unset = UNSET,
) -> SignalTypeListResponse:
    """List signal types

     Returns every signal type the caller owns, ordered by `position`. The first call for a user also
    creates
    the six built-in types (and adds any built-in that is missing later); unless `skipSourceEnable` is
    set, that
    seeding also switches the user's sources on and so starts the daily scan. Structured built-ins
    report empty
    `keywords` because theirs are derived from `structuredConfig`. A user can own at most 20 types in
    total.

    Args:
        ids (str | Unset):
        skip_source_enable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalTypeListResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        skip_source_enable=skip_source_enable,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    ids: str | Unset = UNSET,
    skip_source_enable: bool | Unset = UNSET,
) -> Response[SignalTypeListResponse]:
    """List signal types

     Returns every signal type the caller owns, ordered by `position`. The first call for a user also
    creates
    the six built-in types (and adds any built-in that is missing later); unless `skipSourceEnable` is
    set, that
    seeding also switches the user's sources on and so starts the daily scan. Structured built-ins
    report empty
    `keywords` because theirs are derived from `structuredConfig`. A user can own at most 20 types in
    total.

    Args:
        ids (str | Unset):
        skip_source_enable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalTypeListResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        skip_source_enable=skip_source_enable,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    ids: str | Unset = UNSET,
    skip_source_enable: bool | Unset = UNSET,
) -> SignalTypeListResponse:
    """List signal types

     Returns every signal type the caller owns, ordered by `position`. The first call for a user also
    creates
    the six built-in types (and adds any built-in that is missing later); unless `skipSourceEnable` is
    set, that
    seeding also switches the user's sources on and so starts the daily scan. Structured built-ins
    report empty
    `keywords` because theirs are derived from `structuredConfig`. A user can own at most 20 types in
    total.

    Args:
        ids (str | Unset):
        skip_source_enable (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalTypeListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            skip_source_enable=skip_source_enable,
        )
    ).parsed
