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
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ThreadAttachmentUploadResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadAttachmentUploadResponse(AdditionalProperties):
    """The uploaded file's metadata under `attachment`.

    Attributes:
        attachment (Attachment): Metadata of a file uploaded with `uploadThreadAttachment`; pass it unchanged in
            `draft_attachments` or
            `attachments`. `bucket` + `path` are the durable reference; `url` is a temporary signed preview link.
    """

    attachment: Attachment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["attachment"] = self.attachment.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        attachment = src_dict["attachment"]
        if _type(attachment) is not dict:
            attachment = _check_object(attachment, "ThreadAttachmentUploadResponse", "attachment")
        attachment = _Attachment_from_dict(attachment)
        _instance = cls(attachment)
        if not _THREADATTACHMENTUPLOADRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADATTACHMENTUPLOADRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADATTACHMENTUPLOADRESPONSE_KEYS: frozenset[str] = frozenset({"attachment"})
_Attachment_from_dict = Attachment._from_dict
