from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentDefaultOutput")


@_attrs_define
class EnrichmentDefaultOutput(AdditionalProperties):
    """Where results are written unless overridden.

    Attributes:
        target (None | str | Unset):
        attribute_key (None | str | Unset):
    """

    target: str | Unset | None = UNSET
    attribute_key: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target: str | Unset | None
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        attribute_key: str | Unset | None
        if isinstance(self.attribute_key, Unset):
            attribute_key = UNSET
        else:
            attribute_key = self.attribute_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if attribute_key is not UNSET:
            field_dict["attributeKey"] = attribute_key

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = cast(None | str | Unset, d.pop("target", UNSET))

        attribute_key = cast(None | str | Unset, d.pop("attributeKey", UNSET))

        _instance = cls(
            target=target,
            attribute_key=attribute_key,
        )

        _instance.additional_properties = d
        return _instance
