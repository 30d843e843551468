"""``client.email_accounts``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, json_body, send

from ..api.senders import create_email_account as _create_email_account
from ..api.senders import delete_email_account as _delete_email_account
from ..api.senders import get_warmup_analytics as _get_warmup_analytics
from ..api.senders import list_email_accounts as _list_email_accounts
from ..api.senders import retry_email_account_warmup as _retry_email_account_warmup
from ..api.senders import update_email_account as _update_email_account
from ..models.email_account_delete_response import EmailAccountDeleteResponse
from ..models.email_account_list_response import EmailAccountListResponse
from ..models.email_account_response import EmailAccountResponse
from ..models.email_account_warmup_analytics_response import EmailAccountWarmupAnalyticsResponse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncEmailAccountsRawResource",
    "AsyncEmailAccountsResource",
    "AsyncEmailAccountsWarmupAnalyticsRawResource",
    "AsyncEmailAccountsWarmupAnalyticsResource",
    "EmailAccountsRawResource",
    "EmailAccountsResource",
    "EmailAccountsWarmupAnalyticsRawResource",
    "EmailAccountsWarmupAnalyticsResource",
]

_ = (builtins, Literal, Any)


class EmailAccountsResource:
    """``client.email_accounts``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EmailAccountsResource of {self._client!r}>"

    @property
    def warmup_analytics(self) -> EmailAccountsWarmupAnalyticsResource:
        found: EmailAccountsWarmupAnalyticsResource | None = self.__dict__.get("_r_warmup_analytics")
        if found is None:
            found = self.__dict__["_r_warmup_analytics"] = EmailAccountsWarmupAnalyticsResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        username: str,
        domain_id: str,
        display_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountResponse:
        """Create an email inbox.

        Operation ``createEmailAccount`` (low level: ``puffle_client.api.senders.create_email_account``).
        """
        _kwargs = _create_email_account._get_kwargs(
            body=json_body(
                {
                    "username": username,
                    "domain_id": domain_id,
                    "display_name": display_name,
                    "first_name": first_name,
                    "last_name": last_name,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_email_account._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def delete(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountDeleteResponse:
        """Delete an email inbox.

        Operation ``deleteEmailAccount`` (low level: ``puffle_client.api.senders.delete_email_account``).
        """
        _kwargs = _delete_email_account._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_email_account._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountListResponse:
        """List email inboxes.

        Operation ``listEmailAccounts`` (low level: ``puffle_client.api.senders.list_email_accounts``).
        """
        _kwargs = _list_email_accounts._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_email_accounts._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def retry_warmup(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountResponse:
        """Retry enabling warmup for a stalled inbox.

        Operation ``retryEmailAccountWarmup`` (low level: ``puffle_client.api.senders.retry_email_account_warmup``).
        """
        _kwargs = _retry_email_account_warmup._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _retry_email_account_warmup._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        id: str,
        *,
        signature: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountResponse:
        """Update an inbox's signature.

        Operation ``updateEmailAccount`` (low level: ``puffle_client.api.senders.update_email_account``).
        """
        _kwargs = _update_email_account._get_kwargs(
            id,
            body=json_body(
                {
                    "signature": signature,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_email_account._build_response(client=self._client, response=_response).parsed
        return _parsed


class EmailAccountsWarmupAnalyticsResource:
    """``client.email_accounts.warmup_analytics``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EmailAccountsWarmupAnalyticsResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountWarmupAnalyticsResponse:
        """Get warmup analytics for all inboxes.

        Operation ``getWarmupAnalytics`` (low level: ``puffle_client.api.senders.get_warmup_analytics``).
        """
        _kwargs = _get_warmup_analytics._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_warmup_analytics._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncEmailAccountsResource:
    """``client.email_accounts``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEmailAccountsResource of {self._client!r}>"

    @property
    def warmup_analytics(self) -> AsyncEmailAccountsWarmupAnalyticsResource:
        found: AsyncEmailAccountsWarmupAnalyticsResource | None = self.__dict__.get("_r_warmup_analytics")
        if found is None:
            found = self.__dict__["_r_warmup_analytics"] = AsyncEmailAccountsWarmupAnalyticsResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        username: str,
        domain_id: str,
        display_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountResponse:
        """Create an email inbox.

        Operation ``createEmailAccount`` (low level: ``puffle_client.api.senders.create_email_account``).
        """
        _kwargs = _create_email_account._get_kwargs(
            body=json_body(
                {
                    "username": username,
                    "domain_id": domain_id,
                    "display_name": display_name,
                    "first_name": first_name,
                    "last_name": last_name,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_email_account._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def delete(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountDeleteResponse:
        """Delete an email inbox.

        Operation ``deleteEmailAccount`` (low level: ``puffle_client.api.senders.delete_email_account``).
        """
        _kwargs = _delete_email_account._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_email_account._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountListResponse:
        """List email inboxes.

        Operation ``listEmailAccounts`` (low level: ``puffle_client.api.senders.list_email_accounts``).
        """
        _kwargs = _list_email_accounts._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_email_accounts._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def retry_warmup(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountResponse:
        """Retry enabling warmup for a stalled inbox.

        Operation ``retryEmailAccountWarmup`` (low level: ``puffle_client.api.senders.retry_email_account_warmup``).
        """
        _kwargs = _retry_email_account_warmup._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _retry_email_account_warmup._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        id: str,
        *,
        signature: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountResponse:
        """Update an inbox's signature.

        Operation ``updateEmailAccount`` (low level: ``puffle_client.api.senders.update_email_account``).
        """
        _kwargs = _update_email_account._get_kwargs(
            id,
            body=json_body(
                {
                    "signature": signature,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_email_account._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncEmailAccountsWarmupAnalyticsResource:
    """``client.email_accounts.warmup_analytics``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEmailAccountsWarmupAnalyticsResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailAccountWarmupAnalyticsResponse:
        """Get warmup analytics for all inboxes.

        Operation ``getWarmupAnalytics`` (low level: ``puffle_client.api.senders.get_warmup_analytics``).
        """
        _kwargs = _get_warmup_analytics._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_warmup_analytics._build_response(client=self._client, response=_response).parsed
        return _parsed


class EmailAccountsRawResource:
    """``client.with_raw_response.email_accounts``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EmailAccountsRawResource of {self._client!r}>"

    @property
    def warmup_analytics(self) -> EmailAccountsWarmupAnalyticsRawResource:
        found: EmailAccountsWarmupAnalyticsRawResource | None = self.__dict__.get("_r_warmup_analytics")
        if found is None:
            found = self.__dict__["_r_warmup_analytics"] = EmailAccountsWarmupAnalyticsRawResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        username: str,
        domain_id: str,
        display_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountResponse]:
        """Create an email inbox.

        Operation ``createEmailAccount`` (low level: ``puffle_client.api.senders.create_email_account``).
        """
        _kwargs = _create_email_account._get_kwargs(
            body=json_body(
                {
                    "username": username,
                    "domain_id": domain_id,
                    "display_name": display_name,
                    "first_name": first_name,
                    "last_name": last_name,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_email_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def delete(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountDeleteResponse]:
        """Delete an email inbox.

        Operation ``deleteEmailAccount`` (low level: ``puffle_client.api.senders.delete_email_account``).
        """
        _kwargs = _delete_email_account._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_email_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountListResponse]:
        """List email inboxes.

        Operation ``listEmailAccounts`` (low level: ``puffle_client.api.senders.list_email_accounts``).
        """
        _kwargs = _list_email_accounts._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_email_accounts._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def retry_warmup(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountResponse]:
        """Retry enabling warmup for a stalled inbox.

        Operation ``retryEmailAccountWarmup`` (low level: ``puffle_client.api.senders.retry_email_account_warmup``).
        """
        _kwargs = _retry_email_account_warmup._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _retry_email_account_warmup._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        id: str,
        *,
        signature: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountResponse]:
        """Update an inbox's signature.

        Operation ``updateEmailAccount`` (low level: ``puffle_client.api.senders.update_email_account``).
        """
        _kwargs = _update_email_account._get_kwargs(
            id,
            body=json_body(
                {
                    "signature": signature,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_email_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class EmailAccountsWarmupAnalyticsRawResource:
    """``client.with_raw_response.email_accounts.warmup_analytics``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EmailAccountsWarmupAnalyticsRawResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountWarmupAnalyticsResponse]:
        """Get warmup analytics for all inboxes.

        Operation ``getWarmupAnalytics`` (low level: ``puffle_client.api.senders.get_warmup_analytics``).
        """
        _kwargs = _get_warmup_analytics._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_warmup_analytics._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncEmailAccountsRawResource:
    """``client.with_raw_response.email_accounts``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEmailAccountsRawResource of {self._client!r}>"

    @property
    def warmup_analytics(self) -> AsyncEmailAccountsWarmupAnalyticsRawResource:
        found: AsyncEmailAccountsWarmupAnalyticsRawResource | None = self.__dict__.get("_r_warmup_analytics")
        if found is None:
            found = self.__dict__["_r_warmup_analytics"] = AsyncEmailAccountsWarmupAnalyticsRawResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        username: str,
        domain_id: str,
        display_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountResponse]:
        """Create an email inbox.

        Operation ``createEmailAccount`` (low level: ``puffle_client.api.senders.create_email_account``).
        """
        _kwargs = _create_email_account._get_kwargs(
            body=json_body(
                {
                    "username": username,
                    "domain_id": domain_id,
                    "display_name": display_name,
                    "first_name": first_name,
                    "last_name": last_name,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_email_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def delete(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountDeleteResponse]:
        """Delete an email inbox.

        Operation ``deleteEmailAccount`` (low level: ``puffle_client.api.senders.delete_email_account``).
        """
        _kwargs = _delete_email_account._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_email_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountListResponse]:
        """List email inboxes.

        Operation ``listEmailAccounts`` (low level: ``puffle_client.api.senders.list_email_accounts``).
        """
        _kwargs = _list_email_accounts._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_email_accounts._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def retry_warmup(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountResponse]:
        """Retry enabling warmup for a stalled inbox.

        Operation ``retryEmailAccountWarmup`` (low level: ``puffle_client.api.senders.retry_email_account_warmup``).
        """
        _kwargs = _retry_email_account_warmup._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _retry_email_account_warmup._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        id: str,
        *,
        signature: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountResponse]:
        """Update an inbox's signature.

        Operation ``updateEmailAccount`` (low level: ``puffle_client.api.senders.update_email_account``).
        """
        _kwargs = _update_email_account._get_kwargs(
            id,
            body=json_body(
                {
                    "signature": signature,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_email_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncEmailAccountsWarmupAnalyticsRawResource:
    """``client.with_raw_response.email_accounts.warmup_analytics``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEmailAccountsWarmupAnalyticsRawResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailAccountWarmupAnalyticsResponse]:
        """Get warmup analytics for all inboxes.

        Operation ``getWarmupAnalytics`` (low level: ``puffle_client.api.senders.get_warmup_analytics``).
        """
        _kwargs = _get_warmup_analytics._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_warmup_analytics._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
