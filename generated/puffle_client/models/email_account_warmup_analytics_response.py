from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.email_account_warmup_analytics_response_analytics import EmailAccountWarmupAnalyticsResponseAnalytics
    from ..models.email_account_warmup_analytics_response_transitions import (
        EmailAccountWarmupAnalyticsResponseTransitions,
    )


T = TypeVar("T", bound="EmailAccountWarmupAnalyticsResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccountWarmupAnalyticsResponse(AdditionalProperties):
    """Warmup figures per inbox and the status changes applied by this call.

    Attributes:
        analytics (EmailAccountWarmupAnalyticsResponseAnalytics): Inbox id (`accounts.id`) → warmup figures.
        transitions (EmailAccountWarmupAnalyticsResponseTransitions | None): Inbox id → new statuses, only for inboxes
            changed by this call; empty when nothing changed.
    """

    analytics: EmailAccountWarmupAnalyticsResponseAnalytics
    transitions: EmailAccountWarmupAnalyticsResponseTransitions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["analytics"] = self.analytics.to_dict()
        if self.transitions is not None:
            field_dict["transitions"] = self.transitions.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        analytics = src_dict["analytics"]
        if _type(analytics) is not dict:
            analytics = _check_object(analytics, "EmailAccountWarmupAnalyticsResponse", "analytics")
        analytics = _EmailAccountWarmupAnalyticsResponseAnalytics_from_dict(analytics)
        transitions = _get("transitions")
        if transitions is not None:
            if _type(transitions) is not dict:
                transitions = _check_object(transitions, "EmailAccountWarmupAnalyticsResponse", "transitions")
            transitions = _EmailAccountWarmupAnalyticsResponseTransitions_from_dict(transitions)
        _instance = cls(analytics, transitions)
        if not _EMAILACCOUNTWARMUPANALYTICSRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNTWARMUPANALYTICSRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_account_warmup_analytics_response_analytics import EmailAccountWarmupAnalyticsResponseAnalytics  # noqa: E402
from ..models.email_account_warmup_analytics_response_transitions import EmailAccountWarmupAnalyticsResponseTransitions  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNTWARMUPANALYTICSRESPONSE_KEYS: frozenset[str] = frozenset({"analytics", "transitions"})
_EmailAccountWarmupAnalyticsResponseAnalytics_from_dict = EmailAccountWarmupAnalyticsResponseAnalytics._from_dict
_EmailAccountWarmupAnalyticsResponseTransitions_from_dict = EmailAccountWarmupAnalyticsResponseTransitions._from_dict
