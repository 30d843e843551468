from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.list_import_preview import ListImportPreview


T = TypeVar("T", bound="ListImportResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListImportResponse(AdditionalProperties):
    """Result of an import. A preview request returns `preview`; the shape of a real import's result is not documented.

    Attributes:
        preview (ListImportPreview | None):
    """

    preview: ListImportPreview | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["preview"] = None if self.preview is None else self.preview.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        preview = _get("preview")
        if preview is not None:
            if _type(preview) is not dict:
                preview = _check_object(preview, "ListImportResponse", "preview")
            preview = _ListImportPreview_from_dict(preview)
        _instance = cls(preview)
        if not _LISTIMPORTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTIMPORTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.list_import_preview import ListImportPreview  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTIMPORTRESPONSE_KEYS: frozenset[str] = frozenset({"preview"})
_ListImportPreview_from_dict = ListImportPreview._from_dict
