from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.list_import_request import ListImportRequest
from ...models.list_import_response import ListImportResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "importListLeads",
    "method": "POST",
    "path": "/api/lists/import",
    "tag": "lists",
    "module": "puffle_client.api.lists.import_list_leads",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "lists.import_leads", "resource": ["lists"], "method": "import_leads", "cli": ["list", "import"]},
    "extensions": {
        "x-puffle-mock": {
            "action": "import",
            "resource": "leads",
            "items": "leads",
            "parent": "lists",
            "link": "lists",
            "parentKey": "$request.body.listId",
            "dryRun": "$request.body.preview",
            "respond": {"preview.leadCount": "$count", "preview.personCount": None, "preview.companyCount": None},
        },
        "x-puffle-names": {"sdk": "lists.import_leads", "cli": "list import"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: ListImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lists/import",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> ListImportResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ListImportResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ListImportResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ListImportResponse]:
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
    body: ListImportRequest,
) -> Response[ListImportResponse]:
    """Import Leads into a List

     Turns up to 500 raw lead rows (each shaped like the `createLead` body) into workspace Leads and
    attaches them to the target List. With `preview: true` nothing is written and only the person,
    company and total counts come back. Check the source data first, and consider a duplicate check when
    the rows may overlap existing Leads.

    Args:
        body (ListImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListImportResponse]
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
    body: ListImportRequest,
) -> ListImportResponse:
    """Import Leads into a List

     Turns up to 500 raw lead rows (each shaped like the `createLead` body) into workspace Leads and
    attaches them to the target List. With `preview: true` nothing is written and only the person,
    company and total counts come back. Check the source data first, and consider a duplicate check when
    the rows may overlap existing Leads.

    Args:
        body (ListImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListImportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ListImportRequest,
) -> Response[ListImportResponse]:
    """Import Leads into a List

     Turns up to 500 raw lead rows (each shaped like the `createLead` body) into workspace Leads and
    attaches them to the target List. With `preview: true` nothing is written and only the person,
    company and total counts come back. Check the source data first, and consider a duplicate check when
    the rows may overlap existing Leads.

    Args:
        body (ListImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListImportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: ListImportRequest,
) -> ListImportResponse:
    """Import Leads into a List

     Turns up to 500 raw lead rows (each shaped like the `createLead` body) into workspace Leads and
    attaches them to the target List. With `preview: true` nothing is written and only the person,
    company and total counts come back. Check the source data first, and consider a duplicate check when
    the rows may overlap existing Leads.

    Args:
        body (ListImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListImportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
