"""``client.context``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, json_body, send

from ..api.account import get_context as _get_context
from ..api.account import update_context as _update_context
from ..models.business_context_input import BusinessContextInput
from ..models.business_context_profile import BusinessContextProfile
from ..models.business_context_response import BusinessContextResponse
from ..types import UNSET, Unset
from ._params import BusinessContextInputDict, BusinessContextProfileDict

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncContextRawResource",
    "AsyncContextResource",
    "ContextRawResource",
    "ContextResource",
]

_ = (builtins, Literal, Any)


class ContextResource:
    """``client.context``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ContextResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BusinessContextResponse:
        """Read the company profile (business context).

        Operation ``getContext`` (low level: ``puffle_client.api.account.get_context``).
        """
        _kwargs = _get_context._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_context._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        *,
        context: BusinessContextInput | BusinessContextInputDict,
        profile: BusinessContextProfile | BusinessContextProfileDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BusinessContextResponse:
        """Replace the company profile (business context).

        Operation ``updateContext`` (low level: ``puffle_client.api.account.update_context``).
        """
        _kwargs = _update_context._get_kwargs(
            body=json_body(
                {
                    "context": context,
                    "profile": profile,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_context._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncContextResource:
    """``client.context``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncContextResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BusinessContextResponse:
        """Read the company profile (business context).

        Operation ``getContext`` (low level: ``puffle_client.api.account.get_context``).
        """
        _kwargs = _get_context._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_context._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        *,
        context: BusinessContextInput | BusinessContextInputDict,
        profile: BusinessContextProfile | BusinessContextProfileDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BusinessContextResponse:
        """Replace the company profile (business context).

        Operation ``updateContext`` (low level: ``puffle_client.api.account.update_context``).
        """
        _kwargs = _update_context._get_kwargs(
            body=json_body(
                {
                    "context": context,
                    "profile": profile,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_context._build_response(client=self._client, response=_response).parsed
        return _parsed


class ContextRawResource:
    """``client.with_raw_response.context``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ContextRawResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[BusinessContextResponse]:
        """Read the company profile (business context).

        Operation ``getContext`` (low level: ``puffle_client.api.account.get_context``).
        """
        _kwargs = _get_context._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_context._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        *,
        context: BusinessContextInput | BusinessContextInputDict,
        profile: BusinessContextProfile | BusinessContextProfileDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[BusinessContextResponse]:
        """Replace the company profile (business context).

        Operation ``updateContext`` (low level: ``puffle_client.api.account.update_context``).
        """
        _kwargs = _update_context._get_kwargs(
            body=json_body(
                {
                    "context": context,
                    "profile": profile,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_context._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncContextRawResource:
    """``client.with_raw_response.context``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncContextRawResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[BusinessContextResponse]:
        """Read the company profile (business context).

        Operation ``getContext`` (low level: ``puffle_client.api.account.get_context``).
        """
        _kwargs = _get_context._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_context._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        *,
        context: BusinessContextInput | BusinessContextInputDict,
        profile: BusinessContextProfile | BusinessContextProfileDict | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[BusinessContextResponse]:
        """Replace the company profile (business context).

        Operation ``updateContext`` (low level: ``puffle_client.api.account.update_context``).
        """
        _kwargs = _update_context._get_kwargs(
            body=json_body(
                {
                    "context": context,
                    "profile": profile,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_context._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
