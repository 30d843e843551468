from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.business_context_input import BusinessContextInput
    from ..models.business_context_profile import BusinessContextProfile


T = TypeVar("T", bound="BusinessContextUpdate")


@_attrs_define
class BusinessContextUpdate(AdditionalProperties):
    """Body of a business-context replacement.

    Attributes:
        context (BusinessContextInput): A complete business context to store; all four sections are required, `extra`
            may be null.
        profile (BusinessContextProfile | Unset): Identity fields stored next to the business context.
    """

    context: BusinessContextInput
    profile: BusinessContextProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context = self.context.to_dict()

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
            }
        )
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context = BusinessContextInput.from_dict(d.pop("context"))

        _profile = d.pop("profile", UNSET)
        profile: BusinessContextProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = BusinessContextProfile.from_dict(_profile)

        _instance = cls(
            context=context,
            profile=profile,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.business_context_input import BusinessContextInput  # noqa: E402
from ..models.business_context_profile import BusinessContextProfile  # noqa: E402
