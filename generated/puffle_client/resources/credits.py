"""``client.credits``: generated from the spec's ``x-puffle-names`` records; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import httpx

from puffle._calls import RawResponse, asend, checked, json_body, send

from ..api.credits_ import get_credits_config as _get_credits_config
from ..api.credits_ import preview_credits as _preview_credits
from ..models.credits_action import CreditsAction
from ..models.credits_config import CreditsConfig
from ..models.credits_preview import CreditsPreview

if TYPE_CHECKING:
    from puffle._client import AsyncPuffle, Puffle

__all__ = [
    "AsyncCreditsConfigRawResource",
    "AsyncCreditsConfigResource",
    "AsyncCreditsRawResource",
    "AsyncCreditsResource",
    "CreditsConfigRawResource",
    "CreditsConfigResource",
    "CreditsRawResource",
    "CreditsResource",
]

_ = (builtins, Literal, Any)


class CreditsResource:
    """``client.credits``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CreditsResource of {self._client!r}>"

    @property
    def config(self) -> CreditsConfigResource:
        found: CreditsConfigResource | None = self.__dict__.get("_r_config")
        if found is None:
            found = self.__dict__["_r_config"] = CreditsConfigResource(self._client)
        return found

    @checked
    def preview(
        self,
        *,
        action: CreditsAction
        | Literal[
            "FIND_PERSON",
            "IMPORT_LEAD",
            "EMAIL_LOOKUP",
            "PHONE_LOOKUP",
            "LINKEDIN_PROFILE",
            "LINKEDIN_POSTS",
            "COMPANY_NEWS",
            "PERSON_NEWS",
            "HIRING_STATUS",
            "WEBSITE_ENRICHMENT",
            "SITE_CRAWL_ENRICHMENT",
            "CUSTOM_ENRICHMENT_AI",
            "CUSTOM_ENRICHMENT_WEB",
            "DEEP_RESEARCH",
            "AI_MESSAGE_GENERATION",
            "AGENT_SEARCH",
            "SEARCH_CONTINUE",
        ],
        count: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreditsPreview:
        """Estimate the credit cost of an action.

        Operation ``previewCredits`` (low level: ``puffle_client.api.credits_.preview_credits``).
        """
        _kwargs = _preview_credits._get_kwargs(
            body=json_body(
                {
                    "action": action,
                    "count": count,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _preview_credits._build_response(client=self._client, response=_response).parsed
        return _parsed


class CreditsConfigResource:
    """``client.credits.config``."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CreditsConfigResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreditsConfig:
        """Read credit prices and billing registry.

        Operation ``getCreditsConfig`` (low level: ``puffle_client.api.credits_.get_credits_config``).
        """
        _kwargs = _get_credits_config._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_credits_config._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncCreditsResource:
    """``client.credits``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCreditsResource of {self._client!r}>"

    @property
    def config(self) -> AsyncCreditsConfigResource:
        found: AsyncCreditsConfigResource | None = self.__dict__.get("_r_config")
        if found is None:
            found = self.__dict__["_r_config"] = AsyncCreditsConfigResource(self._client)
        return found

    @checked
    async def preview(
        self,
        *,
        action: CreditsAction
        | Literal[
            "FIND_PERSON",
            "IMPORT_LEAD",
            "EMAIL_LOOKUP",
            "PHONE_LOOKUP",
            "LINKEDIN_PROFILE",
            "LINKEDIN_POSTS",
            "COMPANY_NEWS",
            "PERSON_NEWS",
            "HIRING_STATUS",
            "WEBSITE_ENRICHMENT",
            "SITE_CRAWL_ENRICHMENT",
            "CUSTOM_ENRICHMENT_AI",
            "CUSTOM_ENRICHMENT_WEB",
            "DEEP_RESEARCH",
            "AI_MESSAGE_GENERATION",
            "AGENT_SEARCH",
            "SEARCH_CONTINUE",
        ],
        count: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreditsPreview:
        """Estimate the credit cost of an action.

        Operation ``previewCredits`` (low level: ``puffle_client.api.credits_.preview_credits``).
        """
        _kwargs = _preview_credits._get_kwargs(
            body=json_body(
                {
                    "action": action,
                    "count": count,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _preview_credits._build_response(client=self._client, response=_response).parsed
        return _parsed


class AsyncCreditsConfigResource:
    """``client.credits.config``."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCreditsConfigResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreditsConfig:
        """Read credit prices and billing registry.

        Operation ``getCreditsConfig`` (low level: ``puffle_client.api.credits_.get_credits_config``).
        """
        _kwargs = _get_credits_config._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_credits_config._build_response(client=self._client, response=_response).parsed
        return _parsed


class CreditsRawResource:
    """``client.with_raw_response.credits``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CreditsRawResource of {self._client!r}>"

    @property
    def config(self) -> CreditsConfigRawResource:
        found: CreditsConfigRawResource | None = self.__dict__.get("_r_config")
        if found is None:
            found = self.__dict__["_r_config"] = CreditsConfigRawResource(self._client)
        return found

    @checked
    def preview(
        self,
        *,
        action: CreditsAction
        | Literal[
            "FIND_PERSON",
            "IMPORT_LEAD",
            "EMAIL_LOOKUP",
            "PHONE_LOOKUP",
            "LINKEDIN_PROFILE",
            "LINKEDIN_POSTS",
            "COMPANY_NEWS",
            "PERSON_NEWS",
            "HIRING_STATUS",
            "WEBSITE_ENRICHMENT",
            "SITE_CRAWL_ENRICHMENT",
            "CUSTOM_ENRICHMENT_AI",
            "CUSTOM_ENRICHMENT_WEB",
            "DEEP_RESEARCH",
            "AI_MESSAGE_GENERATION",
            "AGENT_SEARCH",
            "SEARCH_CONTINUE",
        ],
        count: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CreditsPreview]:
        """Estimate the credit cost of an action.

        Operation ``previewCredits`` (low level: ``puffle_client.api.credits_.preview_credits``).
        """
        _kwargs = _preview_credits._get_kwargs(
            body=json_body(
                {
                    "action": action,
                    "count": count,
                }
            ),
        )
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _preview_credits._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class CreditsConfigRawResource:
    """``client.with_raw_response.credits.config``: each method returns a `RawResponse`."""

    def __init__(self, client: Puffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<CreditsConfigRawResource of {self._client!r}>"

    @checked
    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CreditsConfig]:
        """Read credit prices and billing registry.

        Operation ``getCreditsConfig`` (low level: ``puffle_client.api.credits_.get_credits_config``).
        """
        _kwargs = _get_credits_config._get_kwargs()
        _response = send(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_credits_config._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncCreditsRawResource:
    """``client.with_raw_response.credits``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCreditsRawResource of {self._client!r}>"

    @property
    def config(self) -> AsyncCreditsConfigRawResource:
        found: AsyncCreditsConfigRawResource | None = self.__dict__.get("_r_config")
        if found is None:
            found = self.__dict__["_r_config"] = AsyncCreditsConfigRawResource(self._client)
        return found

    @checked
    async def preview(
        self,
        *,
        action: CreditsAction
        | Literal[
            "FIND_PERSON",
            "IMPORT_LEAD",
            "EMAIL_LOOKUP",
            "PHONE_LOOKUP",
            "LINKEDIN_PROFILE",
            "LINKEDIN_POSTS",
            "COMPANY_NEWS",
            "PERSON_NEWS",
            "HIRING_STATUS",
            "WEBSITE_ENRICHMENT",
            "SITE_CRAWL_ENRICHMENT",
            "CUSTOM_ENRICHMENT_AI",
            "CUSTOM_ENRICHMENT_WEB",
            "DEEP_RESEARCH",
            "AI_MESSAGE_GENERATION",
            "AGENT_SEARCH",
            "SEARCH_CONTINUE",
        ],
        count: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CreditsPreview]:
        """Estimate the credit cost of an action.

        Operation ``previewCredits`` (low level: ``puffle_client.api.credits_.preview_credits``).
        """
        _kwargs = _preview_credits._get_kwargs(
            body=json_body(
                {
                    "action": action,
                    "count": count,
                }
            ),
        )
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _preview_credits._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)


class AsyncCreditsConfigRawResource:
    """``client.with_raw_response.credits.config``: each method returns a `RawResponse`."""

    def __init__(self, client: AsyncPuffle) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncCreditsConfigRawResource of {self._client!r}>"

    @checked
    async def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[CreditsConfig]:
        """Read credit prices and billing registry.

        Operation ``getCreditsConfig`` (low level: ``puffle_client.api.credits_.get_credits_config``).
        """
        _kwargs = _get_credits_config._get_kwargs()
        _response = await asend(self._client, _kwargs, timeout, max_retries, extra_headers, extra_query, extra_body)
        _parsed = _get_credits_config._build_response(client=self._client, response=_response).parsed
        return RawResponse(_response, _parsed)
