from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.credits_preview import CreditsPreview
from ...models.credits_preview_request import CreditsPreviewRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "previewCredits",
    "method": "POST",
    "path": "/api/credits/preview",
    "tag": "credits",
    "module": "puffle_client.api.credits_.preview_credits",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "credits.preview", "resource": ["credits"], "method": "preview", "cli": ["credit", "preview"]},
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-source": "enrichment/preview-credits.md",
            "x-puffle-note": 'The page computes a cost "without charging": nothing changes, so a repeat is harmless.',
        },
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "static",
            "respond": {"action": "$request.body.action", "count": "$request.body.count"},
        },
        "x-puffle-names": {
            "sdk": "credits.preview",
            "cli": "credit preview",
            "x-puffle-inferred": True,
            "x-puffle-note": "No CLI line in the docs; command words derived by the CLI guide's rules.",
        },
        "x-puffle-note": "Status 200 assumed (not labelled on either docs page).",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: CreditsPreviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/credits/preview",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> CreditsPreview:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CreditsPreview.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CreditsPreview.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CreditsPreview]:
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
    body: CreditsPreviewRequest,
) -> Response[CreditsPreview]:
    """Estimate the credit cost of an action

     Works out what running `action` `count` times would cost and compares it with the current balance,
    without charging anything or starting any work. Call it before a billable operation; when
    `sufficient`
    is false, report the exact shortfall (or offer a smaller batch) rather than running part of the job.
    The figure is an estimate: prices can change and some operations grow while they run. If the billing
    backend cannot be reached the check fails open — `balance` is null and `sufficient` is true.
    Note: this route is only documented on older-style pages and may not be part of the current
    contract.

    Args:
        body (CreditsPreviewRequest): The action and batch size to price.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CreditsPreview]
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
    body: CreditsPreviewRequest,
) -> CreditsPreview:
    """Estimate the credit cost of an action

     Works out what running `action` `count` times would cost and compares it with the current balance,
    without charging anything or starting any work. Call it before a billable operation; when
    `sufficient`
    is false, report the exact shortfall (or offer a smaller batch) rather than running part of the job.
    The figure is an estimate: prices can change and some operations grow while they run. If the billing
    backend cannot be reached the check fails open — `balance` is null and `sufficient` is true.
    Note: this route is only documented on older-style pages and may not be part of the current
    contract.

    Args:
        body (CreditsPreviewRequest): The action and batch size to price.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CreditsPreview
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CreditsPreviewRequest,
) -> Response[CreditsPreview]:
    """Estimate the credit cost of an action

     Works out what running `action` `count` times would cost and compares it with the current balance,
    without charging anything or starting any work. Call it before a billable operation; when
    `sufficient`
    is false, report the exact shortfall (or offer a smaller batch) rather than running part of the job.
    The figure is an estimate: prices can change and some operations grow while they run. If the billing
    backend cannot be reached the check fails open — `balance` is null and `sufficient` is true.
    Note: this route is only documented on older-style pages and may not be part of the current
    contract.

    Args:
        body (CreditsPreviewRequest): The action and batch size to price.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CreditsPreview]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: CreditsPreviewRequest,
) -> CreditsPreview:
    """Estimate the credit cost of an action

     Works out what running `action` `count` times would cost and compares it with the current balance,
    without charging anything or starting any work. Call it before a billable operation; when
    `sufficient`
    is false, report the exact shortfall (or offer a smaller batch) rather than running part of the job.
    The figure is an estimate: prices can change and some operations grow while they run. If the billing
    backend cannot be reached the check fails open — `balance` is null and `sufficient` is true.
    Note: this route is only documented on older-style pages and may not be part of the current
    contract.

    Args:
        body (CreditsPreviewRequest): The action and batch size to price.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CreditsPreview
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
