from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentOutputOverride")


@_attrs_define
class EnrichmentOutputOverride(AdditionalProperties):
    """Overrides of where and how results are written.

    Attributes:
        attribute_key (str | Unset): Attribute key to write results to.
        write_policy (str | Unset): How existing values are treated when writing (values undocumented).
    """

    attribute_key: str | Unset = UNSET
    write_policy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_key = self.attribute_key

        write_policy = self.write_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_key is not UNSET:
            field_dict["attributeKey"] = attribute_key
        if write_policy is not UNSET:
            field_dict["writePolicy"] = write_policy

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attribute_key = d.pop("attributeKey", UNSET)

        write_policy = d.pop("writePolicy", UNSET)

        _instance = cls(
            attribute_key=attribute_key,
            write_policy=write_policy,
        )

        _instance.additional_properties = d
        return _instance
