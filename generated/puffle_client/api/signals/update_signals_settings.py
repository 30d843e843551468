from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.signals_settings import SignalsSettings
from ...models.signals_settings_update_request import SignalsSettingsUpdateRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "updateSignalsSettings",
    "method": "PATCH",
    "path": "/api/signals/settings",
    "tag": "signals",
    "module": "puffle_client.api.signals.update_signals_settings",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "signals.settings.update",
        "resource": ["signals", "settings"],
        "method": "update",
        "cli": ["signal", "setting", "update"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-inferred": True,
            "x-puffle-note": "Not stated by the page; the settings are set to the values sent.",
        },
        "x-puffle-mock": {"action": "update", "resource": "signalsSettings"},
        "x-puffle-names": {"sdk": "signals.settings.update", "cli": "signal setting update"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: SignalsSettingsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/signals/settings",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalsSettings:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalsSettings.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalsSettings.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalsSettings]:
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
    body: SignalsSettingsUpdateRequest,
) -> Response[SignalsSettings]:
    """Update signal scan settings

     Pauses or resumes the daily scan and/or moves it to another UTC slot; send either field or both. The
    time
    must be `HH:MM` with minutes 00, 15, 30 or 45, otherwise the call fails with 400. A scan that is
    already
    running is not interrupted by pausing. Show the values from the response, since they are what was
    saved.

    Args:
        body (SignalsSettingsUpdateRequest): Settings to change; each field is optional and
            independent.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalsSettings]
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
    body: SignalsSettingsUpdateRequest,
) -> SignalsSettings:
    """Update signal scan settings

     Pauses or resumes the daily scan and/or moves it to another UTC slot; send either field or both. The
    time
    must be `HH:MM` with minutes 00, 15, 30 or 45, otherwise the call fails with 400. A scan that is
    already
    running is not interrupted by pausing. Show the values from the response, since they are what was
    saved.

    Args:
        body (SignalsSettingsUpdateRequest): Settings to change; each field is optional and
            independent.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalsSettings
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SignalsSettingsUpdateRequest,
) -> Response[SignalsSettings]:
    """Update signal scan settings

     Pauses or resumes the daily scan and/or moves it to another UTC slot; send either field or both. The
    time
    must be `HH:MM` with minutes 00, 15, 30 or 45, otherwise the call fails with 400. A scan that is
    already
    running is not interrupted by pausing. Show the values from the response, since they are what was
    saved.

    Args:
        body (SignalsSettingsUpdateRequest): Settings to change; each field is optional and
            independent.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalsSettings]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: SignalsSettingsUpdateRequest,
) -> SignalsSettings:
    """Update signal scan settings

     Pauses or resumes the daily scan and/or moves it to another UTC slot; send either field or both. The
    time
    must be `HH:MM` with minutes 00, 15, 30 or 45, otherwise the call fails with 400. A scan that is
    already
    running is not interrupted by pausing. Show the values from the response, since they are what was
    saved.

    Args:
        body (SignalsSettingsUpdateRequest): Settings to change; each field is optional and
            independent.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalsSettings
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
