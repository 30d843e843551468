"""``client.email_domains``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, enum_arg, json_body, send
from puffle._tasks import AsyncTask, Task

from ..api.senders import create_email_domain as _create_email_domain
from ..api.senders import delete_email_domain as _delete_email_domain
from ..api.senders import list_email_domains as _list_email_domains
from ..api.senders import update_email_domain as _update_email_domain
from ..api.senders import verify_email_domain as _verify_email_domain
from ..models.email_domain_delete_response import EmailDomainDeleteResponse
from ..models.email_domain_list_response import EmailDomainListResponse
from ..models.email_domain_response import EmailDomainResponse
from ..models.email_domain_update_request_status import EmailDomainUpdateRequestStatus
from ..models.list_email_domains_skip_sync import ListEmailDomainsSkipSync
from ..models.verify_email_domain_poll import VerifyEmailDomainPoll
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncEmailDomainsRawResource",
    "AsyncEmailDomainsResource",
    "EmailDomainsRawResource",
    "EmailDomainsResource",
]

_ = (builtins, Literal, Any)


class EmailDomainsResource:
    """``client.email_domains``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EmailDomainsResource of {self._client!r}>"

    @checked
    def create(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Task[EmailDomainResponse, EmailDomainResponse]:
        """Add a sending domain.

                Operation ``createEmailDomain`` (low level: ``puffle_client.api.senders.create_email_domain``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _create_email_domain._get_kwargs(
            body=json_body(
                {
                    "domain": domain,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_email_domain._build_response(client=self._client, response=_response).parsed
        return Task(self._client, _create_email_domain, _parsed, {})

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
    ) -> EmailDomainDeleteResponse:
        """Delete a sending domain.

        Operation ``deleteEmailDomain`` (low level: ``puffle_client.api.senders.delete_email_domain``).
        """
        _kwargs = _delete_email_domain._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_email_domain._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        skip_sync: ListEmailDomainsSkipSync | Literal["true", "false"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailDomainListResponse:
        """List sending domains.

        Operation ``listEmailDomains`` (low level: ``puffle_client.api.senders.list_email_domains``).
        """
        _kwargs = _list_email_domains._get_kwargs(
            skip_sync=enum_arg(ListEmailDomainsSkipSync, skip_sync),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_email_domains._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        id: str,
        *,
        status: EmailDomainUpdateRequestStatus | Literal["pending", "verifying", "failed"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailDomainResponse:
        """Override a domain's stored status.

        Operation ``updateEmailDomain`` (low level: ``puffle_client.api.senders.update_email_domain``).
        """
        _kwargs = _update_email_domain._get_kwargs(
            id,
            body=json_body(
                {
                    "status": status,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_email_domain._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def verify(
        self,
        id: str,
        *,
        poll: VerifyEmailDomainPoll | Literal["true", "false"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailDomainResponse:
        """Trigger or poll domain verification.

        Operation ``verifyEmailDomain`` (low level: ``puffle_client.api.senders.verify_email_domain``).
        """
        _kwargs = _verify_email_domain._get_kwargs(
            id,
            poll=enum_arg(VerifyEmailDomainPoll, poll),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _verify_email_domain._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncEmailDomainsResource:
    """``client.email_domains``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEmailDomainsResource of {self._client!r}>"

    @checked
    async def create(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncTask[EmailDomainResponse, EmailDomainResponse]:
        """Add a sending domain.

                Operation ``createEmailDomain`` (low level: ``puffle_client.api.senders.create_email_domain``).
        ``.wait(timeout=...)`` on the result polls until the task finishes."""
        _kwargs = _create_email_domain._get_kwargs(
            body=json_body(
                {
                    "domain": domain,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_email_domain._build_response(client=self._client, response=_response).parsed
        return AsyncTask(self._client, _create_email_domain, _parsed, {})

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
    ) -> EmailDomainDeleteResponse:
        """Delete a sending domain.

        Operation ``deleteEmailDomain`` (low level: ``puffle_client.api.senders.delete_email_domain``).
        """
        _kwargs = _delete_email_domain._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_email_domain._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def list(
        self,
        *,
        skip_sync: ListEmailDomainsSkipSync | Literal["true", "false"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailDomainListResponse:
        """List sending domains.

        Operation ``listEmailDomains`` (low level: ``puffle_client.api.senders.list_email_domains``).
        """
        _kwargs = _list_email_domains._get_kwargs(
            skip_sync=enum_arg(ListEmailDomainsSkipSync, skip_sync),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_email_domains._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        id: str,
        *,
        status: EmailDomainUpdateRequestStatus | Literal["pending", "verifying", "failed"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailDomainResponse:
        """Override a domain's stored status.

        Operation ``updateEmailDomain`` (low level: ``puffle_client.api.senders.update_email_domain``).
        """
        _kwargs = _update_email_domain._get_kwargs(
            id,
            body=json_body(
                {
                    "status": status,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_email_domain._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def verify(
        self,
        id: str,
        *,
        poll: VerifyEmailDomainPoll | Literal["true", "false"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EmailDomainResponse:
        """Trigger or poll domain verification.

        Operation ``verifyEmailDomain`` (low level: ``puffle_client.api.senders.verify_email_domain``).
        """
        _kwargs = _verify_email_domain._get_kwargs(
            id,
            poll=enum_arg(VerifyEmailDomainPoll, poll),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _verify_email_domain._build_response(client=self._client, response=_response).parsed
        return _parsed


class EmailDomainsRawResource:
    """``client.with_raw_response.email_domains``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<EmailDomainsRawResource of {self._client!r}>"

    @checked
    def create(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailDomainResponse]:
        """Add a sending domain.

        Operation ``createEmailDomain`` (low level: ``puffle_client.api.senders.create_email_domain``).
        """
        _kwargs = _create_email_domain._get_kwargs(
            body=json_body(
                {
                    "domain": domain,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_email_domain._build_response(client=self._client, response=_response).parsed
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
    ) -> RawResponse[EmailDomainDeleteResponse]:
        """Delete a sending domain.

        Operation ``deleteEmailDomain`` (low level: ``puffle_client.api.senders.delete_email_domain``).
        """
        _kwargs = _delete_email_domain._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_email_domain._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        skip_sync: ListEmailDomainsSkipSync | Literal["true", "false"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailDomainListResponse]:
        """List sending domains.

        Operation ``listEmailDomains`` (low level: ``puffle_client.api.senders.list_email_domains``).
        """
        _kwargs = _list_email_domains._get_kwargs(
            skip_sync=enum_arg(ListEmailDomainsSkipSync, skip_sync),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_email_domains._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        id: str,
        *,
        status: EmailDomainUpdateRequestStatus | Literal["pending", "verifying", "failed"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailDomainResponse]:
        """Override a domain's stored status.

        Operation ``updateEmailDomain`` (low level: ``puffle_client.api.senders.update_email_domain``).
        """
        _kwargs = _update_email_domain._get_kwargs(
            id,
            body=json_body(
                {
                    "status": status,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_email_domain._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def verify(
        self,
        id: str,
        *,
        poll: VerifyEmailDomainPoll | Literal["true", "false"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailDomainResponse]:
        """Trigger or poll domain verification.

        Operation ``verifyEmailDomain`` (low level: ``puffle_client.api.senders.verify_email_domain``).
        """
        _kwargs = _verify_email_domain._get_kwargs(
            id,
            poll=enum_arg(VerifyEmailDomainPoll, poll),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _verify_email_domain._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncEmailDomainsRawResource:
    """``client.with_raw_response.email_domains``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncEmailDomainsRawResource of {self._client!r}>"

    @checked
    async def create(
        self,
        *,
        domain: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailDomainResponse]:
        """Add a sending domain.

        Operation ``createEmailDomain`` (low level: ``puffle_client.api.senders.create_email_domain``).
        """
        _kwargs = _create_email_domain._get_kwargs(
            body=json_body(
                {
                    "domain": domain,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_email_domain._build_response(client=self._client, response=_response).parsed
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
    ) -> RawResponse[EmailDomainDeleteResponse]:
        """Delete a sending domain.

        Operation ``deleteEmailDomain`` (low level: ``puffle_client.api.senders.delete_email_domain``).
        """
        _kwargs = _delete_email_domain._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _delete_email_domain._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        skip_sync: ListEmailDomainsSkipSync | Literal["true", "false"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailDomainListResponse]:
        """List sending domains.

        Operation ``listEmailDomains`` (low level: ``puffle_client.api.senders.list_email_domains``).
        """
        _kwargs = _list_email_domains._get_kwargs(
            skip_sync=enum_arg(ListEmailDomainsSkipSync, skip_sync),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_email_domains._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        id: str,
        *,
        status: EmailDomainUpdateRequestStatus | Literal["pending", "verifying", "failed"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailDomainResponse]:
        """Override a domain's stored status.

        Operation ``updateEmailDomain`` (low level: ``puffle_client.api.senders.update_email_domain``).
        """
        _kwargs = _update_email_domain._get_kwargs(
            id,
            body=json_body(
                {
                    "status": status,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_email_domain._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def verify(
        self,
        id: str,
        *,
        poll: VerifyEmailDomainPoll | Literal["true", "false"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmailDomainResponse]:
        """Trigger or poll domain verification.

        Operation ``verifyEmailDomain`` (low level: ``puffle_client.api.senders.verify_email_domain``).
        """
        _kwargs = _verify_email_domain._get_kwargs(
            id,
            poll=enum_arg(VerifyEmailDomainPoll, poll),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _verify_email_domain._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
