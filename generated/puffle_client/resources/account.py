"""``client.account``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, json_body, send

from ..api.account import get_account as _get_account
from ..api.account import update_account as _update_account
from ..models.account import Account
from ..models.account_update_result import AccountUpdateResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AccountRawResource",
    "AccountResource",
    "AsyncAccountRawResource",
    "AsyncAccountResource",
]

_ = (builtins, Literal, Any)


class AccountResource:
    """``client.account``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AccountResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """Read the signed-in user's account.

        Operation ``getAccount`` (low level: ``puffle_client.api.account.get_account``).
        """
        _kwargs = _get_account._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_account._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        *,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccountUpdateResult:
        """Change the user's name, email or password.

        Operation ``updateAccount`` (low level: ``puffle_client.api.account.update_account``).
        """
        _kwargs = _update_account._get_kwargs(
            body=json_body(
                {
                    "email": email,
                    "password": password,
                    "firstName": first_name,
                    "lastName": last_name,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_account._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncAccountResource:
    """``client.account``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncAccountResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """Read the signed-in user's account.

        Operation ``getAccount`` (low level: ``puffle_client.api.account.get_account``).
        """
        _kwargs = _get_account._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_account._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        *,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AccountUpdateResult:
        """Change the user's name, email or password.

        Operation ``updateAccount`` (low level: ``puffle_client.api.account.update_account``).
        """
        _kwargs = _update_account._get_kwargs(
            body=json_body(
                {
                    "email": email,
                    "password": password,
                    "firstName": first_name,
                    "lastName": last_name,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_account._build_response(client=self._client, response=_response).parsed
        return _parsed


class AccountRawResource:
    """``client.with_raw_response.account``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AccountRawResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Account]:
        """Read the signed-in user's account.

        Operation ``getAccount`` (low level: ``puffle_client.api.account.get_account``).
        """
        _kwargs = _get_account._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        *,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AccountUpdateResult]:
        """Change the user's name, email or password.

        Operation ``updateAccount`` (low level: ``puffle_client.api.account.update_account``).
        """
        _kwargs = _update_account._get_kwargs(
            body=json_body(
                {
                    "email": email,
                    "password": password,
                    "firstName": first_name,
                    "lastName": last_name,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncAccountRawResource:
    """``client.with_raw_response.account``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncAccountRawResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Account]:
        """Read the signed-in user's account.

        Operation ``getAccount`` (low level: ``puffle_client.api.account.get_account``).
        """
        _kwargs = _get_account._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        *,
        email: str | Unset = UNSET,
        password: str | Unset = UNSET,
        first_name: str | Unset | None = UNSET,
        last_name: str | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AccountUpdateResult]:
        """Change the user's name, email or password.

        Operation ``updateAccount`` (low level: ``puffle_client.api.account.update_account``).
        """
        _kwargs = _update_account._get_kwargs(
            body=json_body(
                {
                    "email": email,
                    "password": password,
                    "firstName": first_name,
                    "lastName": last_name,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
