from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.signal_source_update import SignalSourceUpdate


T = TypeVar("T", bound="SignalSourceUpdateRequest")


@_attrs_define
class SignalSourceUpdateRequest(AdditionalProperties):
    """Batch of per-source changes.

    Attributes:
        items (list[SignalSourceUpdate]):
    """

    items: list[SignalSourceUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SignalSourceUpdate.from_dict(items_item_data)

            items.append(items_item)

        _instance = cls(
            items=items,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_source_update import SignalSourceUpdate  # noqa: E402
