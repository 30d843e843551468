from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.signal_type import SignalType


T = TypeVar("T", bound="SignalTypeResponse")


@_attrs_define
class SignalTypeResponse(AdditionalProperties):
    """A single signal type wrapped in `type`.

    Attributes:
        type_ (SignalType): A kind of buying signal the scan looks for — built-in (structured or keyword) or user-
            created (keyword).
    """

    type_: SignalType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = SignalType.from_dict(d.pop("type"))

        _instance = cls(
            type_=type_,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type import SignalType  # noqa: E402
