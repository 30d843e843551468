from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ThreadParticipantDetails")


@_attrs_define
class ThreadParticipantDetails(AdditionalProperties):
    """Enrichment about the thread's participant.

    Attributes:
        company (None | str | Unset):
        position (None | str | Unset):
        headline (None | str | Unset):
    """

    company: str | Unset | None = UNSET
    position: str | Unset | None = UNSET
    headline: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company: str | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        position: str | Unset | None
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        headline: str | Unset | None
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if position is not UNSET:
            field_dict["position"] = position
        if headline is not UNSET:
            field_dict["headline"] = headline

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company = cast(None | str | Unset, d.pop("company", UNSET))

        position = cast(None | str | Unset, d.pop("position", UNSET))

        headline = cast(None | str | Unset, d.pop("headline", UNSET))

        _instance = cls(
            company=company,
            position=position,
            headline=headline,
        )

        _instance.additional_properties = d
        return _instance
