from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.business_context_input import BusinessContextInput
    from ..models.business_context_profile import BusinessContextProfile


T = TypeVar("T", bound="BusinessContextUpdate")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["context"] = self.context.to_dict()
        if not isinstance(self.profile, Unset):
            field_dict["profile"] = self.profile.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        context = src_dict["context"]
        if _type(context) is not dict:
            context = _check_object(context, "BusinessContextUpdate", "context")
        context = _BusinessContextInput_from_dict(context)
        profile = _get("profile", UNSET)
        if profile is not UNSET:
            if _type(profile) is not dict:
                profile = _check_object(profile, "BusinessContextUpdate", "profile")
            profile = _BusinessContextProfile_from_dict(profile)
        _instance = cls(context, profile)
        if not _BUSINESSCONTEXTUPDATE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXTUPDATE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.business_context_input import BusinessContextInput  # noqa: E402
from ..models.business_context_profile import BusinessContextProfile  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXTUPDATE_KEYS: frozenset[str] = frozenset({"context", "profile"})
_BusinessContextInput_from_dict = BusinessContextInput._from_dict
_BusinessContextProfile_from_dict = BusinessContextProfile._from_dict
