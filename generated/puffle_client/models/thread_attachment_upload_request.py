from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    AdditionalProperties,
    File,
)

T = TypeVar("T", bound="ThreadAttachmentUploadRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadAttachmentUploadRequest(AdditionalProperties):
    """Multipart body with the single file to upload.

    Attributes:
        file (File): The file to attach, at most 10 MB.
    """

    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["file"] = self.file.to_tuple()
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file = src_dict["file"]
        file = File(payload=BytesIO(file))
        _instance = cls(file)
        if not _THREADATTACHMENTUPLOADREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADATTACHMENTUPLOADREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADATTACHMENTUPLOADREQUEST_KEYS: frozenset[str] = frozenset({"file"})
