from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.email_account_warmup_day import EmailAccountWarmupDay


T = TypeVar("T", bound="EmailAccountWarmupAnalytics")


@_attrs_define
class EmailAccountWarmupAnalytics(AdditionalProperties):
    """Warmup figures of one inbox.

    Attributes:
        email (None | str | Unset):
        total_sent (int | None | Unset):
        total_received (int | None | Unset):
        health_score (float | None | Unset):
        health_score_label (None | str | Unset): Label for the health score (e.g. `Excellent`).
        warmup_reputation (float | None | Unset): Warmup reputation from 0 to 100; graduation needs at least 90.
        instantly_warmup_status (int | None | Unset): Provider warmup status code: `-1` banned, `-2` spam unknown, `-3`
            suspended; `1` appears in the
            examples for a normal account.
        daily_data (list[EmailAccountWarmupDay] | None | Unset):
    """

    email: str | Unset | None = UNSET
    total_sent: int | Unset | None = UNSET
    total_received: int | Unset | None = UNSET
    health_score: float | Unset | None = UNSET
    health_score_label: str | Unset | None = UNSET
    warmup_reputation: float | Unset | None = UNSET
    instantly_warmup_status: int | Unset | None = UNSET
    daily_data: list[EmailAccountWarmupDay] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        total_sent: int | Unset | None
        if isinstance(self.total_sent, Unset):
            total_sent = UNSET
        else:
            total_sent = self.total_sent

        total_received: int | Unset | None
        if isinstance(self.total_received, Unset):
            total_received = UNSET
        else:
            total_received = self.total_received

        health_score: float | Unset | None
        if isinstance(self.health_score, Unset):
            health_score = UNSET
        else:
            health_score = self.health_score

        health_score_label: str | Unset | None
        if isinstance(self.health_score_label, Unset):
            health_score_label = UNSET
        else:
            health_score_label = self.health_score_label

        warmup_reputation: float | Unset | None
        if isinstance(self.warmup_reputation, Unset):
            warmup_reputation = UNSET
        else:
            warmup_reputation = self.warmup_reputation

        instantly_warmup_status: int | Unset | None
        if isinstance(self.instantly_warmup_status, Unset):
            instantly_warmup_status = UNSET
        else:
            instantly_warmup_status = self.instantly_warmup_status

        daily_data: list[dict[str, Any]] | Unset | None
        if isinstance(self.daily_data, Unset):
            daily_data = UNSET
        elif isinstance(self.daily_data, list):
            daily_data = []
            for daily_data_type_0_item_data in self.daily_data:
                daily_data_type_0_item = daily_data_type_0_item_data.to_dict()
                daily_data.append(daily_data_type_0_item)

        else:
            daily_data = self.daily_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if total_sent is not UNSET:
            field_dict["total_sent"] = total_sent
        if total_received is not UNSET:
            field_dict["total_received"] = total_received
        if health_score is not UNSET:
            field_dict["health_score"] = health_score
        if health_score_label is not UNSET:
            field_dict["health_score_label"] = health_score_label
        if warmup_reputation is not UNSET:
            field_dict["warmup_reputation"] = warmup_reputation
        if instantly_warmup_status is not UNSET:
            field_dict["instantly_warmup_status"] = instantly_warmup_status
        if daily_data is not UNSET:
            field_dict["daily_data"] = daily_data

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = cast(None | str | Unset, d.pop("email", UNSET))

        total_sent = cast(int | None | Unset, d.pop("total_sent", UNSET))

        total_received = cast(int | None | Unset, d.pop("total_received", UNSET))

        health_score = cast(float | None | Unset, d.pop("health_score", UNSET))

        health_score_label = cast(None | str | Unset, d.pop("health_score_label", UNSET))

        warmup_reputation = cast(float | None | Unset, d.pop("warmup_reputation", UNSET))

        instantly_warmup_status = cast(int | None | Unset, d.pop("instantly_warmup_status", UNSET))

        def _parse_daily_data(data: object) -> list[EmailAccountWarmupDay] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                daily_data_type_0 = []
                _daily_data_type_0 = data
                for daily_data_type_0_item_data in _daily_data_type_0:
                    daily_data_type_0_item = EmailAccountWarmupDay.from_dict(daily_data_type_0_item_data)

                    daily_data_type_0.append(daily_data_type_0_item)

                return daily_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailAccountWarmupDay] | None | Unset, data)

        daily_data = _parse_daily_data(d.pop("daily_data", UNSET))

        _instance = cls(
            email=email,
            total_sent=total_sent,
            total_received=total_received,
            health_score=health_score,
            health_score_label=health_score_label,
            warmup_reputation=warmup_reputation,
            instantly_warmup_status=instantly_warmup_status,
            daily_data=daily_data,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_account_warmup_day import EmailAccountWarmupDay  # noqa: E402
