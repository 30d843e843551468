"""``client.threads``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, enum_arg, json_body, params_of, send
from puffle._pages import AsyncPage, SyncPage

from ..api.unibox import create_thread as _create_thread
from ..api.unibox import discard_draft_thread as _discard_draft_thread
from ..api.unibox import get_thread as _get_thread
from ..api.unibox import list_thread_messages as _list_thread_messages
from ..api.unibox import list_threads as _list_threads
from ..api.unibox import send_thread_message as _send_thread_message
from ..api.unibox import update_thread as _update_thread
from ..api.unibox import upload_thread_attachment as _upload_thread_attachment
from ..models.attachment import Attachment
from ..models.list_threads_include import ListThreadsInclude
from ..models.message import Message
from ..models.thread import Thread
from ..models.thread_attachment_upload_request import ThreadAttachmentUploadRequest
from ..models.thread_attachment_upload_response import ThreadAttachmentUploadResponse
from ..models.thread_channel import ThreadChannel
from ..models.thread_detail_response import ThreadDetailResponse
from ..models.thread_discard_result import ThreadDiscardResult
from ..models.thread_list_response import ThreadListResponse
from ..models.thread_message_list_response import ThreadMessageListResponse
from ..models.thread_message_send_request_threading_mode import ThreadMessageSendRequestThreadingMode
from ..models.thread_message_send_response import ThreadMessageSendResponse
from ..models.thread_response import ThreadResponse
from ..models.thread_update_request_status import ThreadUpdateRequestStatus
from ..types import UNSET, File, Unset
from ._params import AttachmentDict

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncThreadsAttachmentsRawResource",
    "AsyncThreadsAttachmentsResource",
    "AsyncThreadsMessagesRawResource",
    "AsyncThreadsMessagesResource",
    "AsyncThreadsRawResource",
    "AsyncThreadsResource",
    "ThreadsAttachmentsRawResource",
    "ThreadsAttachmentsResource",
    "ThreadsMessagesRawResource",
    "ThreadsMessagesResource",
    "ThreadsRawResource",
    "ThreadsResource",
]

_ = (builtins, Literal, Any)


class ThreadsResource:
    """``client.threads``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ThreadsResource of {self._client!r}>"

    @property
    def attachments(self) -> ThreadsAttachmentsResource:
        found: ThreadsAttachmentsResource | None = self.__dict__.get("_r_attachments")
        if found is None:
            found = self.__dict__["_r_attachments"] = ThreadsAttachmentsResource(self._client)
        return found

    @property
    def messages(self) -> ThreadsMessagesResource:
        found: ThreadsMessagesResource | None = self.__dict__.get("_r_messages")
        if found is None:
            found = self.__dict__["_r_messages"] = ThreadsMessagesResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        participant_email: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        participant_name: str | Unset = UNSET,
        draft_subject: str | Unset = UNSET,
        draft_body_text: str | Unset = UNSET,
        draft_body_html: str | Unset = UNSET,
        draft_cc: str | Unset = UNSET,
        draft_bcc: str | Unset = UNSET,
        draft_attachments: builtins.list[Attachment | AttachmentDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadResponse:
        """Create a draft one-off email thread.

        Operation ``createThread`` (low level: ``puffle_client.api.unibox.create_thread``).
        """
        _kwargs = _create_thread._get_kwargs(
            body=json_body(
                {
                    "participant_email": participant_email,
                    "account_id": account_id,
                    "participant_name": participant_name,
                    "draft_subject": draft_subject,
                    "draft_body_text": draft_body_text,
                    "draft_body_html": draft_body_html,
                    "draft_cc": draft_cc,
                    "draft_bcc": draft_bcc,
                    "draft_attachments": draft_attachments,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_thread._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def discard(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadDiscardResult:
        """Discard an unsent draft thread.

        Operation ``discardDraftThread`` (low level: ``puffle_client.api.unibox.discard_draft_thread``).
        """
        _kwargs = _discard_draft_thread._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _discard_draft_thread._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        view: str | Unset = UNSET,
        inbox_state: str | Unset = UNSET,
        status: str | Unset = UNSET,
        unread: bool | Unset = UNSET,
        bounced: bool | Unset = UNSET,
        channel: ThreadChannel | Literal["email", "linkedin"] | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        participant_email: str | Unset = UNSET,
        correspondence: bool | Unset = UNSET,
        exclude_thread_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        include: ListThreadsInclude | Literal["filter_options"] | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[Thread, ThreadListResponse]:
        """List Unibox threads.

                Operation ``listThreads`` (low level: ``puffle_client.api.unibox.list_threads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_threads,
            params_of(
                {
                    "view": view,
                    "inbox_state": inbox_state,
                    "status": status,
                    "unread": unread,
                    "bounced": bounced,
                    "channel": enum_arg(ThreadChannel, channel),
                    "sender_id": sender_id,
                    "campaign_id": campaign_id,
                    "participant_email": participant_email,
                    "correspondence": correspondence,
                    "exclude_thread_id": exclude_thread_id,
                    "search": search,
                    "include": enum_arg(ListThreadsInclude, include),
                    "page": page,
                    "limit": limit,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

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
    ) -> ThreadDetailResponse:
        """Get a thread with all its messages.

        Operation ``getThread`` (low level: ``puffle_client.api.unibox.get_thread``).
        """
        _kwargs = _get_thread._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_thread._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def update(
        self,
        id: str,
        *,
        status: ThreadUpdateRequestStatus | Literal["active", "archived"] | Unset = UNSET,
        unread_count: int | Unset = UNSET,
        account_id: str | Unset | None = UNSET,
        participant_email: str | Unset = UNSET,
        participant_name: str | Unset = UNSET,
        draft_subject: str | Unset | None = UNSET,
        draft_body_text: str | Unset | None = UNSET,
        draft_body_html: str | Unset | None = UNSET,
        draft_cc: str | Unset | None = UNSET,
        draft_bcc: str | Unset | None = UNSET,
        draft_attachments: builtins.list[Attachment | AttachmentDict] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadResponse:
        """Update a thread or its draft fields.

        Operation ``updateThread`` (low level: ``puffle_client.api.unibox.update_thread``).
        """
        _kwargs = _update_thread._get_kwargs(
            id,
            body=json_body(
                {
                    "status": status,
                    "unread_count": unread_count,
                    "account_id": account_id,
                    "participant_email": participant_email,
                    "participant_name": participant_name,
                    "draft_subject": draft_subject,
                    "draft_body_text": draft_body_text,
                    "draft_body_html": draft_body_html,
                    "draft_cc": draft_cc,
                    "draft_bcc": draft_bcc,
                    "draft_attachments": draft_attachments,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_thread._build_response(client=self._client, response=_response).parsed
        return _parsed


class ThreadsAttachmentsResource:
    """``client.threads.attachments``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ThreadsAttachmentsResource of {self._client!r}>"

    @checked
    def upload(
        self,
        id: str,
        *,
        file: File,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadAttachmentUploadResponse:
        """Upload a file for a draft email.

        Operation ``uploadThreadAttachment`` (low level: ``puffle_client.api.unibox.upload_thread_attachment``).
        """
        _kwargs = _upload_thread_attachment._get_kwargs(
            id,
            body=ThreadAttachmentUploadRequest(
                file=file,
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _upload_thread_attachment._build_response(client=self._client, response=_response).parsed
        return _parsed


class ThreadsMessagesResource:
    """``client.threads.messages``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ThreadsMessagesResource of {self._client!r}>"

    @checked
    def list(
        self,
        id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPage[Message, ThreadMessageListResponse]:
        """List the messages of a thread.

                Operation ``listThreadMessages`` (low level: ``puffle_client.api.unibox.list_thread_messages``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return SyncPage(
            self._client,
            _list_thread_messages,
            params_of(
                {
                    "id": id,
                    "page": page,
                    "limit": limit,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @checked
    def send(
        self,
        id: str,
        *,
        body_text: str,
        body_html: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        threading_mode: ThreadMessageSendRequestThreadingMode | Literal["new_thread", "reply"] | Unset = UNSET,
        cc: str | Unset = UNSET,
        bcc: str | Unset = UNSET,
        attachments: builtins.list[Attachment | AttachmentDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadMessageSendResponse:
        """Send a message in a thread.

        Operation ``sendThreadMessage`` (low level: ``puffle_client.api.unibox.send_thread_message``).
        """
        _kwargs = _send_thread_message._get_kwargs(
            id,
            body=json_body(
                {
                    "body_text": body_text,
                    "body_html": body_html,
                    "subject": subject,
                    "account_id": account_id,
                    "threading_mode": threading_mode,
                    "cc": cc,
                    "bcc": bcc,
                    "attachments": attachments,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _send_thread_message._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncThreadsResource:
    """``client.threads``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncThreadsResource of {self._client!r}>"

    @property
    def attachments(self) -> AsyncThreadsAttachmentsResource:
        found: AsyncThreadsAttachmentsResource | None = self.__dict__.get("_r_attachments")
        if found is None:
            found = self.__dict__["_r_attachments"] = AsyncThreadsAttachmentsResource(self._client)
        return found

    @property
    def messages(self) -> AsyncThreadsMessagesResource:
        found: AsyncThreadsMessagesResource | None = self.__dict__.get("_r_messages")
        if found is None:
            found = self.__dict__["_r_messages"] = AsyncThreadsMessagesResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        participant_email: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        participant_name: str | Unset = UNSET,
        draft_subject: str | Unset = UNSET,
        draft_body_text: str | Unset = UNSET,
        draft_body_html: str | Unset = UNSET,
        draft_cc: str | Unset = UNSET,
        draft_bcc: str | Unset = UNSET,
        draft_attachments: builtins.list[Attachment | AttachmentDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadResponse:
        """Create a draft one-off email thread.

        Operation ``createThread`` (low level: ``puffle_client.api.unibox.create_thread``).
        """
        _kwargs = _create_thread._get_kwargs(
            body=json_body(
                {
                    "participant_email": participant_email,
                    "account_id": account_id,
                    "participant_name": participant_name,
                    "draft_subject": draft_subject,
                    "draft_body_text": draft_body_text,
                    "draft_body_html": draft_body_html,
                    "draft_cc": draft_cc,
                    "draft_bcc": draft_bcc,
                    "draft_attachments": draft_attachments,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_thread._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def discard(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadDiscardResult:
        """Discard an unsent draft thread.

        Operation ``discardDraftThread`` (low level: ``puffle_client.api.unibox.discard_draft_thread``).
        """
        _kwargs = _discard_draft_thread._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _discard_draft_thread._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    def list(
        self,
        *,
        view: str | Unset = UNSET,
        inbox_state: str | Unset = UNSET,
        status: str | Unset = UNSET,
        unread: bool | Unset = UNSET,
        bounced: bool | Unset = UNSET,
        channel: ThreadChannel | Literal["email", "linkedin"] | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        participant_email: str | Unset = UNSET,
        correspondence: bool | Unset = UNSET,
        exclude_thread_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        include: ListThreadsInclude | Literal["filter_options"] | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Thread, ThreadListResponse]:
        """List Unibox threads.

                Operation ``listThreads`` (low level: ``puffle_client.api.unibox.list_threads``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_threads,
            params_of(
                {
                    "view": view,
                    "inbox_state": inbox_state,
                    "status": status,
                    "unread": unread,
                    "bounced": bounced,
                    "channel": enum_arg(ThreadChannel, channel),
                    "sender_id": sender_id,
                    "campaign_id": campaign_id,
                    "participant_email": participant_email,
                    "correspondence": correspondence,
                    "exclude_thread_id": exclude_thread_id,
                    "search": search,
                    "include": enum_arg(ListThreadsInclude, include),
                    "page": page,
                    "limit": limit,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

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
    ) -> ThreadDetailResponse:
        """Get a thread with all its messages.

        Operation ``getThread`` (low level: ``puffle_client.api.unibox.get_thread``).
        """
        _kwargs = _get_thread._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_thread._build_response(client=self._client, response=_response).parsed
        return _parsed

    @checked
    async def update(
        self,
        id: str,
        *,
        status: ThreadUpdateRequestStatus | Literal["active", "archived"] | Unset = UNSET,
        unread_count: int | Unset = UNSET,
        account_id: str | Unset | None = UNSET,
        participant_email: str | Unset = UNSET,
        participant_name: str | Unset = UNSET,
        draft_subject: str | Unset | None = UNSET,
        draft_body_text: str | Unset | None = UNSET,
        draft_body_html: str | Unset | None = UNSET,
        draft_cc: str | Unset | None = UNSET,
        draft_bcc: str | Unset | None = UNSET,
        draft_attachments: builtins.list[Attachment | AttachmentDict] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadResponse:
        """Update a thread or its draft fields.

        Operation ``updateThread`` (low level: ``puffle_client.api.unibox.update_thread``).
        """
        _kwargs = _update_thread._get_kwargs(
            id,
            body=json_body(
                {
                    "status": status,
                    "unread_count": unread_count,
                    "account_id": account_id,
                    "participant_email": participant_email,
                    "participant_name": participant_name,
                    "draft_subject": draft_subject,
                    "draft_body_text": draft_body_text,
                    "draft_body_html": draft_body_html,
                    "draft_cc": draft_cc,
                    "draft_bcc": draft_bcc,
                    "draft_attachments": draft_attachments,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_thread._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncThreadsAttachmentsResource:
    """``client.threads.attachments``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncThreadsAttachmentsResource of {self._client!r}>"

    @checked
    async def upload(
        self,
        id: str,
        *,
        file: File,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadAttachmentUploadResponse:
        """Upload a file for a draft email.

        Operation ``uploadThreadAttachment`` (low level: ``puffle_client.api.unibox.upload_thread_attachment``).
        """
        _kwargs = _upload_thread_attachment._get_kwargs(
            id,
            body=ThreadAttachmentUploadRequest(
                file=file,
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _upload_thread_attachment._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncThreadsMessagesResource:
    """``client.threads.messages``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncThreadsMessagesResource of {self._client!r}>"

    @checked
    def list(
        self,
        id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        max_items: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPage[Message, ThreadMessageListResponse]:
        """List the messages of a thread.

                Operation ``listThreadMessages`` (low level: ``puffle_client.api.unibox.list_thread_messages``).
        Iterating the result walks every page (``max_items`` bounds it)."""
        return AsyncPage(
            self._client,
            _list_thread_messages,
            params_of(
                {
                    "id": id,
                    "page": page,
                    "limit": limit,
                }
            ),
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @checked
    async def send(
        self,
        id: str,
        *,
        body_text: str,
        body_html: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        threading_mode: ThreadMessageSendRequestThreadingMode | Literal["new_thread", "reply"] | Unset = UNSET,
        cc: str | Unset = UNSET,
        bcc: str | Unset = UNSET,
        attachments: builtins.list[Attachment | AttachmentDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ThreadMessageSendResponse:
        """Send a message in a thread.

        Operation ``sendThreadMessage`` (low level: ``puffle_client.api.unibox.send_thread_message``).
        """
        _kwargs = _send_thread_message._get_kwargs(
            id,
            body=json_body(
                {
                    "body_text": body_text,
                    "body_html": body_html,
                    "subject": subject,
                    "account_id": account_id,
                    "threading_mode": threading_mode,
                    "cc": cc,
                    "bcc": bcc,
                    "attachments": attachments,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _send_thread_message._build_response(client=self._client, response=_response).parsed
        return _parsed


class ThreadsRawResource:
    """``client.with_raw_response.threads``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ThreadsRawResource of {self._client!r}>"

    @property
    def attachments(self) -> ThreadsAttachmentsRawResource:
        found: ThreadsAttachmentsRawResource | None = self.__dict__.get("_r_attachments")
        if found is None:
            found = self.__dict__["_r_attachments"] = ThreadsAttachmentsRawResource(self._client)
        return found

    @property
    def messages(self) -> ThreadsMessagesRawResource:
        found: ThreadsMessagesRawResource | None = self.__dict__.get("_r_messages")
        if found is None:
            found = self.__dict__["_r_messages"] = ThreadsMessagesRawResource(self._client)
        return found

    @checked
    def create(
        self,
        *,
        participant_email: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        participant_name: str | Unset = UNSET,
        draft_subject: str | Unset = UNSET,
        draft_body_text: str | Unset = UNSET,
        draft_body_html: str | Unset = UNSET,
        draft_cc: str | Unset = UNSET,
        draft_bcc: str | Unset = UNSET,
        draft_attachments: builtins.list[Attachment | AttachmentDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadResponse]:
        """Create a draft one-off email thread.

        Operation ``createThread`` (low level: ``puffle_client.api.unibox.create_thread``).
        """
        _kwargs = _create_thread._get_kwargs(
            body=json_body(
                {
                    "participant_email": participant_email,
                    "account_id": account_id,
                    "participant_name": participant_name,
                    "draft_subject": draft_subject,
                    "draft_body_text": draft_body_text,
                    "draft_body_html": draft_body_html,
                    "draft_cc": draft_cc,
                    "draft_bcc": draft_bcc,
                    "draft_attachments": draft_attachments,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_thread._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def discard(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadDiscardResult]:
        """Discard an unsent draft thread.

        Operation ``discardDraftThread`` (low level: ``puffle_client.api.unibox.discard_draft_thread``).
        """
        _kwargs = _discard_draft_thread._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _discard_draft_thread._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def list(
        self,
        *,
        view: str | Unset = UNSET,
        inbox_state: str | Unset = UNSET,
        status: str | Unset = UNSET,
        unread: bool | Unset = UNSET,
        bounced: bool | Unset = UNSET,
        channel: ThreadChannel | Literal["email", "linkedin"] | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        participant_email: str | Unset = UNSET,
        correspondence: bool | Unset = UNSET,
        exclude_thread_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        include: ListThreadsInclude | Literal["filter_options"] | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadListResponse]:
        """List Unibox threads.

        Operation ``listThreads`` (low level: ``puffle_client.api.unibox.list_threads``).
        """
        _kwargs = _list_threads._get_kwargs(
            view=view,
            inbox_state=inbox_state,
            status=status,
            unread=unread,
            bounced=bounced,
            channel=enum_arg(ThreadChannel, channel),
            sender_id=sender_id,
            campaign_id=campaign_id,
            participant_email=participant_email,
            correspondence=correspondence,
            exclude_thread_id=exclude_thread_id,
            search=search,
            include=enum_arg(ListThreadsInclude, include),
            page=page,
            limit=limit,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_threads._build_response(client=self._client, response=_response).parsed
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
    ) -> RawResponse[ThreadDetailResponse]:
        """Get a thread with all its messages.

        Operation ``getThread`` (low level: ``puffle_client.api.unibox.get_thread``).
        """
        _kwargs = _get_thread._get_kwargs(
            id,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_thread._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def update(
        self,
        id: str,
        *,
        status: ThreadUpdateRequestStatus | Literal["active", "archived"] | Unset = UNSET,
        unread_count: int | Unset = UNSET,
        account_id: str | Unset | None = UNSET,
        participant_email: str | Unset = UNSET,
        participant_name: str | Unset = UNSET,
        draft_subject: str | Unset | None = UNSET,
        draft_body_text: str | Unset | None = UNSET,
        draft_body_html: str | Unset | None = UNSET,
        draft_cc: str | Unset | None = UNSET,
        draft_bcc: str | Unset | None = UNSET,
        draft_attachments: builtins.list[Attachment | AttachmentDict] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadResponse]:
        """Update a thread or its draft fields.

        Operation ``updateThread`` (low level: ``puffle_client.api.unibox.update_thread``).
        """
        _kwargs = _update_thread._get_kwargs(
            id,
            body=json_body(
                {
                    "status": status,
                    "unread_count": unread_count,
                    "account_id": account_id,
                    "participant_email": participant_email,
                    "participant_name": participant_name,
                    "draft_subject": draft_subject,
                    "draft_body_text": draft_body_text,
                    "draft_body_html": draft_body_html,
                    "draft_cc": draft_cc,
                    "draft_bcc": draft_bcc,
                    "draft_attachments": draft_attachments,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_thread._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class ThreadsAttachmentsRawResource:
    """``client.with_raw_response.threads.attachments``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ThreadsAttachmentsRawResource of {self._client!r}>"

    @checked
    def upload(
        self,
        id: str,
        *,
        file: File,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadAttachmentUploadResponse]:
        """Upload a file for a draft email.

        Operation ``uploadThreadAttachment`` (low level: ``puffle_client.api.unibox.upload_thread_attachment``).
        """
        _kwargs = _upload_thread_attachment._get_kwargs(
            id,
            body=ThreadAttachmentUploadRequest(
                file=file,
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _upload_thread_attachment._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class ThreadsMessagesRawResource:
    """``client.with_raw_response.threads.messages``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ThreadsMessagesRawResource of {self._client!r}>"

    @checked
    def list(
        self,
        id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadMessageListResponse]:
        """List the messages of a thread.

        Operation ``listThreadMessages`` (low level: ``puffle_client.api.unibox.list_thread_messages``).
        """
        _kwargs = _list_thread_messages._get_kwargs(
            id,
            page=page,
            limit=limit,
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_thread_messages._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    def send(
        self,
        id: str,
        *,
        body_text: str,
        body_html: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        threading_mode: ThreadMessageSendRequestThreadingMode | Literal["new_thread", "reply"] | Unset = UNSET,
        cc: str | Unset = UNSET,
        bcc: str | Unset = UNSET,
        attachments: builtins.list[Attachment | AttachmentDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadMessageSendResponse]:
        """Send a message in a thread.

        Operation ``sendThreadMessage`` (low level: ``puffle_client.api.unibox.send_thread_message``).
        """
        _kwargs = _send_thread_message._get_kwargs(
            id,
            body=json_body(
                {
                    "body_text": body_text,
                    "body_html": body_html,
                    "subject": subject,
                    "account_id": account_id,
                    "threading_mode": threading_mode,
                    "cc": cc,
                    "bcc": bcc,
                    "attachments": attachments,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _send_thread_message._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncThreadsRawResource:
    """``client.with_raw_response.threads``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncThreadsRawResource of {self._client!r}>"

    @property
    def attachments(self) -> AsyncThreadsAttachmentsRawResource:
        found: AsyncThreadsAttachmentsRawResource | None = self.__dict__.get("_r_attachments")
        if found is None:
            found = self.__dict__["_r_attachments"] = AsyncThreadsAttachmentsRawResource(self._client)
        return found

    @property
    def messages(self) -> AsyncThreadsMessagesRawResource:
        found: AsyncThreadsMessagesRawResource | None = self.__dict__.get("_r_messages")
        if found is None:
            found = self.__dict__["_r_messages"] = AsyncThreadsMessagesRawResource(self._client)
        return found

    @checked
    async def create(
        self,
        *,
        participant_email: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        participant_name: str | Unset = UNSET,
        draft_subject: str | Unset = UNSET,
        draft_body_text: str | Unset = UNSET,
        draft_body_html: str | Unset = UNSET,
        draft_cc: str | Unset = UNSET,
        draft_bcc: str | Unset = UNSET,
        draft_attachments: builtins.list[Attachment | AttachmentDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadResponse]:
        """Create a draft one-off email thread.

        Operation ``createThread`` (low level: ``puffle_client.api.unibox.create_thread``).
        """
        _kwargs = _create_thread._get_kwargs(
            body=json_body(
                {
                    "participant_email": participant_email,
                    "account_id": account_id,
                    "participant_name": participant_name,
                    "draft_subject": draft_subject,
                    "draft_body_text": draft_body_text,
                    "draft_body_html": draft_body_html,
                    "draft_cc": draft_cc,
                    "draft_bcc": draft_bcc,
                    "draft_attachments": draft_attachments,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _create_thread._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def discard(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadDiscardResult]:
        """Discard an unsent draft thread.

        Operation ``discardDraftThread`` (low level: ``puffle_client.api.unibox.discard_draft_thread``).
        """
        _kwargs = _discard_draft_thread._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _discard_draft_thread._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def list(
        self,
        *,
        view: str | Unset = UNSET,
        inbox_state: str | Unset = UNSET,
        status: str | Unset = UNSET,
        unread: bool | Unset = UNSET,
        bounced: bool | Unset = UNSET,
        channel: ThreadChannel | Literal["email", "linkedin"] | Unset = UNSET,
        sender_id: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        participant_email: str | Unset = UNSET,
        correspondence: bool | Unset = UNSET,
        exclude_thread_id: str | Unset = UNSET,
        search: str | Unset = UNSET,
        include: ListThreadsInclude | Literal["filter_options"] | Unset = UNSET,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadListResponse]:
        """List Unibox threads.

        Operation ``listThreads`` (low level: ``puffle_client.api.unibox.list_threads``).
        """
        _kwargs = _list_threads._get_kwargs(
            view=view,
            inbox_state=inbox_state,
            status=status,
            unread=unread,
            bounced=bounced,
            channel=enum_arg(ThreadChannel, channel),
            sender_id=sender_id,
            campaign_id=campaign_id,
            participant_email=participant_email,
            correspondence=correspondence,
            exclude_thread_id=exclude_thread_id,
            search=search,
            include=enum_arg(ListThreadsInclude, include),
            page=page,
            limit=limit,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_threads._build_response(client=self._client, response=_response).parsed
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
    ) -> RawResponse[ThreadDetailResponse]:
        """Get a thread with all its messages.

        Operation ``getThread`` (low level: ``puffle_client.api.unibox.get_thread``).
        """
        _kwargs = _get_thread._get_kwargs(
            id,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_thread._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def update(
        self,
        id: str,
        *,
        status: ThreadUpdateRequestStatus | Literal["active", "archived"] | Unset = UNSET,
        unread_count: int | Unset = UNSET,
        account_id: str | Unset | None = UNSET,
        participant_email: str | Unset = UNSET,
        participant_name: str | Unset = UNSET,
        draft_subject: str | Unset | None = UNSET,
        draft_body_text: str | Unset | None = UNSET,
        draft_body_html: str | Unset | None = UNSET,
        draft_cc: str | Unset | None = UNSET,
        draft_bcc: str | Unset | None = UNSET,
        draft_attachments: builtins.list[Attachment | AttachmentDict] | Unset | None = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadResponse]:
        """Update a thread or its draft fields.

        Operation ``updateThread`` (low level: ``puffle_client.api.unibox.update_thread``).
        """
        _kwargs = _update_thread._get_kwargs(
            id,
            body=json_body(
                {
                    "status": status,
                    "unread_count": unread_count,
                    "account_id": account_id,
                    "participant_email": participant_email,
                    "participant_name": participant_name,
                    "draft_subject": draft_subject,
                    "draft_body_text": draft_body_text,
                    "draft_body_html": draft_body_html,
                    "draft_cc": draft_cc,
                    "draft_bcc": draft_bcc,
                    "draft_attachments": draft_attachments,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _update_thread._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncThreadsAttachmentsRawResource:
    """``client.with_raw_response.threads.attachments``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncThreadsAttachmentsRawResource of {self._client!r}>"

    @checked
    async def upload(
        self,
        id: str,
        *,
        file: File,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadAttachmentUploadResponse]:
        """Upload a file for a draft email.

        Operation ``uploadThreadAttachment`` (low level: ``puffle_client.api.unibox.upload_thread_attachment``).
        """
        _kwargs = _upload_thread_attachment._get_kwargs(
            id,
            body=ThreadAttachmentUploadRequest(
                file=file,
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _upload_thread_attachment._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncThreadsMessagesRawResource:
    """``client.with_raw_response.threads.messages``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncThreadsMessagesRawResource of {self._client!r}>"

    @checked
    async def list(
        self,
        id: str,
        *,
        page: int | Unset = 1,
        limit: int | Unset = 50,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadMessageListResponse]:
        """List the messages of a thread.

        Operation ``listThreadMessages`` (low level: ``puffle_client.api.unibox.list_thread_messages``).
        """
        _kwargs = _list_thread_messages._get_kwargs(
            id,
            page=page,
            limit=limit,
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _list_thread_messages._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)

    @checked
    async def send(
        self,
        id: str,
        *,
        body_text: str,
        body_html: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        account_id: str | Unset = UNSET,
        threading_mode: ThreadMessageSendRequestThreadingMode | Literal["new_thread", "reply"] | Unset = UNSET,
        cc: str | Unset = UNSET,
        bcc: str | Unset = UNSET,
        attachments: builtins.list[Attachment | AttachmentDict] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[ThreadMessageSendResponse]:
        """Send a message in a thread.

        Operation ``sendThreadMessage`` (low level: ``puffle_client.api.unibox.send_thread_message``).
        """
        _kwargs = _send_thread_message._get_kwargs(
            id,
            body=json_body(
                {
                    "body_text": body_text,
                    "body_html": body_html,
                    "subject": subject,
                    "account_id": account_id,
                    "threading_mode": threading_mode,
                    "cc": cc,
                    "bcc": bcc,
                    "attachments": attachments,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _send_thread_message._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
