from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.sender_linkedin_connect_link import SenderLinkedinConnectLink
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "connectLinkedinAccount",
    "method": "POST",
    "path": "/api/unipile/connect",
    "tag": "senders",
    "module": "puffle_client.api.senders.connect_linkedin_account",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "senders.linkedin.connect",
        "resource": ["senders", "linkedin"],
        "method": "connect",
        "cli": ["unipile", "connect"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-source": "unibox/connect-unipile-account.md",
            "x-puffle-note": "The page says calling twice is safe: the "
            "previous pending handshake is replaced "
            "and the latest call wins.",
        },
        "x-puffle-inferred": True,
        "x-puffle-mock": {"action": "static"},
        "x-puffle-names": {"sdk": "senders.linkedin.connect", "cli": "unipile connect"},
        "x-puffle-note": "Method and path come from the older page of the same slug; the "
        "current page did not show them.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/unipile/connect",
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> SenderLinkedinConnectLink:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SenderLinkedinConnectLink.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SenderLinkedinConnectLink.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SenderLinkedinConnectLink]:
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
) -> Response[SenderLinkedinConnectLink]:
    """Start connecting a LinkedIn account

     Issues a one-time hosted link through which a person signs in to LinkedIn and grants access; this
    cannot be done headlessly, so show the `url` to a human. The link is valid for one hour. Once the
    person finishes, a new `linkedin` sender appears with status `connected` — poll `listSenders` with
    `type=linkedin` every 10–20 seconds to detect it. Calling again replaces any earlier pending link,
    so
    only the newest URL is usable.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SenderLinkedinConnectLink]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> SenderLinkedinConnectLink:
    """Start connecting a LinkedIn account

     Issues a one-time hosted link through which a person signs in to LinkedIn and grants access; this
    cannot be done headlessly, so show the `url` to a human. The link is valid for one hour. Once the
    person finishes, a new `linkedin` sender appears with status `connected` — poll `listSenders` with
    `type=linkedin` every 10–20 seconds to detect it. Calling again replaces any earlier pending link,
    so
    only the newest URL is usable.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SenderLinkedinConnectLink
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[SenderLinkedinConnectLink]:
    """Start connecting a LinkedIn account

     Issues a one-time hosted link through which a person signs in to LinkedIn and grants access; this
    cannot be done headlessly, so show the `url` to a human. The link is valid for one hour. Once the
    person finishes, a new `linkedin` sender appears with status `connected` — poll `listSenders` with
    `type=linkedin` every 10–20 seconds to detect it. Calling again replaces any earlier pending link,
    so
    only the newest URL is usable.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SenderLinkedinConnectLink]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
) -> SenderLinkedinConnectLink:
    """Start connecting a LinkedIn account

     Issues a one-time hosted link through which a person signs in to LinkedIn and grants access; this
    cannot be done headlessly, so show the `url` to a human. The link is valid for one hour. Once the
    person finishes, a new `linkedin` sender appears with status `connected` — poll `listSenders` with
    `type=linkedin` every 10–20 seconds to detect it. Calling again replaces any earlier pending link,
    so
    only the newest URL is usable.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SenderLinkedinConnectLink
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
