from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.business_context import BusinessContext
    from ..models.business_context_profile import BusinessContextProfile


T = TypeVar("T", bound="BusinessContextResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BusinessContextResponse(AdditionalProperties):
    """Business context plus identity fields; each is null while the workspace has no profile yet.

    Attributes:
        context (BusinessContext | None):
        profile (BusinessContextProfile | None):
    """

    context: BusinessContext | None = None
    profile: BusinessContextProfile | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["context"] = None if self.context is None else self.context.to_dict()
        field_dict["profile"] = None if self.profile is None else self.profile.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        context = _get("context")
        if context is not None:
            if _type(context) is not dict:
                context = _check_object(context, "BusinessContextResponse", "context")
            context = _BusinessContext_from_dict(context)
        profile = _get("profile")
        if profile is not None:
            if _type(profile) is not dict:
                profile = _check_object(profile, "BusinessContextResponse", "profile")
            profile = _BusinessContextProfile_from_dict(profile)
        _instance = cls(context, profile)
        if not _BUSINESSCONTEXTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.business_context import BusinessContext  # noqa: E402
from ..models.business_context_profile import BusinessContextProfile  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXTRESPONSE_KEYS: frozenset[str] = frozenset({"context", "profile"})
_BusinessContext_from_dict = BusinessContext._from_dict
_BusinessContextProfile_from_dict = BusinessContextProfile._from_dict
