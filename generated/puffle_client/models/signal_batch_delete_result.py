from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.batch_item_error import BatchItemError


T = TypeVar("T", bound="SignalBatchDeleteResult")


@_attrs_define
class SignalBatchDeleteResult(AdditionalProperties):
    """Outcome of a signals-area batch delete — the ids removed and per-item failures.

    Attributes:
        deleted (list[str]):
        errors (list[BatchItemError] | Unset):
    """

    deleted: list[str]
    errors: list[BatchItemError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted = cast(list[str], d.pop("deleted"))

        _errors = d.pop("errors", UNSET)
        errors: list[BatchItemError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = BatchItemError.from_dict(errors_item_data)

                errors.append(errors_item)

        _instance = cls(
            deleted=deleted,
            errors=errors,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.batch_item_error import BatchItemError  # noqa: E402
