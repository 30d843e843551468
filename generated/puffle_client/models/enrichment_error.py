from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentError")


@_attrs_define
class EnrichmentError(AdditionalProperties):
    """Why a run or an item failed.

    Attributes:
        message (None | str | Unset):
        details (Any | Unset): Untyped error details.
    """

    message: str | Unset | None = UNSET
    details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: str | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = cast(None | str | Unset, d.pop("message", UNSET))

        details = d.pop("details", UNSET)

        _instance = cls(
            message=message,
            details=details,
        )

        _instance.additional_properties = d
        return _instance
