"""``client.senders``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, enum_arg, send

from ..api.senders import connect_linkedin_account as _connect_linkedin_account
from ..api.senders import get_sender as _get_sender
from ..api.senders import get_sender_schedule as _get_sender_schedule
from ..api.senders import list_senders as _list_senders
from ..models.sender_details import SenderDetails
from ..models.sender_linkedin_connect_link import SenderLinkedinConnectLink
from ..models.sender_list_response import SenderListResponse
from ..models.sender_schedule import SenderSchedule
from ..models.sender_type import SenderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncSendersLinkedinRawResource",
    "AsyncSendersLinkedinResource",
    "AsyncSendersRawResource",
    "AsyncSendersResource",
    "AsyncSendersScheduleRawResource",
    "AsyncSendersScheduleResource",
    "SendersLinkedinRawResource",
    "SendersLinkedinResource",
    "SendersRawResource",
    "SendersResource",
    "SendersScheduleRawResource",
    "SendersScheduleResource",
]

_ = (builtins, Literal, Any)


class SendersResource:
    """``client.senders``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SendersResource of {self._client!r}>"

    @property
    def linkedin(self) -> SendersLinkedinResource:
        found: SendersLinkedinResource | None = self.__dict__.get("_r_linkedin")
        if found is None:
            found = self.__dict__["_r_linkedin"] = SendersLinkedinResource(self._client)
        return found

    @property
    def schedule(self) -> SendersScheduleResource:
        found: SendersScheduleResource | None = self.__dict__.get("_r_schedule")
        if found is None:
            found = self.__dict__["_r_schedule"] = SendersScheduleResource(self._client)
        return found

    @checked
    def list(
        self,
        *,
        type_: SenderType | Literal["email", "linkedin"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SenderListResponse:
        """List sender accounts.

        Operation ``listSenders`` (low level: ``puffle_client.api.senders.list_senders``).
        """
        _kwargs = _list_senders._get_kwargs(
            type_=enum_arg(SenderType, type_),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_senders._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SenderDetails:
        """Get one sender with usage and campaigns.

        Operation ``getSender`` (low level: ``puffle_client.api.senders.get_sender``).
        """
        _kwargs = _get_sender._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_sender._build_response(client=self._client, response=_response).parsed
        return _parsed


class SendersLinkedinResource:
    """``client.senders.linkedin``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SendersLinkedinResource of {self._client!r}>"

    @checked
    def connect(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SenderLinkedinConnectLink:
        """Start connecting a LinkedIn account.

        Operation ``connectLinkedinAccount`` (low level: ``puffle_client.api.senders.connect_linkedin_account``).
        """
        _kwargs = _connect_linkedin_account._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _connect_linkedin_account._build_response(client=self._client, response=_response).parsed
        return _parsed


class SendersScheduleResource:
    """``client.senders.schedule``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SendersScheduleResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SenderSchedule:
        """Get a sender's upcoming send schedule.

        Operation ``getSenderSchedule`` (low level: ``puffle_client.api.senders.get_sender_schedule``).
        """
        _kwargs = _get_sender_schedule._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_sender_schedule._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncSendersResource:
    """``client.senders``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSendersResource of {self._client!r}>"

    @property
    def linkedin(self) -> AsyncSendersLinkedinResource:
        found: AsyncSendersLinkedinResource | None = self.__dict__.get("_r_linkedin")
        if found is None:
            found = self.__dict__["_r_linkedin"] = AsyncSendersLinkedinResource(self._client)
        return found

    @property
    def schedule(self) -> AsyncSendersScheduleResource:
        found: AsyncSendersScheduleResource | None = self.__dict__.get("_r_schedule")
        if found is None:
            found = self.__dict__["_r_schedule"] = AsyncSendersScheduleResource(self._client)
        return found

    @checked
    async def list(
        self,
        *,
        type_: SenderType | Literal["email", "linkedin"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SenderListResponse:
        """List sender accounts.

        Operation ``listSenders`` (low level: ``puffle_client.api.senders.list_senders``).
        """
        _kwargs = _list_senders._get_kwargs(
            type_=enum_arg(SenderType, type_),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_senders._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SenderDetails:
        """Get one sender with usage and campaigns.

        Operation ``getSender`` (low level: ``puffle_client.api.senders.get_sender``).
        """
        _kwargs = _get_sender._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_sender._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncSendersLinkedinResource:
    """``client.senders.linkedin``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSendersLinkedinResource of {self._client!r}>"

    @checked
    async def connect(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SenderLinkedinConnectLink:
        """Start connecting a LinkedIn account.

        Operation ``connectLinkedinAccount`` (low level: ``puffle_client.api.senders.connect_linkedin_account``).
        """
        _kwargs = _connect_linkedin_account._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _connect_linkedin_account._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncSendersScheduleResource:
    """``client.senders.schedule``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSendersScheduleResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SenderSchedule:
        """Get a sender's upcoming send schedule.

        Operation ``getSenderSchedule`` (low level: ``puffle_client.api.senders.get_sender_schedule``).
        """
        _kwargs = _get_sender_schedule._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_sender_schedule._build_response(client=self._client, response=_response).parsed
        return _parsed


class SendersRawResource:
    """``client.with_raw_response.senders``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SendersRawResource of {self._client!r}>"

    @property
    def linkedin(self) -> SendersLinkedinRawResource:
        found: SendersLinkedinRawResource | None = self.__dict__.get("_r_linkedin")
        if found is None:
            found = self.__dict__["_r_linkedin"] = SendersLinkedinRawResource(self._client)
        return found

    @property
    def schedule(self) -> SendersScheduleRawResource:
        found: SendersScheduleRawResource | None = self.__dict__.get("_r_schedule")
        if found is None:
            found = self.__dict__["_r_schedule"] = SendersScheduleRawResource(self._client)
        return found

    @checked
    def list(
        self,
        *,
        type_: SenderType | Literal["email", "linkedin"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SenderListResponse]:
        """List sender accounts.

        Operation ``listSenders`` (low level: ``puffle_client.api.senders.list_senders``).
        """
        _kwargs = _list_senders._get_kwargs(
            type_=enum_arg(SenderType, type_),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_senders._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SenderDetails]:
        """Get one sender with usage and campaigns.

        Operation ``getSender`` (low level: ``puffle_client.api.senders.get_sender``).
        """
        _kwargs = _get_sender._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_sender._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class SendersLinkedinRawResource:
    """``client.with_raw_response.senders.linkedin``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SendersLinkedinRawResource of {self._client!r}>"

    @checked
    def connect(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SenderLinkedinConnectLink]:
        """Start connecting a LinkedIn account.

        Operation ``connectLinkedinAccount`` (low level: ``puffle_client.api.senders.connect_linkedin_account``).
        """
        _kwargs = _connect_linkedin_account._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _connect_linkedin_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class SendersScheduleRawResource:
    """``client.with_raw_response.senders.schedule``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<SendersScheduleRawResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SenderSchedule]:
        """Get a sender's upcoming send schedule.

        Operation ``getSenderSchedule`` (low level: ``puffle_client.api.senders.get_sender_schedule``).
        """
        _kwargs = _get_sender_schedule._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_sender_schedule._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSendersRawResource:
    """``client.with_raw_response.senders``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSendersRawResource of {self._client!r}>"

    @property
    def linkedin(self) -> AsyncSendersLinkedinRawResource:
        found: AsyncSendersLinkedinRawResource | None = self.__dict__.get("_r_linkedin")
        if found is None:
            found = self.__dict__["_r_linkedin"] = AsyncSendersLinkedinRawResource(self._client)
        return found

    @property
    def schedule(self) -> AsyncSendersScheduleRawResource:
        found: AsyncSendersScheduleRawResource | None = self.__dict__.get("_r_schedule")
        if found is None:
            found = self.__dict__["_r_schedule"] = AsyncSendersScheduleRawResource(self._client)
        return found

    @checked
    async def list(
        self,
        *,
        type_: SenderType | Literal["email", "linkedin"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SenderListResponse]:
        """List sender accounts.

        Operation ``listSenders`` (low level: ``puffle_client.api.senders.list_senders``).
        """
        _kwargs = _list_senders._get_kwargs(
            type_=enum_arg(SenderType, type_),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_senders._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SenderDetails]:
        """Get one sender with usage and campaigns.

        Operation ``getSender`` (low level: ``puffle_client.api.senders.get_sender``).
        """
        _kwargs = _get_sender._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_sender._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSendersLinkedinRawResource:
    """``client.with_raw_response.senders.linkedin``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSendersLinkedinRawResource of {self._client!r}>"

    @checked
    async def connect(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SenderLinkedinConnectLink]:
        """Start connecting a LinkedIn account.

        Operation ``connectLinkedinAccount`` (low level: ``puffle_client.api.senders.connect_linkedin_account``).
        """
        _kwargs = _connect_linkedin_account._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _connect_linkedin_account._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncSendersScheduleRawResource:
    """``client.with_raw_response.senders.schedule``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncSendersScheduleRawResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[SenderSchedule]:
        """Get a sender's upcoming send schedule.

        Operation ``getSenderSchedule`` (low level: ``puffle_client.api.senders.get_sender_schedule``).
        """
        _kwargs = _get_sender_schedule._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_sender_schedule._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
