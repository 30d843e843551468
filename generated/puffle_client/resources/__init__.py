"""The resource namespaces of `puffle.Puffle` / `puffle.AsyncPuffle` (``client.leads.create(...)``).

Generated from each operation's ``x-puffle-names.sdk`` record (``lists.leads.add`` is method ``add`` of
``client.lists.leads``). A resource module, and the endpoint modules it calls, is imported on first use, so
``import puffle`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import AccountRawResource, AccountResource, AsyncAccountRawResource, AsyncAccountResource
    from .api_keys import ApiKeysRawResource, ApiKeysResource, AsyncApiKeysRawResource, AsyncApiKeysResource
    from .campaigns import AsyncCampaignsRawResource, AsyncCampaignsResource, CampaignsRawResource, CampaignsResource
    from .context import AsyncContextRawResource, AsyncContextResource, ContextRawResource, ContextResource
    from .credits import AsyncCreditsRawResource, AsyncCreditsResource, CreditsRawResource, CreditsResource
    from .email_accounts import (
        AsyncEmailAccountsRawResource,
        AsyncEmailAccountsResource,
        EmailAccountsRawResource,
        EmailAccountsResource,
    )
    from .email_domains import (
        AsyncEmailDomainsRawResource,
        AsyncEmailDomainsResource,
        EmailDomainsRawResource,
        EmailDomainsResource,
    )
    from .enrichments import (
        AsyncEnrichmentsRawResource,
        AsyncEnrichmentsResource,
        EnrichmentsRawResource,
        EnrichmentsResource,
    )
    from .lead_search import (
        AsyncLeadSearchRawResource,
        AsyncLeadSearchResource,
        LeadSearchRawResource,
        LeadSearchResource,
    )
    from .leads import AsyncLeadsRawResource, AsyncLeadsResource, LeadsRawResource, LeadsResource
    from .lists import AsyncListsRawResource, AsyncListsResource, ListsRawResource, ListsResource
    from .senders import AsyncSendersRawResource, AsyncSendersResource, SendersRawResource, SendersResource
    from .signals import AsyncSignalsRawResource, AsyncSignalsResource, SignalsRawResource, SignalsResource
    from .threads import AsyncThreadsRawResource, AsyncThreadsResource, ThreadsRawResource, ThreadsResource

__all__ = ["AsyncRawResources", "AsyncResources", "RawResources", "Resources"]


def _lazy(owner: Any, client: Any, name: str, cls: str) -> Any:
    """The resource ``name`` of ``client``, made on first use; a ``with_options`` copy of a client (which
    shares its attributes) gets its own."""
    key = f"_r_{name}"
    found = owner.__dict__.get(key)
    if found is None or found._client is not client:
        found = getattr(importlib.import_module(f"{__name__}.{name}"), cls)(client)
        owner.__dict__[key] = found
    return found


class Resources:
    """Resource namespaces of `puffle.Puffle`."""

    @staticmethod
    def _resource_names() -> tuple[str, ...]:
        """The top-level resource names."""
        return (
            "account",
            "api_keys",
            "campaigns",
            "context",
            "credits",
            "email_accounts",
            "email_domains",
            "enrichments",
            "lead_search",
            "leads",
            "lists",
            "senders",
            "signals",
            "threads",
        )

    @property
    def with_raw_response(self) -> RawResources:
        """The same methods, returning a `puffle.RawResponse` (status, headers, request id, parsed model)."""
        found: RawResources | None = self.__dict__.get("_r_raw")
        if found is None or found._client is not self:
            found = self.__dict__["_r_raw"] = RawResources(self)
        return found

    @property
    def account(self) -> AccountResource:
        client = self
        found = self.__dict__.get("_r_account")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "account", "AccountResource")  # type: ignore[no-any-return]

    @property
    def api_keys(self) -> ApiKeysResource:
        client = self
        found = self.__dict__.get("_r_api_keys")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "api_keys", "ApiKeysResource")  # type: ignore[no-any-return]

    @property
    def campaigns(self) -> CampaignsResource:
        client = self
        found = self.__dict__.get("_r_campaigns")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "campaigns", "CampaignsResource")  # type: ignore[no-any-return]

    @property
    def context(self) -> ContextResource:
        client = self
        found = self.__dict__.get("_r_context")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "context", "ContextResource")  # type: ignore[no-any-return]

    @property
    def credits(self) -> CreditsResource:
        client = self
        found = self.__dict__.get("_r_credits")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "credits", "CreditsResource")  # type: ignore[no-any-return]

    @property
    def email_accounts(self) -> EmailAccountsResource:
        client = self
        found = self.__dict__.get("_r_email_accounts")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "email_accounts", "EmailAccountsResource")  # type: ignore[no-any-return]

    @property
    def email_domains(self) -> EmailDomainsResource:
        client = self
        found = self.__dict__.get("_r_email_domains")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "email_domains", "EmailDomainsResource")  # type: ignore[no-any-return]

    @property
    def enrichments(self) -> EnrichmentsResource:
        client = self
        found = self.__dict__.get("_r_enrichments")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "enrichments", "EnrichmentsResource")  # type: ignore[no-any-return]

    @property
    def lead_search(self) -> LeadSearchResource:
        client = self
        found = self.__dict__.get("_r_lead_search")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "lead_search", "LeadSearchResource")  # type: ignore[no-any-return]

    @property
    def leads(self) -> LeadsResource:
        client = self
        found = self.__dict__.get("_r_leads")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "leads", "LeadsResource")  # type: ignore[no-any-return]

    @property
    def lists(self) -> ListsResource:
        client = self
        found = self.__dict__.get("_r_lists")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "lists", "ListsResource")  # type: ignore[no-any-return]

    @property
    def senders(self) -> SendersResource:
        client = self
        found = self.__dict__.get("_r_senders")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "senders", "SendersResource")  # type: ignore[no-any-return]

    @property
    def signals(self) -> SignalsResource:
        client = self
        found = self.__dict__.get("_r_signals")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "signals", "SignalsResource")  # type: ignore[no-any-return]

    @property
    def threads(self) -> ThreadsResource:
        client = self
        found = self.__dict__.get("_r_threads")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "threads", "ThreadsResource")  # type: ignore[no-any-return]


class AsyncResources:
    """Resource namespaces of `puffle.AsyncPuffle`."""

    @staticmethod
    def _resource_names() -> tuple[str, ...]:
        """The top-level resource names."""
        return (
            "account",
            "api_keys",
            "campaigns",
            "context",
            "credits",
            "email_accounts",
            "email_domains",
            "enrichments",
            "lead_search",
            "leads",
            "lists",
            "senders",
            "signals",
            "threads",
        )

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same methods, returning a `puffle.RawResponse` (status, headers, request id, parsed model)."""
        found: AsyncRawResources | None = self.__dict__.get("_r_raw")
        if found is None or found._client is not self:
            found = self.__dict__["_r_raw"] = AsyncRawResources(self)
        return found

    @property
    def account(self) -> AsyncAccountResource:
        client = self
        found = self.__dict__.get("_r_account")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "account", "AsyncAccountResource")  # type: ignore[no-any-return]

    @property
    def api_keys(self) -> AsyncApiKeysResource:
        client = self
        found = self.__dict__.get("_r_api_keys")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "api_keys", "AsyncApiKeysResource")  # type: ignore[no-any-return]

    @property
    def campaigns(self) -> AsyncCampaignsResource:
        client = self
        found = self.__dict__.get("_r_campaigns")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "campaigns", "AsyncCampaignsResource")  # type: ignore[no-any-return]

    @property
    def context(self) -> AsyncContextResource:
        client = self
        found = self.__dict__.get("_r_context")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "context", "AsyncContextResource")  # type: ignore[no-any-return]

    @property
    def credits(self) -> AsyncCreditsResource:
        client = self
        found = self.__dict__.get("_r_credits")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "credits", "AsyncCreditsResource")  # type: ignore[no-any-return]

    @property
    def email_accounts(self) -> AsyncEmailAccountsResource:
        client = self
        found = self.__dict__.get("_r_email_accounts")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "email_accounts", "AsyncEmailAccountsResource")  # type: ignore[no-any-return]

    @property
    def email_domains(self) -> AsyncEmailDomainsResource:
        client = self
        found = self.__dict__.get("_r_email_domains")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "email_domains", "AsyncEmailDomainsResource")  # type: ignore[no-any-return]

    @property
    def enrichments(self) -> AsyncEnrichmentsResource:
        client = self
        found = self.__dict__.get("_r_enrichments")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "enrichments", "AsyncEnrichmentsResource")  # type: ignore[no-any-return]

    @property
    def lead_search(self) -> AsyncLeadSearchResource:
        client = self
        found = self.__dict__.get("_r_lead_search")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "lead_search", "AsyncLeadSearchResource")  # type: ignore[no-any-return]

    @property
    def leads(self) -> AsyncLeadsResource:
        client = self
        found = self.__dict__.get("_r_leads")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "leads", "AsyncLeadsResource")  # type: ignore[no-any-return]

    @property
    def lists(self) -> AsyncListsResource:
        client = self
        found = self.__dict__.get("_r_lists")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "lists", "AsyncListsResource")  # type: ignore[no-any-return]

    @property
    def senders(self) -> AsyncSendersResource:
        client = self
        found = self.__dict__.get("_r_senders")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "senders", "AsyncSendersResource")  # type: ignore[no-any-return]

    @property
    def signals(self) -> AsyncSignalsResource:
        client = self
        found = self.__dict__.get("_r_signals")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "signals", "AsyncSignalsResource")  # type: ignore[no-any-return]

    @property
    def threads(self) -> AsyncThreadsResource:
        client = self
        found = self.__dict__.get("_r_threads")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "threads", "AsyncThreadsResource")  # type: ignore[no-any-return]


