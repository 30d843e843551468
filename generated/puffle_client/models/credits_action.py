from enum import StrEnum
from typing import Any


class CreditsAction(StrEnum):
    AGENT_SEARCH = "AGENT_SEARCH"
    AI_MESSAGE_GENERATION = "AI_MESSAGE_GENERATION"
    COMPANY_NEWS = "COMPANY_NEWS"
    CUSTOM_ENRICHMENT_AI = "CUSTOM_ENRICHMENT_AI"
    CUSTOM_ENRICHMENT_WEB = "CUSTOM_ENRICHMENT_WEB"
    DEEP_RESEARCH = "DEEP_RESEARCH"
    EMAIL_LOOKUP = "EMAIL_LOOKUP"
    FIND_PERSON = "FIND_PERSON"
    HIRING_STATUS = "HIRING_STATUS"
    IMPORT_LEAD = "IMPORT_LEAD"
    LINKEDIN_POSTS = "LINKEDIN_POSTS"
    LINKEDIN_PROFILE = "LINKEDIN_PROFILE"
    PERSON_NEWS = "PERSON_NEWS"
    PHONE_LOOKUP = "PHONE_LOOKUP"
    SEARCH_CONTINUE = "SEARCH_CONTINUE"
    SITE_CRAWL_ENRICHMENT = "SITE_CRAWL_ENRICHMENT"
    WEBSITE_ENRICHMENT = "WEBSITE_ENRICHMENT"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False when the value came from the server but is not in this SDK's copy of the spec."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: Any) -> "CreditsAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
