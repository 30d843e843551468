from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.email_account_warmup_analytics_response_analytics import EmailAccountWarmupAnalyticsResponseAnalytics
    from ..models.email_account_warmup_analytics_response_transitions import (
        EmailAccountWarmupAnalyticsResponseTransitions,
    )


T = TypeVar("T", bound="EmailAccountWarmupAnalyticsResponse")


@_attrs_define
class EmailAccountWarmupAnalyticsResponse(AdditionalProperties):
    """Warmup figures per inbox and the status changes applied by this call.

    Attributes:
        analytics (EmailAccountWarmupAnalyticsResponseAnalytics): Inbox id (`accounts.id`) → warmup figures.
        transitions (EmailAccountWarmupAnalyticsResponseTransitions | Unset): Inbox id → new statuses, only for inboxes
            changed by this call; empty when nothing changed.
    """

    analytics: EmailAccountWarmupAnalyticsResponseAnalytics
    transitions: EmailAccountWarmupAnalyticsResponseTransitions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytics = self.analytics.to_dict()

        transitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transitions, Unset):
            transitions = self.transitions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analytics": analytics,
            }
        )
        if transitions is not UNSET:
            field_dict["transitions"] = transitions

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analytics = EmailAccountWarmupAnalyticsResponseAnalytics.from_dict(d.pop("analytics"))

        _transitions = d.pop("transitions", UNSET)
        transitions: EmailAccountWarmupAnalyticsResponseTransitions | Unset
        if isinstance(_transitions, Unset):
            transitions = UNSET
        else:
            transitions = EmailAccountWarmupAnalyticsResponseTransitions.from_dict(_transitions)

        _instance = cls(
            analytics=analytics,
            transitions=transitions,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_account_warmup_analytics_response_analytics import EmailAccountWarmupAnalyticsResponseAnalytics  # noqa: E402
from ..models.email_account_warmup_analytics_response_transitions import EmailAccountWarmupAnalyticsResponseTransitions  # noqa: E402
