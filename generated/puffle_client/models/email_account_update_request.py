from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EmailAccountUpdateRequest")


@_attrs_define
class EmailAccountUpdateRequest(AdditionalProperties):
    """Editable inbox fields (only the signature).

    Attributes:
        signature (str | Unset): New signature; line breaks are kept, and an empty string removes it.
    """

    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signature = d.pop("signature", UNSET)

        _instance = cls(
            signature=signature,
        )

        _instance.additional_properties = d
        return _instance
