"""``client.api_keys``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, send

from ..api.api_keys import generate_api_key as _generate_api_key
from ..api.api_keys import get_api_key as _get_api_key
from ..api.api_keys import revoke_api_key as _revoke_api_key
from ..models.api_key_info import ApiKeyInfo
from ..models.api_key_revoke_result import ApiKeyRevokeResult
from ..models.created_api_key import CreatedApiKey

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "ApiKeysRawResource",
    "ApiKeysResource",
    "AsyncApiKeysRawResource",
    "AsyncApiKeysResource",
]

_ = (builtins, Literal, Any)


class ApiKeysResource:
    """``client.api_keys``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ApiKeysResource of {self._client!r}>"

    @checked
    def generate(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreatedApiKey:
        """Create the workspace API key (dashboard session).

        Operation ``generateApiKey`` (low level: ``puffle_client.api.api_keys.generate_api_key``).
        """
        _kwargs = _generate_api_key._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_api_key._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiKeyInfo:
        """Show the active API key's metadata (dashboard session).

        Operation ``getApiKey`` (low level: ``puffle_client.api.api_keys.get_api_key``).
        """
        _kwargs = _get_api_key._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_api_key._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def revoke(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiKeyRevokeResult:
        """Revoke the active API key (dashboard session).

        Operation ``revokeApiKey`` (low level: ``puffle_client.api.api_keys.revoke_api_key``).
        """
        _kwargs = _revoke_api_key._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _revoke_api_key._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncApiKeysResource:
    """``client.api_keys``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncApiKeysResource of {self._client!r}>"

    @checked
    async def generate(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreatedApiKey:
        """Create the workspace API key (dashboard session).

        Operation ``generateApiKey`` (low level: ``puffle_client.api.api_keys.generate_api_key``).
        """
        _kwargs = _generate_api_key._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_api_key._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiKeyInfo:
        """Show the active API key's metadata (dashboard session).

        Operation ``getApiKey`` (low level: ``puffle_client.api.api_keys.get_api_key``).
        """
        _kwargs = _get_api_key._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_api_key._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def revoke(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ApiKeyRevokeResult:
        """Revoke the active API key (dashboard session).

        Operation ``revokeApiKey`` (low level: ``puffle_client.api.api_keys.revoke_api_key``).
        """
        _kwargs = _revoke_api_key._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _revoke_api_key._build_response(client=self._client, response=_response).parsed
        return _parsed


class ApiKeysRawResource:
    """``client.with_raw_response.api_keys``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ApiKeysRawResource of {self._client!r}>"

    @checked
    def generate(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CreatedApiKey]:
        """Create the workspace API key (dashboard session).

        Operation ``generateApiKey`` (low level: ``puffle_client.api.api_keys.generate_api_key``).
        """
        _kwargs = _generate_api_key._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_api_key._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ApiKeyInfo]:
        """Show the active API key's metadata (dashboard session).

        Operation ``getApiKey`` (low level: ``puffle_client.api.api_keys.get_api_key``).
        """
        _kwargs = _get_api_key._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_api_key._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def revoke(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ApiKeyRevokeResult]:
        """Revoke the active API key (dashboard session).

        Operation ``revokeApiKey`` (low level: ``puffle_client.api.api_keys.revoke_api_key``).
        """
        _kwargs = _revoke_api_key._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _revoke_api_key._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncApiKeysRawResource:
    """``client.with_raw_response.api_keys``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncApiKeysRawResource of {self._client!r}>"

    @checked
    async def generate(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CreatedApiKey]:
        """Create the workspace API key (dashboard session).

        Operation ``generateApiKey`` (low level: ``puffle_client.api.api_keys.generate_api_key``).
        """
        _kwargs = _generate_api_key._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _generate_api_key._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ApiKeyInfo]:
        """Show the active API key's metadata (dashboard session).

        Operation ``getApiKey`` (low level: ``puffle_client.api.api_keys.get_api_key``).
        """
        _kwargs = _get_api_key._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_api_key._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def revoke(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ApiKeyRevokeResult]:
        """Revoke the active API key (dashboard session).

        Operation ``revokeApiKey`` (low level: ``puffle_client.api.api_keys.revoke_api_key``).
        """
        _kwargs = _revoke_api_key._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _revoke_api_key._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
