from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="ThreadParticipantDetails")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadParticipantDetails(AdditionalProperties):
    """Enrichment about the thread's participant.

    Attributes:
        company (str | None):
        position (str | None):
        headline (str | None):
    """

    company: str | None = None
    position: str | None = None
    headline: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["company"] = self.company
        field_dict["position"] = self.position
        field_dict["headline"] = self.headline
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        company = _get("company")
        if _type(company) is not str and company is not None:
            company = _check_str(company, "ThreadParticipantDetails", "company")
        position = _get("position")
        if _type(position) is not str and position is not None:
            position = _check_str(position, "ThreadParticipantDetails", "position")
        headline = _get("headline")
        if _type(headline) is not str and headline is not None:
            headline = _check_str(headline, "ThreadParticipantDetails", "headline")
        _instance = cls(company, position, headline)
        if not _THREADPARTICIPANTDETAILS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADPARTICIPANTDETAILS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADPARTICIPANTDETAILS_KEYS: frozenset[str] = frozenset({"company", "position", "headline"})
