from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SignalStructuredWording")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalStructuredWording(AdditionalProperties):
    """Structured phrasing of a signal from a structured type (for example a job posting).

    Attributes:
        type_ (str | None): Structured kind; the docs show `hiring`, other built-in kinds are likely.
        company (str | None):
        job_title (str | None):
        location (str | None):
    """

    type_: str | None = None
    company: str | None = None
    job_title: str | None = None
    location: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_
        field_dict["company"] = self.company
        field_dict["jobTitle"] = self.job_title
        field_dict["location"] = self.location
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "SignalStructuredWording", "type")
        company = _get("company")
        if _type(company) is not str and company is not None:
            company = _check_str(company, "SignalStructuredWording", "company")
        job_title = _get("jobTitle")
        if _type(job_title) is not str and job_title is not None:
            job_title = _check_str(job_title, "SignalStructuredWording", "jobTitle")
        location = _get("location")
        if _type(location) is not str and location is not None:
            location = _check_str(location, "SignalStructuredWording", "location")
        _instance = cls(type_, company, job_title, location)
        if not _SIGNALSTRUCTUREDWORDING_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSTRUCTUREDWORDING_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSTRUCTUREDWORDING_KEYS: frozenset[str] = frozenset({"type", "company", "jobTitle", "location"})
