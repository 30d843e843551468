from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.list_import_preview import ListImportPreview


T = TypeVar("T", bound="ListImportResponse")


@_attrs_define
class ListImportResponse(AdditionalProperties):
    """Result of an import. A preview request returns `preview`; the shape of a real import's result is not documented.

    Attributes:
        preview (ListImportPreview | None | Unset):
    """

    preview: ListImportPreview | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview: dict[str, Any] | Unset | None
        if isinstance(self.preview, Unset):
            preview = UNSET
        elif isinstance(self.preview, ListImportPreview):
            preview = self.preview.to_dict()
        else:
            preview = self.preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_preview(data: object) -> ListImportPreview | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preview_type_0 = ListImportPreview.from_dict(data)

                return preview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListImportPreview | None | Unset, data)

        preview = _parse_preview(d.pop("preview", UNSET))

        _instance = cls(
            preview=preview,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.list_import_preview import ListImportPreview  # noqa: E402
