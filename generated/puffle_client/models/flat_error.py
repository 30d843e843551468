from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="FlatError")


@_attrs_define
class FlatError(AdditionalProperties):
    """The older error body that some routes still return — a bare message string.

    Example:
        {'error': 'Human-readable description of the error.'}

    Attributes:
        error (str):
    """

    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        _instance = cls(
            error=error,
        )

        _instance.additional_properties = d
        return _instance
