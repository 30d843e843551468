from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="Attachment")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Attachment(AdditionalProperties):
    """Metadata of a file uploaded with `uploadThreadAttachment`; pass it unchanged in `draft_attachments` or
    `attachments`. `bucket` + `path` are the durable reference; `url` is a temporary signed preview link.

        Attributes:
            bucket (str): Storage bucket, e.g. `campaign-email-attachments`.
            path (str): Object path inside the bucket.
            name (str | Unset | None): Original file name.
            mime_type (str | Unset | None):
            size (int | Unset | None): File size in bytes.
            content_disposition (str | Unset | None): Known value `attachment`.
            url (str | Unset | None): Signed, short-lived preview URL.
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["bucket"] = self.bucket
        field_dict["path"] = self.path
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.mime_type, Unset):
            field_dict["mime_type"] = self.mime_type
        if not isinstance(self.size, Unset):
            field_dict["size"] = self.size
        if not isinstance(self.content_disposition, Unset):
            field_dict["content_disposition"] = self.content_disposition
        if not isinstance(self.url, Unset):
            field_dict["url"] = self.url
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        bucket = src_dict["bucket"]
        if _type(bucket) is not str:
            bucket = _check_str(bucket, "Attachment", "bucket")
        path = src_dict["path"]
        if _type(path) is not str:
            path = _check_str(path, "Attachment", "path")
        name = _get("name", UNSET)
        if _type(name) is not str and name is not UNSET and name is not None:
            name = _check_str(name, "Attachment", "name")
        mime_type = _get("mime_type", UNSET)
        if _type(mime_type) is not str and mime_type is not UNSET and mime_type is not None:
            mime_type = _check_str(mime_type, "Attachment", "mime_type")
        size = _get("size", UNSET)
        if _type(size) is not int and size is not UNSET and size is not None:
            size = _check_int(size, "Attachment", "size")
        content_disposition = _get("content_disposition", UNSET)
        if (
            _type(content_disposition) is not str
            and content_disposition is not UNSET
            and content_disposition is not None
        ):
            content_disposition = _check_str(content_disposition, "Attachment", "content_disposition")
        url = _get("url", UNSET)
        if _type(url) is not str and url is not UNSET and url is not None:
            url = _check_str(url, "Attachment", "url")
        _instance = cls(bucket, path, name, mime_type, size, content_disposition, url)
        if not _ATTACHMENT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ATTACHMENT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ATTACHMENT_KEYS: frozenset[str] = frozenset(
    {"bucket", "path", "name", "mime_type", "size", "content_disposition", "url"}
)
