from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalStructuredWording")


@_attrs_define
class SignalStructuredWording(AdditionalProperties):
    """Structured phrasing of a signal from a structured type (for example a job posting).

    Attributes:
        type_ (None | str | Unset): Structured kind; the docs show `hiring`, other built-in kinds are likely.
        company (None | str | Unset):
        job_title (None | str | Unset):
        location (None | str | Unset):
    """

    type_: str | Unset | None = UNSET
    company: str | Unset | None = UNSET
    job_title: str | Unset | None = UNSET
    location: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        company: str | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        job_title: str | Unset | None
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        location: str | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if company is not UNSET:
            field_dict["company"] = company
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        company = cast(None | str | Unset, d.pop("company", UNSET))

        job_title = cast(None | str | Unset, d.pop("jobTitle", UNSET))

        location = cast(None | str | Unset, d.pop("location", UNSET))

        _instance = cls(
            type_=type_,
            company=company,
            job_title=job_title,
            location=location,
        )

        _instance.additional_properties = d
        return _instance