class RawResources:
    """``client.with_raw_response``."""

    @staticmethod
    def _resource_names() -> tuple[str, ...]:
        """The top-level resource names."""
        return (
            "account",
            "api_keys",
            "campaigns",
            "context",
            "credits",
            "email_accounts",
            "email_domains",
            "enrichments",
            "lead_search",
            "leads",
            "lists",
            "senders",
            "signals",
            "threads",
        )

    def __init__(self, client: Any) -> None:
        self._client = client

    @property
    def account(self) -> AccountRawResource:
        client = self._client
        found = self.__dict__.get("_r_account")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "account", "AccountRawResource")  # type: ignore[no-any-return]

    @property
    def api_keys(self) -> ApiKeysRawResource:
        client = self._client
        found = self.__dict__.get("_r_api_keys")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "api_keys", "ApiKeysRawResource")  # type: ignore[no-any-return]

    @property
    def campaigns(self) -> CampaignsRawResource:
        client = self._client
        found = self.__dict__.get("_r_campaigns")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "campaigns", "CampaignsRawResource")  # type: ignore[no-any-return]

    @property
    def context(self) -> ContextRawResource:
        client = self._client
        found = self.__dict__.get("_r_context")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "context", "ContextRawResource")  # type: ignore[no-any-return]

    @property
    def credits(self) -> CreditsRawResource:
        client = self._client
        found = self.__dict__.get("_r_credits")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "credits", "CreditsRawResource")  # type: ignore[no-any-return]

    @property
    def email_accounts(self) -> EmailAccountsRawResource:
        client = self._client
        found = self.__dict__.get("_r_email_accounts")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "email_accounts", "EmailAccountsRawResource")  # type: ignore[no-any-return]

    @property
    def email_domains(self) -> EmailDomainsRawResource:
        client = self._client
        found = self.__dict__.get("_r_email_domains")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "email_domains", "EmailDomainsRawResource")  # type: ignore[no-any-return]

    @property
    def enrichments(self) -> EnrichmentsRawResource:
        client = self._client
        found = self.__dict__.get("_r_enrichments")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "enrichments", "EnrichmentsRawResource")  # type: ignore[no-any-return]

    @property
    def lead_search(self) -> LeadSearchRawResource:
        client = self._client
        found = self.__dict__.get("_r_lead_search")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "lead_search", "LeadSearchRawResource")  # type: ignore[no-any-return]

    @property
    def leads(self) -> LeadsRawResource:
        client = self._client
        found = self.__dict__.get("_r_leads")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "leads", "LeadsRawResource")  # type: ignore[no-any-return]

    @property
    def lists(self) -> ListsRawResource:
        client = self._client
        found = self.__dict__.get("_r_lists")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "lists", "ListsRawResource")  # type: ignore[no-any-return]

    @property
    def senders(self) -> SendersRawResource:
        client = self._client
        found = self.__dict__.get("_r_senders")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "senders", "SendersRawResource")  # type: ignore[no-any-return]

    @property
    def signals(self) -> SignalsRawResource:
        client = self._client
        found = self.__dict__.get("_r_signals")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "signals", "SignalsRawResource")  # type: ignore[no-any-return]

    @property
    def threads(self) -> ThreadsRawResource:
        client = self._client
        found = self.__dict__.get("_r_threads")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "threads", "ThreadsRawResource")  # type: ignore[no-any-return]


