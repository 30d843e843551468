from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ThreadAttachmentUploadResponse")


@_attrs_define
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
        attachment = self.attachment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment": attachment,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment = Attachment.from_dict(d.pop("attachment"))

        _instance = cls(
            attachment=attachment,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402
