from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_float,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.email_account_warmup_day import EmailAccountWarmupDay


T = TypeVar("T", bound="EmailAccountWarmupAnalytics")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccountWarmupAnalytics(AdditionalProperties):
    """Warmup figures of one inbox.

    Attributes:
        email (str | None):
        total_sent (int | None):
        total_received (int | None):
        health_score (float | None):
        health_score_label (str | None): Label for the health score (e.g. `Excellent`).
        warmup_reputation (float | None): Warmup reputation from 0 to 100; graduation needs at least 90.
        instantly_warmup_status (int | None): Provider warmup status code: `-1` banned, `-2` spam unknown, `-3`
            suspended; `1` appears in the
            examples for a normal account.
        daily_data (list[EmailAccountWarmupDay] | None):
    """

    email: str | None = None
    total_sent: int | None = None
    total_received: int | None = None
    health_score: float | None = None
    health_score_label: str | None = None
    warmup_reputation: float | None = None
    instantly_warmup_status: int | None = None
    daily_data: list[EmailAccountWarmupDay] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["email"] = self.email
        field_dict["total_sent"] = self.total_sent
        field_dict["total_received"] = self.total_received
        field_dict["health_score"] = self.health_score
        field_dict["health_score_label"] = self.health_score_label
        field_dict["warmup_reputation"] = self.warmup_reputation
        field_dict["instantly_warmup_status"] = self.instantly_warmup_status
        field_dict["daily_data"] = None if self.daily_data is None else [_i.to_dict() for _i in self.daily_data]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        email = _get("email")
        if _type(email) is not str and email is not None:
            email = _check_str(email, "EmailAccountWarmupAnalytics", "email")
        total_sent = _get("total_sent")
        if _type(total_sent) is not int and total_sent is not None:
            total_sent = _check_int(total_sent, "EmailAccountWarmupAnalytics", "total_sent")
        total_received = _get("total_received")
        if _type(total_received) is not int and total_received is not None:
            total_received = _check_int(total_received, "EmailAccountWarmupAnalytics", "total_received")
        health_score = _get("health_score")
        if _type(health_score) is not float and health_score is not None:
            health_score = _check_float(health_score, "EmailAccountWarmupAnalytics", "health_score")
        health_score_label = _get("health_score_label")
        if _type(health_score_label) is not str and health_score_label is not None:
            health_score_label = _check_str(health_score_label, "EmailAccountWarmupAnalytics", "health_score_label")
        warmup_reputation = _get("warmup_reputation")
        if _type(warmup_reputation) is not float and warmup_reputation is not None:
            warmup_reputation = _check_float(warmup_reputation, "EmailAccountWarmupAnalytics", "warmup_reputation")
        instantly_warmup_status = _get("instantly_warmup_status")
        if _type(instantly_warmup_status) is not int and instantly_warmup_status is not None:
            instantly_warmup_status = _check_int(
                instantly_warmup_status, "EmailAccountWarmupAnalytics", "instantly_warmup_status"
            )
        daily_data = _get("daily_data")
        if daily_data is not None:
            if _type(daily_data) is not list:
                daily_data = _check_list(daily_data, "EmailAccountWarmupAnalytics", "daily_data")
            daily_data = [
                _EmailAccountWarmupDay_from_dict(_i)
                if _type(_i) is dict
                else _EmailAccountWarmupDay_from_dict(_check_object(_i, "EmailAccountWarmupAnalytics", "daily_data"))
                for _i in daily_data
            ]
        _instance = cls(
            email,
            total_sent,
            total_received,
            health_score,
            health_score_label,
            warmup_reputation,
            instantly_warmup_status,
            daily_data,
        )
        if not _EMAILACCOUNTWARMUPANALYTICS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNTWARMUPANALYTICS_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_account_warmup_day import EmailAccountWarmupDay  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNTWARMUPANALYTICS_KEYS: frozenset[str] = frozenset(
    {
        "email",
        "total_sent",
        "total_received",
        "health_score",
        "health_score_label",
        "warmup_reputation",
        "instantly_warmup_status",
        "daily_data",
    }
)
_EmailAccountWarmupDay_from_dict = EmailAccountWarmupDay._from_dict