class AsyncRawResources:
    """``async_client.with_raw_response``."""

    @staticmethod
    def _resource_names() -> tuple[str, ...]:
        """The top-level resource names."""
        return (
            "account",
            "api_keys",
            "campaigns",
            "context",
            "credits",
            "email_accounts",
            "email_domains",
            "enrichments",
            "lead_search",
            "leads",
            "lists",
            "senders",
            "signals",
            "threads",
        )

    def __init__(self, client: Any) -> None:
        self._client = client

    @property
    def account(self) -> AsyncAccountRawResource:
        client = self._client
        found = self.__dict__.get("_r_account")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "account", "AsyncAccountRawResource")  # type: ignore[no-any-return]

    @property
    def api_keys(self) -> AsyncApiKeysRawResource:
        client = self._client
        found = self.__dict__.get("_r_api_keys")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "api_keys", "AsyncApiKeysRawResource")  # type: ignore[no-any-return]

    @property
    def campaigns(self) -> AsyncCampaignsRawResource:
        client = self._client
        found = self.__dict__.get("_r_campaigns")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "campaigns", "AsyncCampaignsRawResource")  # type: ignore[no-any-return]

    @property
    def context(self) -> AsyncContextRawResource:
        client = self._client
        found = self.__dict__.get("_r_context")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "context", "AsyncContextRawResource")  # type: ignore[no-any-return]

    @property
    def credits(self) -> AsyncCreditsRawResource:
        client = self._client
        found = self.__dict__.get("_r_credits")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "credits", "AsyncCreditsRawResource")  # type: ignore[no-any-return]

    @property
    def email_accounts(self) -> AsyncEmailAccountsRawResource:
        client = self._client
        found = self.__dict__.get("_r_email_accounts")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "email_accounts", "AsyncEmailAccountsRawResource")  # type: ignore[no-any-return]

    @property
    def email_domains(self) -> AsyncEmailDomainsRawResource:
        client = self._client
        found = self.__dict__.get("_r_email_domains")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "email_domains", "AsyncEmailDomainsRawResource")  # type: ignore[no-any-return]

    @property
    def enrichments(self) -> AsyncEnrichmentsRawResource:
        client = self._client
        found = self.__dict__.get("_r_enrichments")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "enrichments", "AsyncEnrichmentsRawResource")  # type: ignore[no-any-return]

    @property
    def lead_search(self) -> AsyncLeadSearchRawResource:
        client = self._client
        found = self.__dict__.get("_r_lead_search")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "lead_search", "AsyncLeadSearchRawResource")  # type: ignore[no-any-return]

    @property
    def leads(self) -> AsyncLeadsRawResource:
        client = self._client
        found = self.__dict__.get("_r_leads")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "leads", "AsyncLeadsRawResource")  # type: ignore[no-any-return]

    @property
    def lists(self) -> AsyncListsRawResource:
        client = self._client
        found = self.__dict__.get("_r_lists")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "lists", "AsyncListsRawResource")  # type: ignore[no-any-return]

    @property
    def senders(self) -> AsyncSendersRawResource:
        client = self._client
        found = self.__dict__.get("_r_senders")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "senders", "AsyncSendersRawResource")  # type: ignore[no-any-return]

    @property
    def signals(self) -> AsyncSignalsRawResource:
        client = self._client
        found = self.__dict__.get("_r_signals")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "signals", "AsyncSignalsRawResource")  # type: ignore[no-any-return]

    @property
    def threads(self) -> AsyncThreadsRawResource:
        client = self._client
        found = self.__dict__.get("_r_threads")
        if found is not None and found._client is client:
            return found  # type: ignore[no-any-return]
        return _lazy(self, client, "threads", "AsyncThreadsRawResource")  # type: ignore[no-any-return]
