from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentRunOutput")


@_attrs_define
class EnrichmentRunOutput(AdditionalProperties):
    """Where and how a run writes its results.

    Attributes:
        target (None | str | Unset):
        attribute_key (None | str | Unset):
        write_policy (None | str | Unset):
        persist_results (bool | None | Unset):
    """

    target: str | Unset | None = UNSET
    attribute_key: str | Unset | None = UNSET
    write_policy: str | Unset | None = UNSET
    persist_results: bool | Unset | None = UNSET
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

        write_policy: str | Unset | None
        if isinstance(self.write_policy, Unset):
            write_policy = UNSET
        else:
            write_policy = self.write_policy

        persist_results: bool | Unset | None
        if isinstance(self.persist_results, Unset):
            persist_results = UNSET
        else:
            persist_results = self.persist_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["target"] = target
        if attribute_key is not UNSET:
            field_dict["attributeKey"] = attribute_key
        if write_policy is not UNSET:
            field_dict["writePolicy"] = write_policy
        if persist_results is not UNSET:
            field_dict["persistResults"] = persist_results

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target = cast(None | str | Unset, d.pop("target", UNSET))

        attribute_key = cast(None | str | Unset, d.pop("attributeKey", UNSET))

        write_policy = cast(None | str | Unset, d.pop("writePolicy", UNSET))

        persist_results = cast(bool | None | Unset, d.pop("persistResults", UNSET))

        _instance = cls(
            target=target,
            attribute_key=attribute_key,
            write_policy=write_policy,
            persist_results=persist_results,
        )

        _instance.additional_properties = d
        return _instance
