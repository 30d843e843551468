from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ApiKeyInfo")


@_attrs_define
class ApiKeyInfo(AdditionalProperties):
    """Metadata of the account's active API key.

    Attributes:
        has_key (bool): Whether an active key exists.
        prefix (None | str | Unset): Identifying prefix of the active key (never the secret).
        has_webhook (bool | None | Unset): Whether the webhook app belonging to the key exists.
        created_at (datetime.datetime | None | Unset): When the active key was created.
    """

    has_key: bool
    prefix: str | Unset | None = UNSET
    has_webhook: bool | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_key = self.has_key

        prefix: str | Unset | None
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        has_webhook: bool | Unset | None
        if isinstance(self.has_webhook, Unset):
            has_webhook = UNSET
        else:
            has_webhook = self.has_webhook

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_key": has_key,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if has_webhook is not UNSET:
            field_dict["has_webhook"] = has_webhook
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_key = d.pop("has_key")

        prefix = cast(None | str | Unset, d.pop("prefix", UNSET))

        has_webhook = cast(bool | None | Unset, d.pop("has_webhook", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        _instance = cls(
            has_key=has_key,
            prefix=prefix,
            has_webhook=has_webhook,
            created_at=created_at,
        )

        _instance.additional_properties = d
        return _instance
