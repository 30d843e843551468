from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.business_context import BusinessContext
    from ..models.business_context_profile import BusinessContextProfile


T = TypeVar("T", bound="BusinessContextResponse")


@_attrs_define
class BusinessContextResponse(AdditionalProperties):
    """Business context plus identity fields; each is null while the workspace has no profile yet.

    Attributes:
        context (BusinessContext | None | Unset):
        profile (BusinessContextProfile | None | Unset):
    """

    context: BusinessContext | Unset | None = UNSET
    profile: BusinessContextProfile | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context: dict[str, Any] | Unset | None
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, BusinessContext):
            context = self.context.to_dict()
        else:
            context = self.context

        profile: dict[str, Any] | Unset | None
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, BusinessContextProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_context(data: object) -> BusinessContext | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = BusinessContext.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessContext | None | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_profile(data: object) -> BusinessContextProfile | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = BusinessContextProfile.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessContextProfile | None | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        _instance = cls(
            context=context,
            profile=profile,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.business_context import BusinessContext  # noqa: E402
from ..models.business_context_profile import BusinessContextProfile  # noqa: E402
