from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment(AdditionalProperties):
    """Metadata of a file uploaded with `uploadThreadAttachment`; pass it unchanged in `draft_attachments` or
    `attachments`. `bucket` + `path` are the durable reference; `url` is a temporary signed preview link.

        Attributes:
            bucket (str): Storage bucket, e.g. `campaign-email-attachments`.
            path (str): Object path inside the bucket.
            name (None | str | Unset): Original file name.
            mime_type (None | str | Unset):
            size (int | None | Unset): File size in bytes.
            content_disposition (None | str | Unset): Known value `attachment`.
            url (None | str | Unset): Signed, short-lived preview URL.
    """

    bucket: str
    path: str
    name: str | Unset | None = UNSET
    mime_type: str | Unset | None = UNSET
    size: int | Unset | None = UNSET
    content_disposition: str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        path = self.path

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        mime_type: str | Unset | None
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        size: int | Unset | None
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        content_disposition: str | Unset | None
        if isinstance(self.content_disposition, Unset):
            content_disposition = UNSET
        else:
            content_disposition = self.content_disposition

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "path": path,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if size is not UNSET:
            field_dict["size"] = size
        if content_disposition is not UNSET:
            field_dict["content_disposition"] = content_disposition
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket = d.pop("bucket")

        path = d.pop("path")

        name = cast(None | str | Unset, d.pop("name", UNSET))

        mime_type = cast(None | str | Unset, d.pop("mime_type", UNSET))

        size = cast(int | None | Unset, d.pop("size", UNSET))

        content_disposition = cast(None | str | Unset, d.pop("content_disposition", UNSET))

        url = cast(None | str | Unset, d.pop("url", UNSET))

        _instance = cls(
            bucket=bucket,
            path=path,
            name=name,
            mime_type=mime_type,
            size=size,
            content_disposition=content_disposition,
            url=url,
        )

        _instance.additional_properties = d
        return _instance
