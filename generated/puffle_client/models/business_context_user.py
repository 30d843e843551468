from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="BusinessContextUser")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BusinessContextUser(AdditionalProperties):
    """Background of the workspace's user.

    Attributes:
        professional_background (str | Unset | None):
    """

    professional_background: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.professional_background, Unset):
            field_dict["professionalBackground"] = self.professional_background
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        professional_background = _get("professionalBackground", UNSET)
        if (
            _type(professional_background) is not str
            and professional_background is not UNSET
            and professional_background is not None
        ):
            professional_background = _check_str(
                professional_background, "BusinessContextUser", "professionalBackground"
            )
        _instance = cls(professional_background)
        if not _BUSINESSCONTEXTUSER_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXTUSER_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXTUSER_KEYS: frozenset[str] = frozenset({"professionalBackground"})
