from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_launch_result import CampaignLaunchResult
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "launchCampaign",
    "method": "POST",
    "path": "/api/campaigns/{id}/launch",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.launch_campaign",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": {
        "poll_operation": "getCampaign",
        "poll_module": "puffle_client.api.campaigns.get_campaign",
        "params": {"id": {"from": "request", "arg": "id"}},
        "const": {},
        "status": ["campaign", "status"],
        "success": ["active", "completed"],
        "failure": ["draft"],
        "blocked": [],
        "interval": 30.0,
    },
    "names": {"sdk": "campaigns.launch", "resource": ["campaigns"], "method": "launch", "cli": ["campaign", "launch"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "task-start",
            "resource": "campaigns",
            "when": {"status": ["draft", "paused"]},
            "progress": ["launching"],
            "respond": {"success": True, "warning": None, "skippedProspects": [], "skippedCount": 0},
        },
        "x-puffle-names": {"sdk": "campaigns.launch", "cli": "campaign launch"},
        "x-puffle-note": "The poll id is this call's own path id (the body has none); "
        "`completed` as success and a fall-back to `draft` as failure are "
        "inferred from the lifecycle notes.",
        "x-puffle-task": {
            "poll": "getCampaign",
            "params": {"id": "$request.path.id"},
            "status": "campaign.status",
            "success": ["active", "completed"],
            "failure": ["draft"],
            "interval": 30,
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns/{id}/launch".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> CampaignLaunchResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignLaunchResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignLaunchResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignLaunchResult]:
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
) -> Response[CampaignLaunchResult]:
    """Launch a campaign

     Checks that a draft campaign is ready (senders attached, pending leads, content on every sendable
    step, email senders warmed up, LinkedIn account still connected) and then starts sending in the
    background. The status goes from `draft` to `launching`, then to `active` once the background run
    has started, so poll Get Campaign. Only one launch can run at a time (409 otherwise). A 500 puts the
    campaign back into `draft`, so trying again is safe. Launching costs no credits.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignLaunchResult]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
) -> CampaignLaunchResult:
    """Launch a campaign

     Checks that a draft campaign is ready (senders attached, pending leads, content on every sendable
    step, email senders warmed up, LinkedIn account still connected) and then starts sending in the
    background. The status goes from `draft` to `launching`, then to `active` once the background run
    has started, so poll Get Campaign. Only one launch can run at a time (409 otherwise). A 500 puts the
    campaign back into `draft`, so trying again is safe. Launching costs no credits.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignLaunchResult
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
) -> Response[CampaignLaunchResult]:
    """Launch a campaign

     Checks that a draft campaign is ready (senders attached, pending leads, content on every sendable
    step, email senders warmed up, LinkedIn account still connected) and then starts sending in the
    background. The status goes from `draft` to `launching`, then to `active` once the background run
    has started, so poll Get Campaign. Only one launch can run at a time (409 otherwise). A 500 puts the
    campaign back into `draft`, so trying again is safe. Launching costs no credits.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignLaunchResult]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
) -> CampaignLaunchResult:
    """Launch a campaign

     Checks that a draft campaign is ready (senders attached, pending leads, content on every sendable
    step, email senders warmed up, LinkedIn account still connected) and then starts sending in the
    background. The status goes from `draft` to `launching`, then to `active` once the background run
    has started, so poll Get Campaign. Only one launch can run at a time (409 otherwise). A 500 puts the
    campaign back into `draft`, so trying again is safe. Launching costs no credits.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignLaunchResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


from ..._descriptors import TaskDescriptor  # noqa: E402
from ...models.campaign_detail import CampaignDetail  # noqa: E402

PUFFLE_TASK: Final = TaskDescriptor(CampaignLaunchResult, CampaignDetail)
"""Types of this operation for `puffle.wait_for`: the start response and the final task."""
