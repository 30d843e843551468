from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.thread_filter_option import ThreadFilterOption


T = TypeVar("T", bound="ThreadFilterOptions")


@_attrs_define
class ThreadFilterOptions(AdditionalProperties):
    """Sender and campaign choices for filter menus, returned with `include=filter_options`.

    Attributes:
        senders (list[ThreadFilterOption] | None | Unset):
        campaigns (list[ThreadFilterOption] | None | Unset):
    """

    senders: list[ThreadFilterOption] | Unset | None = UNSET
    campaigns: list[ThreadFilterOption] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        senders: list[dict[str, Any]] | Unset | None
        if isinstance(self.senders, Unset):
            senders = UNSET
        elif isinstance(self.senders, list):
            senders = []
            for senders_type_0_item_data in self.senders:
                senders_type_0_item = senders_type_0_item_data.to_dict()
                senders.append(senders_type_0_item)

        else:
            senders = self.senders

        campaigns: list[dict[str, Any]] | Unset | None
        if isinstance(self.campaigns, Unset):
            campaigns = UNSET
        elif isinstance(self.campaigns, list):
            campaigns = []
            for campaigns_type_0_item_data in self.campaigns:
                campaigns_type_0_item = campaigns_type_0_item_data.to_dict()
                campaigns.append(campaigns_type_0_item)

        else:
            campaigns = self.campaigns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if senders is not UNSET:
            field_dict["senders"] = senders
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_senders(data: object) -> list[ThreadFilterOption] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                senders_type_0 = []
                _senders_type_0 = data
                for senders_type_0_item_data in _senders_type_0:
                    senders_type_0_item = ThreadFilterOption.from_dict(senders_type_0_item_data)

                    senders_type_0.append(senders_type_0_item)

                return senders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ThreadFilterOption] | None | Unset, data)

        senders = _parse_senders(d.pop("senders", UNSET))

        def _parse_campaigns(data: object) -> list[ThreadFilterOption] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                campaigns_type_0 = []
                _campaigns_type_0 = data
                for campaigns_type_0_item_data in _campaigns_type_0:
                    campaigns_type_0_item = ThreadFilterOption.from_dict(campaigns_type_0_item_data)

                    campaigns_type_0.append(campaigns_type_0_item)

                return campaigns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ThreadFilterOption] | None | Unset, data)

        campaigns = _parse_campaigns(d.pop("campaigns", UNSET))

        _instance = cls(
            senders=senders,
            campaigns=campaigns,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.thread_filter_option import ThreadFilterOption  # noqa: E402
