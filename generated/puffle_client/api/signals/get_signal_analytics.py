from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.get_signal_analytics_type import GetSignalAnalyticsType
from ...models.signal_analytics_response import SignalAnalyticsResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "getSignalAnalytics",
    "method": "GET",
    "path": "/api/signals/analytics",
    "tag": "signals",
    "module": "puffle_client.api.signals.get_signal_analytics",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "cursor",
        "items": ["keywords"],
        "limit_param": "limit",
        "cursor_param": "cursor",
        "page_param": None,
        "offset_param": None,
        "next_cursor": ["pagination", "cursor"],
        "has_more": ["pagination", "has_more"],
        "total": None,
        "json": {
            "items": ["keywords"],
            "next_cursor": ["pagination", "cursor"],
            "has_more": ["pagination", "hasMore"],
            "total": None,
        },
    },
    "task": None,
    "names": {
        "sdk": "signals.analytics.list",
        "resource": ["signals", "analytics"],
        "method": "list",
        "cli": ["signal", "analytic"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "signalKeywords",
            "seed": 60,
            "respond": {"type": "$request.query.type"},
            "filters": {
                "signalTypeId": {"op": "eq", "field": "signalTypeId"},
                "sourceId": {"op": "eq", "field": "sourceId"},
                "minScore": {"op": "gte", "field": "avgScore"},
                "keywordId": {"op": "eq", "field": "id"},
            },
            "unfiltered": {"type": "selects the report (keywords or keyword runs); echoed in the response"},
        },
        "x-puffle-names": {"sdk": "signals.analytics.list", "cli": "signal analytic"},
        "x-puffle-pagination": {
            "style": "cursor",
            "items": "keywords",
            "limitParam": "limit",
            "cursorParam": "cursor",
            "nextCursor": "pagination.cursor",
            "hasMore": "pagination.hasMore",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    type_: GetSignalAnalyticsType,
    signal_type_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    keyword_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["signalTypeId"] = signal_type_id

    params["sourceId"] = source_id

    params["minScore"] = min_score

    params["keywordId"] = keyword_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/signals/analytics",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalAnalyticsResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalAnalyticsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalAnalyticsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalAnalyticsResponse]:
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
    type_: GetSignalAnalyticsType,
    signal_type_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    keyword_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SignalAnalyticsResponse]:
    """Get keyword analytics

     Keyword performance for the caller's signal types. With `type=keywords` it returns a cursor-paged
    leaderboard: per keyword and source, how many hits were fetched, how many passed the pre-filter and
    how
    many became validated signals, plus average confidence and score — useful for spotting keywords that
    cost
    volume but never produce signals. With `type=keyword-runs` and a `keywordId` it returns a short,
    unpaged
    history of runs for that one keyword; that shape is not documented, so it is kept open here.

    Args:
        type_ (GetSignalAnalyticsType):
        signal_type_id (str | Unset):
        source_id (str | Unset):
        min_score (float | Unset):
        keyword_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalAnalyticsResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        signal_type_id=signal_type_id,
        source_id=source_id,
        min_score=min_score,
        keyword_id=keyword_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    type_: GetSignalAnalyticsType,
    signal_type_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    keyword_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SignalAnalyticsResponse:
    """Get keyword analytics

     Keyword performance for the caller's signal types. With `type=keywords` it returns a cursor-paged
    leaderboard: per keyword and source, how many hits were fetched, how many passed the pre-filter and
    how
    many became validated signals, plus average confidence and score — useful for spotting keywords that
    cost
    volume but never produce signals. With `type=keyword-runs` and a `keywordId` it returns a short,
    unpaged
    history of runs for that one keyword; that shape is not documented, so it is kept open here.

    Args:
        type_ (GetSignalAnalyticsType):
        signal_type_id (str | Unset):
        source_id (str | Unset):
        min_score (float | Unset):
        keyword_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalAnalyticsResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        signal_type_id=signal_type_id,
        source_id=source_id,
        min_score=min_score,
        keyword_id=keyword_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    type_: GetSignalAnalyticsType,
    signal_type_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    keyword_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SignalAnalyticsResponse]:
    """Get keyword analytics

     Keyword performance for the caller's signal types. With `type=keywords` it returns a cursor-paged
    leaderboard: per keyword and source, how many hits were fetched, how many passed the pre-filter and
    how
    many became validated signals, plus average confidence and score — useful for spotting keywords that
    cost
    volume but never produce signals. With `type=keyword-runs` and a `keywordId` it returns a short,
    unpaged
    history of runs for that one keyword; that shape is not documented, so it is kept open here.

    Args:
        type_ (GetSignalAnalyticsType):
        signal_type_id (str | Unset):
        source_id (str | Unset):
        min_score (float | Unset):
        keyword_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalAnalyticsResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        signal_type_id=signal_type_id,
        source_id=source_id,
        min_score=min_score,
        keyword_id=keyword_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    type_: GetSignalAnalyticsType,
    signal_type_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    keyword_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SignalAnalyticsResponse:
    """Get keyword analytics

     Keyword performance for the caller's signal types. With `type=keywords` it returns a cursor-paged
    leaderboard: per keyword and source, how many hits were fetched, how many passed the pre-filter and
    how
    many became validated signals, plus average confidence and score — useful for spotting keywords that
    cost
    volume but never produce signals. With `type=keyword-runs` and a `keywordId` it returns a short,
    unpaged
    history of runs for that one keyword; that shape is not documented, so it is kept open here.

    Args:
        type_ (GetSignalAnalyticsType):
        signal_type_id (str | Unset):
        source_id (str | Unset):
        min_score (float | Unset):
        keyword_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalAnalyticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            signal_type_id=signal_type_id,
            source_id=source_id,
            min_score=min_score,
            keyword_id=keyword_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.signal_keyword_stat import SignalKeywordStat  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    type_: GetSignalAnalyticsType,
    signal_type_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    keyword_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> None:
    """The keywords `puffle.paginate` takes for this operation (a signature only, never called)."""


def _puffle_apages(
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    type_: GetSignalAnalyticsType,
    signal_type_id: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    keyword_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, SignalKeywordStat, SignalAnalyticsResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
