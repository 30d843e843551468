from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.thread_filter_option import ThreadFilterOption


T = TypeVar("T", bound="ThreadFilterOptions")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadFilterOptions(AdditionalProperties):
    """Sender and campaign choices for filter menus, returned with `include=filter_options`.

    Attributes:
        senders (list[ThreadFilterOption] | None):
        campaigns (list[ThreadFilterOption] | None):
    """

    senders: list[ThreadFilterOption] | None = None
    campaigns: list[ThreadFilterOption] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["senders"] = None if self.senders is None else [_i.to_dict() for _i in self.senders]
        field_dict["campaigns"] = None if self.campaigns is None else [_i.to_dict() for _i in self.campaigns]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        senders = _get("senders")
        if senders is not None:
            if _type(senders) is not list:
                senders = _check_list(senders, "ThreadFilterOptions", "senders")
            senders = [
                _ThreadFilterOption_from_dict(_i)
                if _type(_i) is dict
                else _ThreadFilterOption_from_dict(_check_object(_i, "ThreadFilterOptions", "senders"))
                for _i in senders
            ]
        campaigns = _get("campaigns")
        if campaigns is not None:
            if _type(campaigns) is not list:
                campaigns = _check_list(campaigns, "ThreadFilterOptions", "campaigns")
            campaigns = [
                _ThreadFilterOption_from_dict(_i)
                if _type(_i) is dict
                else _ThreadFilterOption_from_dict(_check_object(_i, "ThreadFilterOptions", "campaigns"))
                for _i in campaigns
            ]
        _instance = cls(senders, campaigns)
        if not _THREADFILTEROPTIONS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADFILTEROPTIONS_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.thread_filter_option import ThreadFilterOption  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADFILTEROPTIONS_KEYS: frozenset[str] = frozenset({"senders", "campaigns"})
_ThreadFilterOption_from_dict = ThreadFilterOption._from_dict
